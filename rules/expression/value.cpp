// Type names and how values are shown in explanations.
#include "rules/expression/expression.hpp"

#include "rules/money.hpp"

namespace openras::expr {
namespace {

// Exact pence that are not whole: "£12.345" when the decimal ends, otherwise "about £4.1133".
std::string fractional_pounds(const Rational& pence) {
    const Rational pounds = pence / Rational(100);
    const Rational magnitude = pounds.is_negative() ? -pounds : pounds;
    const std::string sign = pounds.is_negative() ? "-" : "";
    const std::string exact = magnitude.to_decimal_string(8);
    if (exact.find('/') == std::string::npos) return sign + "\xC2\xA3" + exact;
    const Rational rounded((magnitude * Rational(10000)).round(RoundingRule::HalfUp), 10000);
    return "about " + sign + "\xC2\xA3" + rounded.to_decimal_string(4);
}

}  // namespace

const char* type_name(Type type) {
    switch (type) {
        case Type::Number: return "number";
        case Type::Money: return "money";
        case Type::Bool: return "true/false";
        case Type::Text: return "text";
    }
    return "value";
}

std::string Value::to_display_string() const {
    switch (type) {
        case Type::Number: return number.to_decimal_string();
        case Type::Money:
            if (number.is_integer()) return Money::from_pence(number.numerator()).to_string();
            return fractional_pounds(number);
        case Type::Bool: return boolean ? "yes" : "no";
        case Type::Text: return text;
    }
    return {};
}

}  // namespace openras::expr
