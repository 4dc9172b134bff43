#pragma once
// Recursive-descent parser for the grammar written out in expression.hpp.
#include "rules/expression/lexer.hpp"
#include "rules/expression/syntax.hpp"

#include <optional>
#include <string_view>

namespace openras::expr {

struct ParseResult {
    SyntaxTree tree;
    std::optional<SyntaxError> error;  // the first syntax problem; the tree is unusable then
};

ParseResult parse(std::string_view source);

}  // namespace openras::expr
