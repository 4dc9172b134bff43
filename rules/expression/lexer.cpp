#include "rules/expression/lexer.hpp"

#include "rules/error.hpp"
#include "rules/money.hpp"

#include <array>
#include <utility>

namespace openras::expr {
namespace {

constexpr std::string_view pound_sign = "\xC2\xA3";  // £ in UTF-8

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_ident_char(char c) { return is_ident_start(c) || is_digit(c); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

constexpr std::array<std::pair<std::string_view, TokenKind>, 8> keywords{{
    {"if", TokenKind::If}, {"then", TokenKind::Then}, {"else", TokenKind::Else},
    {"and", TokenKind::And}, {"or", TokenKind::Or}, {"not", TokenKind::Not},
    {"true", TokenKind::True}, {"false", TokenKind::False},
}};

// Thrown inside the lexer only, and turned into LexResult::error by tokenize().
struct Stop {
    SyntaxError error;
};

class Lexer {
public:
    explicit Lexer(std::string_view source) : src_(source) {}

    std::vector<Token> run() {
        std::vector<Token> tokens;
        for (;;) {
            while (pos_ < src_.size() && is_space(src_[pos_])) ++pos_;
            if (pos_ >= src_.size()) break;
            tokens.push_back(next());
        }
        tokens.push_back(Token{TokenKind::End, src_.size(), {}, {}});
        return tokens;
    }

private:
    [[noreturn]] void fail(std::size_t at, std::string message) { throw Stop{{at, std::move(message)}}; }

    Token make(TokenKind kind, std::size_t start) {
        return Token{kind, start, src_.substr(start, pos_ - start), {}};
    }

    Token next() {
        const char c = src_[pos_];
        if (is_digit(c)) return number();
        if (is_ident_start(c)) return word();
        if (c == '"') return string();
        if (src_.substr(pos_, pound_sign.size()) == pound_sign) return money();
        return punctuation();
    }

    // Reads digits with an optional fraction, leaving pos_ after them.
    std::string_view decimal_digits(std::size_t start) {
        while (pos_ < src_.size() && is_digit(src_[pos_])) ++pos_;
        if (pos_ < src_.size() && src_[pos_] == '.') {
            ++pos_;
            if (pos_ >= src_.size() || !is_digit(src_[pos_]))
                fail(start, "a number cannot end with \".\"; write 12 or 12.5");
            while (pos_ < src_.size() && is_digit(src_[pos_])) ++pos_;
        }
        return src_.substr(start, pos_ - start);
    }

    void refuse_glued_letters(std::size_t start) {
        if (pos_ < src_.size() && (is_ident_char(src_[pos_]) || src_[pos_] == '.'))
            fail(start, "\"" + std::string(src_.substr(start, pos_ - start + 1)) +
                            "\" is not a number; put a space or an operator after a number");
    }

    Token number() {
        const std::size_t start = pos_;
        const std::string_view digits = decimal_digits(start);
        const bool percent = pos_ < src_.size() && src_[pos_] == '%';
        if (percent) ++pos_;
        refuse_glued_letters(start);
        const auto value = Rational::parse_decimal(src_.substr(start, pos_ - start));
        if (!value) fail(start, "the number " + std::string(digits) + " is too large");
        Token token = make(percent ? TokenKind::Percent : TokenKind::Number, start);
        token.number = *value;
        return token;
    }

    Token money() {
        const std::size_t start = pos_;
        pos_ += pound_sign.size();
        if (pos_ >= src_.size() || !is_digit(src_[pos_]))
            fail(start, "\"\xC2\xA3\" must be followed by an amount, for example \xC2\xA3" "12.50");
        const std::size_t digits_start = pos_;
        const std::string_view digits = decimal_digits(digits_start);
        const std::size_t point = digits.find('.');
        if (point != std::string_view::npos && digits.size() - point - 1 > std::size_t(PreciseMoney::max_decimals))
            fail(start, "an amount of money has at most six decimal places, for example \xC2\xA3" "12.50 or "
                        "\xC2\xA3" "4.8833");
        refuse_glued_letters(start);
        Token token = make(TokenKind::Money, start);
        try {
            const auto pounds = Rational::parse_decimal(digits);
            if (!pounds) fail(start, "the amount is too large");
            token.number = *pounds * Rational(100);
        } catch (const OpenRasError&) {  // more pence than 64 bits can hold
            fail(start, "the amount is too large");
        }
        return token;
    }

    // A name, or a dotted name such as `line.unit_cost` (the facts plan checks read).
    Token word() {
        const std::size_t start = pos_;
        while (pos_ < src_.size() && is_ident_char(src_[pos_])) ++pos_;
        while (pos_ + 1 < src_.size() && src_[pos_] == '.' && is_ident_start(src_[pos_ + 1])) {
            ++pos_;
            while (pos_ < src_.size() && is_ident_char(src_[pos_])) ++pos_;
        }
        Token token = make(TokenKind::Ident, start);
        for (const auto& [text, kind] : keywords)
            if (token.text == text) token.kind = kind;
        return token;
    }

    Token string() {
        const std::size_t start = pos_;
        const std::size_t close = src_.find('"', start + 1);
        const std::size_t newline = src_.find('\n', start + 1);
        if (close == std::string_view::npos || newline < close)
            fail(start, "this text has no closing \"");
        pos_ = close + 1;
        return Token{TokenKind::String, start, src_.substr(start + 1, close - start - 1), {}};
    }

    Token punctuation();

    std::string_view src_;
    std::size_t pos_ = 0;
};

Token Lexer::punctuation() {
    const std::size_t start = pos_;
    const char c = src_[pos_++];
    const bool then_equals = pos_ < src_.size() && src_[pos_] == '=';
    auto two = [&](TokenKind kind) { ++pos_; return make(kind, start); };
    switch (c) {
        case '+': return make(TokenKind::Plus, start);
        case '-': return make(TokenKind::Minus, start);
        case '*': return make(TokenKind::Star, start);
        case '/': return make(TokenKind::Slash, start);
        case '(': return make(TokenKind::LeftParen, start);
        case ')': return make(TokenKind::RightParen, start);
        case ',': return make(TokenKind::Comma, start);
        case '<': return then_equals ? two(TokenKind::LessEqual) : make(TokenKind::Less, start);
        case '>': return then_equals ? two(TokenKind::GreaterEqual) : make(TokenKind::Greater, start);
        case '=':
            if (then_equals) return two(TokenKind::Equal);
            fail(start, "use \"==\" to compare two values");
        case '!':
            if (then_equals) return two(TokenKind::NotEqual);
            fail(start, "use \"not\" rather than \"!\"");
        case '%': fail(start, "\"%\" must follow a number directly, for example 75%");
        case '\'': fail(start, "write text in double quotes, for example \"regular\"");
        default: break;
    }
    // Show the whole character, even when it takes several bytes in UTF-8.
    std::size_t end = pos_;
    while (end < src_.size() && (static_cast<unsigned char>(src_[end]) & 0xC0) == 0x80) ++end;
    fail(start, "unexpected character \"" + std::string(src_.substr(start, end - start)) + "\"");
}

}  // namespace

LexResult tokenize(std::string_view source) {
    try {
        return LexResult{Lexer(source).run(), std::nullopt};
    } catch (const Stop& stop) {
        return LexResult{{}, stop.error};
    }
}

std::string describe(const Token& token) {
    if (token.kind == TokenKind::End) return "the end of the expression";
    if (token.kind == TokenKind::String) return "the text \"" + std::string(token.text) + "\"";
    return "\"" + std::string(token.text) + "\"";
}

}  // namespace openras::expr
