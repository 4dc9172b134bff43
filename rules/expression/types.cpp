#include "rules/expression/types.hpp"

namespace openras::expr {
namespace {

bool is_amount(Type type) { return type == Type::Number || type == Type::Money; }

bool orders(TokenKind op) {
    return op == TokenKind::Less || op == TokenKind::LessEqual || op == TokenKind::Greater ||
           op == TokenKind::GreaterEqual;
}

std::optional<Type> arithmetic_result(TokenKind op, Type left, Type right) {
    using enum Type;
    switch (op) {
        case TokenKind::Plus:
        case TokenKind::Minus:
            if (left == right && is_amount(left)) return left;
            return std::nullopt;
        case TokenKind::Star:
            if (left == Number && right == Number) return Number;
            if ((left == Money && right == Number) || (left == Number && right == Money)) return Money;
            return std::nullopt;
        case TokenKind::Slash:
            if (left == Number && right == Number) return Number;
            if (left == Money && right == Number) return Money;
            if (left == Money && right == Money) return Number;
            return std::nullopt;
        default:
            return std::nullopt;
    }
}

}  // namespace

std::string a_type(Type type) {
    switch (type) {
        case Type::Number: return "a number";
        case Type::Money: return "money";
        case Type::Bool: return "a true/false value";
        case Type::Text: return "text";
    }
    return "a value";
}

std::optional<Type> binary_result(TokenKind op, Type left, Type right) {
    if (op == TokenKind::And || op == TokenKind::Or) {
        if (left == Type::Bool && right == Type::Bool) return Type::Bool;
        return std::nullopt;
    }
    if (op == TokenKind::Equal || op == TokenKind::NotEqual) {
        if (left == right) return Type::Bool;
        return std::nullopt;
    }
    if (orders(op)) {
        if (left == right && is_amount(left)) return Type::Bool;
        return std::nullopt;
    }
    return arithmetic_result(op, left, right);
}

std::string binary_problem(TokenKind op, Type left, Type right) {
    switch (op) {
        case TokenKind::Plus: return "cannot add " + a_type(right) + " to " + a_type(left);
        case TokenKind::Minus: return "cannot subtract " + a_type(right) + " from " + a_type(left);
        case TokenKind::Star: return "cannot multiply " + a_type(left) + " by " + a_type(right);
        case TokenKind::Slash: return "cannot divide " + a_type(left) + " by " + a_type(right);
        case TokenKind::And:
        case TokenKind::Or: {
            const bool left_wrong = left != Type::Bool;
            return std::string("\"") + spelling(op) + "\" needs true/false on both sides, but the " +
                   (left_wrong ? "left" : "right") + " side is " + a_type(left_wrong ? left : right);
        }
        default: break;
    }
    if (left != right) return "cannot compare " + a_type(left) + " with " + a_type(right);
    return std::string("cannot use \"") + spelling(op) + "\" on " + a_type(left) +
           ": only numbers and money can be ordered";
}

Op binary_op(TokenKind op) {
    switch (op) {
        case TokenKind::Plus: return Op::Add;
        case TokenKind::Minus: return Op::Subtract;
        case TokenKind::Star: return Op::Multiply;
        case TokenKind::Slash: return Op::Divide;
        case TokenKind::Equal: return Op::Equal;
        case TokenKind::NotEqual: return Op::NotEqual;
        case TokenKind::Less: return Op::Less;
        case TokenKind::LessEqual: return Op::LessEqual;
        case TokenKind::Greater: return Op::Greater;
        case TokenKind::GreaterEqual: return Op::GreaterEqual;
        case TokenKind::And: return Op::And;
        default: return Op::Or;
    }
}

const char* spelling(TokenKind op) {
    switch (op) {
        case TokenKind::Plus: return "+";
        case TokenKind::Minus: return "-";
        case TokenKind::Star: return "*";
        case TokenKind::Slash: return "/";
        case TokenKind::Equal: return "==";
        case TokenKind::NotEqual: return "!=";
        case TokenKind::Less: return "<";
        case TokenKind::LessEqual: return "<=";
        case TokenKind::Greater: return ">";
        case TokenKind::GreaterEqual: return ">=";
        case TokenKind::And: return "and";
        case TokenKind::Or: return "or";
        case TokenKind::Not: return "not";
        default: return "?";
    }
}

}  // namespace openras::expr
