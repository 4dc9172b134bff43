#pragma once
// Splits an expression into tokens. Each token remembers its byte offset in the source so a
// problem can be reported at the exact line and column where the officer wrote it.
#include "rules/rational.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace openras::expr {

enum class TokenKind {
    End,
    Number,   // 12, 0.75
    Percent,  // 75%
    Money,    // £12.50
    String,   // "regular"
    Ident,
    If, Then, Else, And, Or, Not, True, False,
    Plus, Minus, Star, Slash,
    Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual,
    LeftParen, RightParen, Comma,
};

struct Token {
    TokenKind kind = TokenKind::End;
    std::size_t offset = 0;  // bytes from the start of the source
    std::string_view text;   // the token as written; for String, the text between the quotes
    Rational number;         // Number and Percent; Money in pence
};

// The first problem met while reading the source; nothing after it is trusted.
struct SyntaxError {
    std::size_t offset = 0;
    std::string message;
};

struct LexResult {
    std::vector<Token> tokens;  // always ends with an End token when there is no error
    std::optional<SyntaxError> error;
};

LexResult tokenize(std::string_view source);

// How a token is named in a message: "then", "(", or "the end of the expression".
std::string describe(const Token& token);

}  // namespace openras::expr
