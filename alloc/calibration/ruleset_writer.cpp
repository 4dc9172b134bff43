#include "alloc/calibration/ruleset_writer.hpp"
#include "rules/safe_toml.hpp"

#include "alloc/io/dates.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>

namespace openras {
namespace {

[[noreturn]] void cannot_rewrite(const std::string& file, int line, const std::string& why) {
    throw OpenRasError(Error{ErrorCode::InvalidValue, "cannot write a new version of this rule set: " + why,
                             SourceLocation{file, line, 0, {}}});
}

// Line and character positions (as toml++ reports them) turned into byte offsets.
class TextPositions {
public:
    explicit TextPositions(std::string_view text) : text_(text) {
        line_start_ = {0, 0};  // lines are 1-based
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') line_start_.push_back(i + 1);
    }
    int lines() const { return int(line_start_.size()) - 1; }
    std::size_t line_begin(int line) const { return line_start_[std::size_t(line)]; }
    std::size_t line_end(int line) const {  // just past the line's '\n', or the end of the text
        return line < lines() ? line_start_[std::size_t(line) + 1] : text_.size();
    }
    std::string_view line_text(int line) const {
        std::string_view all = text_.substr(line_begin(line), line_end(line) - line_begin(line));
        while (!all.empty() && (all.back() == '\n' || all.back() == '\r')) all.remove_suffix(1);
        return all;
    }
    std::string indentation(int line) const {
        const std::string_view text = line_text(line);
        return std::string(text.substr(0, text.find_first_not_of(" \t") == std::string_view::npos
                                              ? text.size()
                                              : text.find_first_not_of(" \t")));
    }
    // toml++ counts columns in characters; UTF-8 continuation bytes do not start one.
    std::size_t offset(const toml::source_position& at) const {
        std::size_t pos = line_begin(int(at.line));
        for (std::uint32_t column = 1; column < at.column && pos < text_.size();) {
            ++pos;
            if (pos >= text_.size() || (static_cast<unsigned char>(text_[pos]) & 0xC0) != 0x80) ++column;
        }
        return pos;
    }
    bool is_comment_line(int line) const {
        const std::string_view text = line_text(line);
        const std::size_t first = text.find_first_not_of(" \t");
        return first != std::string_view::npos && text[first] == '#';
    }

private:
    std::string_view text_;
    std::vector<std::size_t> line_start_;
};

struct Edit {
    std::size_t begin = 0, end = 0;
    std::string text;
};

std::string apply_edits(std::string_view original, std::vector<Edit> edits) {
    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin > b.begin; });
    std::string out(original);
    for (const Edit& edit : edits) out.replace(edit.begin, edit.end - edit.begin, edit.text);
    return out;
}

std::string money_text(Money amount) { return "\"\u00a3" + amount.to_plain_string() + "\""; }
std::string money_text(const PreciseMoney& amount) { return "\"\u00a3" + amount.to_plain_string() + "\""; }

std::string citation_text(const Citation& citation) {
    if (citation.url.empty()) return toml_string(citation.text);
    return "{ text = " + toml_string(citation.text) + ", url = " + toml_string(citation.url) + " }";
}

std::string comment_lines(const std::vector<std::string>& lines, const std::string& indent) {
    std::string out;
    for (std::string line : lines) {
        std::replace(line.begin(), line.end(), '\n', ' ');
        out += indent + (line.empty() ? "#" : "# " + line) + "\n";
    }
    return out;
}

int last_line_of(const toml::node& node) {
    int last = int(node.source().end.line);
    if (const auto* table = node.as_table())
        for (const auto& [key, value] : *table) last = std::max({last, int(key.source().end.line), last_line_of(value)});
    if (const auto* array = node.as_array())
        for (const auto& item : *array) last = std::max(last, last_line_of(item));
    return last;
}

// Lines where anything outside `skip` begins, to prove a region holds only the skipped part.
void begin_lines_outside(const toml::node& node, const toml::node* skip, std::vector<int>& lines) {
    if (&node == skip) return;
    lines.push_back(int(node.source().begin.line));
    if (const auto* table = node.as_table())
        for (const auto& [key, value] : *table) {
            if (&value != skip) lines.push_back(int(key.source().begin.line));
            begin_lines_outside(value, skip, lines);
        }
    if (const auto* array = node.as_array())
        for (const auto& item : *array) begin_lines_outside(item, skip, lines);
}

std::string conversion_table_text(const Conversion& c, const std::string& indent) {
    std::string out = indent + "[stream.conversion]\n";
    out += indent + "method = " + toml_string(conversion_method_name(c.method)) + "\n";
    if (c.method == ConversionMethod::BasePlusRate) out += indent + "base = " + money_text(c.base) + "\n";
    if (c.method != ConversionMethod::Bands) out += indent + "rate = " + money_text(c.rate) + "\n";
    out += indent + "citation = " + citation_text(c.citation) + "\n";
    for (const Band& band : c.bands) {
        out += "\n" + indent + "[[stream.conversion.band]]\n";
        out += indent + "from = " + std::to_string(band.from) + "\n";
        if (band.to) out += indent + "to = " + std::to_string(*band.to) + "\n";
        out += indent + "weekly = " + money_text(band.weekly) + "\n";
        out += indent + "citation = " + citation_text(band.citation) + "\n";
    }
    return out;
}

std::string conversion_inline_text(const Conversion& c, const std::string& indent) {
    std::string out = indent + "conversion = { method = " + toml_string(conversion_method_name(c.method));
    if (c.method == ConversionMethod::BasePlusRate) out += ", base = " + money_text(c.base);
    if (c.method != ConversionMethod::Bands) out += ", rate = " + money_text(c.rate);
    out += ", citation = " + citation_text(c.citation);
    if (c.method == ConversionMethod::Bands) {
        out += ", band = [\n";
        for (const Band& band : c.bands)
            out += indent + "  { from = " + std::to_string(band.from) +
                   (band.to ? ", to = " + std::to_string(*band.to) : std::string{}) +
                   ", weekly = " + money_text(band.weekly) + ", citation = " + citation_text(band.citation) + " },\n";
        out += indent + "]";
    }
    return out + " }\n";
}

class Reviser {
public:
    Reviser(std::string_view original, const std::string& name, const RuleSetRevision& revision)
        : original_(original), name_(name), revision_(revision), at_(original) {
        try {
            document_ = parse_toml(original, std::string_view(name));
        } catch (const toml::parse_error& failure) {
            cannot_rewrite(name, int(failure.source().begin.line), std::string(failure.description()));
        }
    }

    std::string run() {
        revise_header();
        revise_main_conversion();
        return apply_edits(original_, edits_);
    }

private:
    void replace_value(const toml::node& node, std::string text) {
        edits_.push_back({at_.offset(node.source().begin), at_.offset(node.source().end), std::move(text)});
    }

    void revise_header() {
        const toml::table* header = document_["ruleset"].as_table();
        if (!header || header->is_inline()) cannot_rewrite(name_, 1, "it needs a `[ruleset]` table");
        const toml::node* version = header->get("version");
        const toml::node* from = header->get("effective_from");
        if (!version || !from) cannot_rewrite(name_, int(header->source().begin.line), "the header has no version or effective_from");
        replace_value(*version, toml_string(revision_.version));
        replace_value(*from, iso_date(revision_.effective_from));
        const toml::node* to = header->get("effective_to");
        if (to && revision_.effective_to) {
            replace_value(*to, iso_date(*revision_.effective_to));
        } else if (to) {
            const int line = int(to->source().begin.line);
            edits_.push_back({at_.line_begin(line), at_.line_end(line), {}});
        } else if (revision_.effective_to) {
            const int line = int(from->source().end.line);
            edits_.push_back({at_.line_end(line), at_.line_end(line),
                              at_.indentation(line) + "effective_to = " + iso_date(*revision_.effective_to) + "\n"});
        }
        const int header_line = int(header->source().begin.line);
        const std::size_t begin = at_.line_begin(header_line);
        edits_.push_back({begin, begin, comment_lines(revision_.header_comment, at_.indentation(header_line))});
    }

    void revise_main_conversion() {
        const toml::node* stream = document_["stream"][0].node();
        const toml::table* stream_table = stream ? stream->as_table() : nullptr;
        const toml::node* conversion = stream_table ? stream_table->get("conversion") : nullptr;
        if (!conversion || !conversion->is_table()) cannot_rewrite(name_, 1, "the main stream has no conversion table");
        int first = int(conversion->source().begin.line);
        const bool is_inline = conversion->as_table()->is_inline();
        if (is_inline) {
            for (const auto& [key, value] : *stream_table)
                if (&value == conversion) first = int(key.source().begin.line);
        } else if (at_.line_text(first).find_first_not_of(" \t") == std::string_view::npos ||
                   at_.line_text(first)[at_.line_text(first).find_first_not_of(" \t")] != '[') {
            cannot_rewrite(name_, first, "write the main stream's conversion as a [stream.conversion] table");
        }
        const int last = last_line_of(*conversion);
        check_region_holds_only(conversion, first, last);
        const std::string indent = at_.indentation(first);
        std::string text = comment_lines(revision_.conversion_comment, indent);
        for (int line = first; line <= last; ++line)
            if (at_.is_comment_line(line)) text += std::string(at_.line_text(line)) + "\n";
        text += is_inline ? conversion_inline_text(revision_.main_conversion, indent)
                          : conversion_table_text(revision_.main_conversion, indent);
        edits_.push_back({at_.line_begin(first), at_.line_end(last), std::move(text)});
    }

    void check_region_holds_only(const toml::node* conversion, int first, int last) {
        std::vector<int> lines;
        begin_lines_outside(document_, conversion, lines);
        for (int line : lines)
            if (line >= first && line <= last && line != 0)
                cannot_rewrite(name_, line,
                               "something else is written in the middle of the main stream's conversion; put its "
                               "bands straight after [stream.conversion]");
    }

    std::string_view original_;
    const std::string& name_;
    const RuleSetRevision& revision_;
    TextPositions at_;
    toml::table document_;
    std::vector<Edit> edits_;
};

}  // namespace

std::string toml_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04X", unsigned(static_cast<unsigned char>(c)));
                    out += escaped;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

std::string revise_rule_set_text(std::string_view original, const std::string& source_name,
                                 const RuleSetRevision& revision) {
    return Reviser(original, source_name, revision).run();
}

}  // namespace openras
