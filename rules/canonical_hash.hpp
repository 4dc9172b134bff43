#pragma once
// A rule set's identity: the SHA-256 of its canonical form.
//
// Canonical form, version 1: the UTF-8 bytes of the line "openras-ruleset-canonical-v1\n"
// followed by the parsed TOML document written as JSON with
//   - object keys sorted by their UTF-8 bytes, no whitespace between tokens;
//   - strings as JSON strings (non-ASCII kept as UTF-8, not escaped);
//   - integers as JSON integers, booleans as true/false;
//   - dates as "YYYY-MM-DD", times and date-times in their TOML form as strings;
//   - floating-point numbers (refused by the loader, but hashed faithfully) as the shortest
//     decimal that reads back to the same double, in a string tagged "float:".
// So comments, blank lines, spacing, quoting style and key order inside a table do not change
// the hash; any change to a value or to the order of items in a list does.
#include <toml++/toml.h>

#include <string>

namespace openras {

std::string canonical_form(const toml::table& document);
// "sha256:" followed by 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);
std::string canonical_hash(const toml::table& document);

}  // namespace openras
