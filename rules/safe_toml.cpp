#include "rules/safe_toml.hpp"

#include <fstream>
#include <memory>
#include <sstream>

namespace openras {
namespace {

// Walks TOML text just far enough to know what is inside which kind of string.
class Scanner {
public:
    explicit Scanner(std::string_view text) : text_(text) {}

    std::optional<TomlHazard> find() {
        while (i_ < text_.size()) {
            const char c = text_[i_];
            if (c == '#') skip_to_line_end();
            else if (starts("\"\"\"")) { advance(3); if (auto h = multi_line_basic()) return h; }
            else if (starts("'''")) { advance(3); skip_past("'''"); }
            else if (c == '"') { advance(1); basic(); }
            else if (c == '\'') { advance(1); skip_past("'"); }
            else advance(1);
        }
        return std::nullopt;
    }

private:
    bool starts(std::string_view s) const { return text_.substr(i_, s.size()) == s; }
    void advance(std::size_t n) {
        for (std::size_t k = 0; k < n && i_ < text_.size(); ++k, ++i_) {
            if (text_[i_] == '\n') ++line_, column_ = 1;
            else if ((static_cast<unsigned char>(text_[i_]) & 0xC0) != 0x80) ++column_;
        }
    }
    void skip_to_line_end() { while (i_ < text_.size() && text_[i_] != '\n') advance(1); }
    void skip_past(std::string_view end) {
        while (i_ < text_.size() && !starts(end)) advance(1);
        advance(end.size());
    }
    void basic() {
        while (i_ < text_.size() && text_[i_] != '"' && text_[i_] != '\n') advance(text_[i_] == '\\' ? 2 : 1);
        advance(1);
    }
    std::optional<TomlHazard> multi_line_basic() {
        while (i_ < text_.size() && !starts("\"\"\"")) {
            if (text_[i_] != '\\') {
                advance(1);
                continue;
            }
            // A backslash then only spaces up to the line's end: the line continues at the next
            // character that is not white space, on whichever line that is.
            std::size_t j = i_ + 1;
            while (j < text_.size() && (text_[j] == ' ' || text_[j] == '\t')) ++j;
            if (j < text_.size() && (text_[j] == '\n' || (text_[j] == '\r' && j + 1 < text_.size() && text_[j + 1] == '\n'))) {
                advance(j - i_);
                while (i_ < text_.size() && (text_[i_] == ' ' || text_[i_] == '\t' || text_[i_] == '\n' || text_[i_] == '\r'))
                    advance(1);
                if (i_ < text_.size() && static_cast<unsigned char>(text_[i_]) >= 0x80)
                    return TomlHazard{line_, column_,
                                      "a line ending in \\ inside a \"\"\" string is followed by a line that starts with a "
                                      "character beyond ASCII, which this build's TOML reader (toml++ 3.3.0) misreads; "
                                      "join the two lines, or start the next one with a space or a plain letter"};
                continue;
            }
            advance(2);  // an escape: the backslash and what it escapes
        }
        advance(3);
        return std::nullopt;
    }

    std::string_view text_;
    std::size_t i_ = 0;
    int line_ = 1, column_ = 1;
};

}  // namespace

std::optional<TomlHazard> toml_hazard(std::string_view text) { return Scanner(text).find(); }

toml::table parse_toml(std::string_view text, std::string_view source) {
    if (const auto hazard = toml_hazard(text)) {
        const toml::source_position at{static_cast<toml::source_index>(hazard->line),
                                       static_cast<toml::source_index>(hazard->column)};
        throw toml::parse_error(hazard->message.c_str(), toml::source_region{at, at, std::make_shared<const std::string>(source)});
    }
    return toml::parse(text, source);
}

toml::table parse_toml_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return toml::parse_file(path);  // toml++ says it cannot be opened, as before
    std::ostringstream text;
    text << in.rdbuf();
    return parse_toml(text.str(), path);
}

}  // namespace openras
