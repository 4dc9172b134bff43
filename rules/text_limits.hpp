#pragma once
// A limit on how long any text in a rule set or its language files may be. The longest text a
// person reads in the model RAS is under 400 bytes; a title, question or message thousands of
// bytes long is a mistake (a file pasted into a field), and would fill every page, record event
// and report it reaches. Expressions are text too and fall under the same limit.
#include "rules/error.hpp"

#include <toml++/toml.h>

#include <cstddef>
#include <string>

namespace openras {

inline constexpr std::size_t kMaxTextBytes = 4000;

// Adds a problem, at its line and column, for every string in `document` longer than
// kMaxTextBytes (arrays and tables are searched all the way down).
void refuse_long_texts(const toml::table& document, const std::string& file, Diagnostics& problems);

}  // namespace openras
