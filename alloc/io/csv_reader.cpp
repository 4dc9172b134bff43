#include "alloc/io/csv_reader.hpp"

#include <algorithm>
#include <unordered_map>

namespace openras {
namespace {

bool is_line_end(char c) { return c == '\n' || c == '\r'; }
bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Steps over one line end (CRLF, LF or a lone CR) and counts it.
void skip_line_end(std::string_view text, std::size_t& pos, int& line) {
    if (pos < text.size() && text[pos] == '\r') ++pos;
    if (pos < text.size() && text[pos] == '\n') ++pos;
    ++line;
}

// Reads records one at a time, reporting problems against the table's column names.
class CsvScanner {
public:
    CsvScanner(std::string_view text, CsvTable& table, Diagnostics& problems)
        : text_(text), table_(table), problems_(problems) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // a byte-order mark from a spreadsheet
    }

    bool at_end() const { return pos_ >= text_.size(); }
    int line() const { return line_; }

    // Skips blank lines; returns true (and the comment's text) when the next line is a `#` note.
    bool next_is_note(std::string& note) {
        skip_blank_lines();
        if (at_end() || text_[pos_] != '#') return false;
        std::size_t end = pos_;
        while (end < text_.size() && !is_line_end(text_[end])) ++end;
        note = std::string(text_.substr(pos_ + 1, end - pos_ - 1));
        if (!note.empty() && note.front() == ' ') note.erase(0, 1);
        pos_ = end;
        skip_line_end(text_, pos_, line_);
        return true;
    }

    // Reads the next record; returns false at the end of the text. `record_ok` is false when
    // the record had a problem (already reported).
    bool next_record(CsvRecord& record, bool& record_ok) {
        skip_blank_lines();
        if (at_end()) return false;
        record.line = line_;
        record.fields.clear();
        record_ok = true;
        for (;;) {
            std::string field;
            if (!read_field(record, field)) record_ok = false;
            record.fields.push_back(std::move(field));
            if (at_end()) break;
            if (text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            skip_line_end(text_, pos_, line_);
            break;
        }
        return true;
    }

private:
    void skip_blank_lines() {
        for (;;) {
            std::size_t probe = pos_;
            while (probe < text_.size() && is_blank(text_[probe])) ++probe;
            if (probe >= text_.size()) {
                pos_ = probe;
                return;
            }
            if (!is_line_end(text_[probe])) return;
            pos_ = probe;
            skip_line_end(text_, pos_, line_);
        }
    }

    void problem(const CsvRecord& record, std::string message) {
        problems_.add(ErrorCode::Syntax, std::move(message), table_.at(record.line, record.fields.size()));
    }

    bool read_field(const CsvRecord& record, std::string& field) {
        while (!at_end() && is_blank(text_[pos_])) ++pos_;
        if (!at_end() && text_[pos_] == '"') return read_quoted(record, field);
        std::size_t end = pos_;
        while (end < text_.size() && text_[end] != ',' && !is_line_end(text_[end])) ++end;
        field.assign(text_.substr(pos_, end - pos_));
        pos_ = end;
        const bool ok = field.find('"') == std::string::npos;
        if (!ok)
            problem(record, "a double quote inside a field that does not start with one; put the whole field "
                            "in double quotes and write the quote twice (\"\")");
        while (!field.empty() && is_blank(field.back())) field.pop_back();
        return ok;
    }

    bool read_quoted(const CsvRecord& record, std::string& field) {
        const int opened_on = line_;
        ++pos_;
        for (;;) {
            if (at_end()) {
                problem(record, "a quoted field opened on line " + std::to_string(opened_on) +
                                    " is never closed (a double quote is missing)");
                return false;
            }
            const char c = text_[pos_++];
            if (c == '"') {
                if (!at_end() && text_[pos_] == '"') {
                    field += '"';
                    ++pos_;
                    continue;
                }
                break;
            }
            if (c == '\n') ++line_;
            field += c;
        }
        while (!at_end() && is_blank(text_[pos_])) ++pos_;
        if (at_end() || text_[pos_] == ',' || is_line_end(text_[pos_])) return true;
        problem(record, "text after the closing double quote of a quoted field");
        while (!at_end() && text_[pos_] != ',' && !is_line_end(text_[pos_])) field += text_[pos_++];
        return false;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1;
    CsvTable& table_;
    Diagnostics& problems_;
};

void check_header(const CsvTable& table, Diagnostics& problems) {
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        const std::string& name = table.header[c];
        if (name.empty()) {
            problems.add(ErrorCode::MissingField, "a column has no name in the header line",
                         SourceLocation{table.source, table.header_line, 0, "column " + std::to_string(c + 1)});
            continue;
        }
        auto [it, inserted] = seen.emplace(name, c);
        if (!inserted)
            problems.add(ErrorCode::Duplicate,
                         "the column name appears twice in the header (columns " + std::to_string(it->second + 1) +
                             " and " + std::to_string(c + 1) + ")",
                         table.at(table.header_line, c));
    }
}

void check_width(const CsvTable& table, const CsvRecord& record, Diagnostics& problems) {
    const std::size_t want = table.header.size(), have = record.fields.size();
    if (have == want) return;
    const std::string message = "this line has " + std::to_string(have) + (have == 1 ? " field" : " fields") +
                                " but the header has " + std::to_string(want) +
                                (have < want ? "; a value or a comma is missing" : "; there are too many commas");
    problems.add(ErrorCode::InvalidValue, message, table.at(record.line, std::min(have, want)));
}

}  // namespace

std::string CsvTable::column_name(std::size_t column) const {
    if (column < header.size()) return header[column];
    return "column " + std::to_string(column + 1);
}

SourceLocation CsvTable::at(int line, std::size_t column) const {
    return SourceLocation{source, line, 0, column < header.size() ? "column " + header[column] : column_name(column)};
}

CsvTable read_csv(std::string_view text, const std::string& source, Diagnostics& problems) {
    CsvTable table;
    table.source = source;
    CsvScanner scanner(text, table, problems);
    for (std::string note; scanner.next_is_note(note);) table.preamble.push_back(note);
    CsvRecord record;
    bool record_ok = true;
    if (!scanner.next_record(record, record_ok)) {
        problems.add(ErrorCode::MissingField, "the file has no header line (and no data)",
                     SourceLocation{source, scanner.line(), 0, {}});
        return table;
    }
    table.header_line = record.line;
    table.header = std::move(record.fields);
    check_header(table, problems);
    while (scanner.next_record(record, record_ok)) {
        if (!record_ok) continue;
        if (record.fields.size() != table.header.size()) {
            check_width(table, record, problems);
            continue;
        }
        table.records.push_back(std::move(record));
        record = CsvRecord{};
        record.fields.reserve(table.header.size());
    }
    return table;
}

std::string csv_field(std::string_view text) {
    bool plain = text.empty() || (!is_blank(text.front()) && !is_blank(text.back()) && text.front() != '#');
    for (std::size_t i = 0; plain && i < text.size(); ++i)
        plain = text[i] != ',' && text[i] != '"' && !is_line_end(text[i]);
    if (plain) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

}  // namespace openras
