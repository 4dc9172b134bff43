#pragma once
// Every TOML file OpenRAS reads (rule sets and their language files, answers, plans, the kiosk's
// settings, wording and pictures, the reports' words) goes through parse_toml, not toml::parse.
// Debian 12's toml++ 3.3.0 reads a `"""` string wrongly (undefined behaviour, upstream issue 190)
// when a line ends in a backslash and the next line starts with a character beyond ASCII, and
// translated texts write exactly such lines ("… \<newline>ŵ …"). Such text is refused with a
// clear error at its line and column before toml++ sees it; nothing else differs.
#include <toml++/toml.h>

#include <optional>
#include <string>
#include <string_view>

namespace openras {

struct TomlHazard {
    int line = 0, column = 0;  // 1-based, of the character after the line-ending backslash
    std::string message;
};

// The first place in `text` that toml++ 3.3.0 would misread, if any.
std::optional<TomlHazard> toml_hazard(std::string_view text);

// toml::parse(text, source), refusing a hazard as toml++ refuses bad TOML: by throwing
// toml::parse_error with its place, so every caller reports it as it reports any syntax error.
toml::table parse_toml(std::string_view text, std::string_view source);
// The same for a file by its path.
toml::table parse_toml_file(const std::string& path);

}  // namespace openras
