#pragma once
// Turns a byte offset inside an expression into a file:line:col position.
#include "rules/error.hpp"

#include <cstddef>
#include <string_view>

namespace openras::expr {

// `start` is where the expression's first character sits in its file. Columns count
// characters, not bytes, so "£" moves the column on by one as an editor would show it.
// A newline inside the expression moves to the next line and restarts the column at 1.
SourceLocation locate(std::string_view source, const SourceLocation& start, std::size_t offset);

}  // namespace openras::expr
