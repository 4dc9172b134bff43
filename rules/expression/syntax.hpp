#pragma once
// The parsed shape of an expression, before names are resolved or types checked. Nodes live
// in one vector and point at their children by index.
#include "rules/expression/expression.hpp"
#include "rules/expression/lexer.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace openras::expr {

enum class SyntaxKind {
    Literal,  // value
    Name,     // name: a parameter or total
    Call,     // name(children...)
    Unary,    // op children[0]            (op is Minus or Not)
    Binary,   // children[0] op children[1]
    If,       // if children[0] then children[1] else children[2]
};

struct SyntaxNode {
    SyntaxKind kind = SyntaxKind::Literal;
    TokenKind op = TokenKind::End;
    std::size_t start = 0;  // offset of the node's first character
    std::size_t at = 0;     // offset of its operator, name or literal: where problems point
    std::string_view name;  // Name and Call
    Value value;            // Literal
    std::vector<int> children;
};

struct SyntaxTree {
    std::vector<SyntaxNode> nodes;
    int root = -1;

    const SyntaxNode& operator[](int index) const { return nodes[static_cast<std::size_t>(index)]; }
};

}  // namespace openras::expr
