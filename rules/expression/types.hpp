#pragma once
// The language's type rules for operators, and how a type is named in a message.
#include "rules/expression/expression.hpp"
#include "rules/expression/lexer.hpp"
#include "rules/expression/program.hpp"

#include <optional>
#include <string>

namespace openras::expr {

// "a number", "money", "a true/false value", "text": for use inside a sentence.
std::string a_type(Type type);

// The type of `left op right`, or nullopt when the operator does not apply to those types.
std::optional<Type> binary_result(TokenKind op, Type left, Type right);

// The message for a `left op right` that binary_result refused.
std::string binary_problem(TokenKind op, Type left, Type right);

// The program operation for a binary operator token.
Op binary_op(TokenKind op);

// How an operator token is written: "+", "<=", "and".
const char* spelling(TokenKind op);

}  // namespace openras::expr
