#include "rules/expression/parser.hpp"

#include <string>
#include <utility>

namespace openras::expr {
namespace {

// Deep enough for any rule a council writes; shallow enough that neither parsing nor
// evaluation (both recursive) can run out of stack on a hostile input.
constexpr int max_depth = 64;
// Long chains such as 1+1+1+... make a deep tree without nesting; this bounds them too.
constexpr std::size_t max_tokens = 1000;

struct Stop {
    SyntaxError error;
};

bool is_comparison(TokenKind kind) {
    switch (kind) {
        case TokenKind::Equal: case TokenKind::NotEqual: case TokenKind::Less:
        case TokenKind::LessEqual: case TokenKind::Greater: case TokenKind::GreaterEqual:
            return true;
        default:
            return false;
    }
}

class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

    SyntaxTree run() {
        if (peek().kind == TokenKind::End) fail(peek(), "the expression is empty");
        if (tokens_.size() > max_tokens) fail(tokens_[max_tokens], "the expression is too long");
        tree_.root = expression();
        if (peek().kind != TokenKind::End) trailing();
        return std::move(tree_);
    }

private:
    const Token& peek() const { return tokens_[pos_]; }
    const Token& take() { return tokens_[pos_++]; }
    bool accept(TokenKind kind) {
        if (peek().kind != kind) return false;
        ++pos_;
        return true;
    }
    [[noreturn]] void fail(const Token& at, std::string message) {
        throw Stop{{at.offset, std::move(message)}};
    }
    void expect(TokenKind kind, const char* message) {
        if (!accept(kind)) fail(peek(), message);
    }

    int add(SyntaxNode node) {
        tree_.nodes.push_back(std::move(node));
        return static_cast<int>(tree_.nodes.size()) - 1;
    }
    std::size_t start_of(int node) const { return tree_[node].start; }

    int binary(TokenKind op, std::size_t at, int left, int right) {
        SyntaxNode node{SyntaxKind::Binary, op, start_of(left), at, {}, {}, {left, right}};
        return add(std::move(node));
    }

    // Counts nesting so that "((((...))))" a thousand deep is refused, not a crash.
    struct Depth {
        explicit Depth(Parser& parser) : p(parser) {
            if (++p.depth_ > max_depth) p.fail(p.peek(), "the expression is nested too deeply");
        }
        ~Depth() { --p.depth_; }
        Parser& p;
    };

    int expression();
    int conditional();
    int disjunction();
    int conjunction();
    int negation();
    int comparison();
    int additive();
    int term();
    int unary();
    int primary();
    int literal(const Token& token);
    int call_or_name(const Token& name);
    [[noreturn]] void trailing();

    std::vector<Token> tokens_;
    std::size_t pos_ = 0;
    int depth_ = 0;
    SyntaxTree tree_;
};

int Parser::expression() {
    Depth depth(*this);
    return peek().kind == TokenKind::If ? conditional() : disjunction();
}

int Parser::conditional() {
    const Token& if_token = take();
    const int condition = expression();
    expect(TokenKind::Then, "\"if\" needs \"then\"");
    const int then_part = expression();
    expect(TokenKind::Else, "\"if\" needs \"else\"");
    const int else_part = expression();
    SyntaxNode node{SyntaxKind::If, TokenKind::If, if_token.offset, if_token.offset, {}, {},
                    {condition, then_part, else_part}};
    return add(std::move(node));
}

int Parser::disjunction() {
    int left = conjunction();
    while (peek().kind == TokenKind::Or) {
        const std::size_t at = take().offset;
        left = binary(TokenKind::Or, at, left, conjunction());
    }
    return left;
}

int Parser::conjunction() {
    int left = negation();
    while (peek().kind == TokenKind::And) {
        const std::size_t at = take().offset;
        left = binary(TokenKind::And, at, left, negation());
    }
    return left;
}

int Parser::negation() {
    if (peek().kind != TokenKind::Not) return comparison();
    Depth depth(*this);
    const std::size_t at = take().offset;
    const int operand = negation();
    return add(SyntaxNode{SyntaxKind::Unary, TokenKind::Not, at, at, {}, {}, {operand}});
}

int Parser::comparison() {
    const int left = additive();
    if (!is_comparison(peek().kind)) return left;
    const Token& op = take();
    const int result = binary(op.kind, op.offset, left, additive());
    if (is_comparison(peek().kind))
        fail(peek(), "comparisons cannot be chained; join them with \"and\"");
    return result;
}

int Parser::additive() {
    int left = term();
    while (peek().kind == TokenKind::Plus || peek().kind == TokenKind::Minus) {
        const Token& op = take();
        left = binary(op.kind, op.offset, left, term());
    }
    return left;
}

int Parser::term() {
    int left = unary();
    while (peek().kind == TokenKind::Star || peek().kind == TokenKind::Slash) {
        const Token& op = take();
        left = binary(op.kind, op.offset, left, unary());
    }
    return left;
}

int Parser::unary() {
    if (peek().kind != TokenKind::Minus) return primary();
    Depth depth(*this);
    const std::size_t at = take().offset;
    const int operand = unary();
    return add(SyntaxNode{SyntaxKind::Unary, TokenKind::Minus, at, at, {}, {}, {operand}});
}

int Parser::primary() {
    const Token& token = take();
    switch (token.kind) {
        case TokenKind::Number: case TokenKind::Percent: case TokenKind::Money:
        case TokenKind::String: case TokenKind::True: case TokenKind::False:
            return literal(token);
        case TokenKind::Ident:
            return call_or_name(token);
        case TokenKind::LeftParen: {
            const int inner = expression();
            expect(TokenKind::RightParen, "a \"(\" is not closed: expected \")\"");
            return inner;
        }
        case TokenKind::If:
            fail(token, "put brackets round an \"if ... then ... else ...\" used inside a calculation");
        case TokenKind::End:
            fail(token, "the expression ends too early: a value is missing");
        default:
            fail(token, "expected a value, but found " + describe(token));
    }
}

int Parser::literal(const Token& token) {
    Value value;
    switch (token.kind) {
        case TokenKind::Number: case TokenKind::Percent: value = Value::of_number(token.number); break;
        case TokenKind::Money: value = Value::of_money_pence(token.number); break;
        case TokenKind::String: value = Value::of_text(std::string(token.text)); break;
        default: value = Value::of_bool(token.kind == TokenKind::True); break;
    }
    return add(SyntaxNode{SyntaxKind::Literal, token.kind, token.offset, token.offset, {}, std::move(value), {}});
}

int Parser::call_or_name(const Token& name) {
    SyntaxNode node{SyntaxKind::Name, TokenKind::Ident, name.offset, name.offset, name.text, {}, {}};
    if (accept(TokenKind::LeftParen)) {
        node.kind = SyntaxKind::Call;
        if (!accept(TokenKind::RightParen)) {
            do {
                node.children.push_back(expression());
            } while (accept(TokenKind::Comma));
            expect(TokenKind::RightParen, "expected \",\" or \")\" in the list of values");
        }
    }
    return add(std::move(node));
}

void Parser::trailing() {
    const Token& token = peek();
    if (token.kind == TokenKind::RightParen) fail(token, "this \")\" has no matching \"(\"");
    if (token.kind == TokenKind::Then || token.kind == TokenKind::Else)
        fail(token, describe(token) + " without \"if\"");
    fail(token, "unexpected " + describe(token) + " after a complete expression");
}

}  // namespace

ParseResult parse(std::string_view source) {
    LexResult lexed = tokenize(source);
    if (lexed.error) return ParseResult{{}, lexed.error};
    try {
        return ParseResult{Parser(std::move(lexed.tokens)).run(), std::nullopt};
    } catch (const Stop& stop) {
        return ParseResult{{}, stop.error};
    }
}

}  // namespace openras::expr
