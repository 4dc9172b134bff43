#pragma once
// Exact rational numbers for every calculation that leads to money. Points, percentages,
// rates and amounts in pence are all Rationals while a budget is worked out; only the final
// step to whole pence rounds, and that rounding names its rule. There is no binary floating
// point anywhere on this path, so the same inputs give the same pence on every machine.
//
// Arithmetic is done in 128 bits and the result reduced to lowest terms; a result that does
// not fit in 64 bits throws an Evaluation error instead of wrapping round.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace openras {

enum class RoundingRule {
    HalfUp,    // halves go away from zero: 2.5 -> 3, -2.5 -> -3 (the usual "round half up")
    HalfEven,  // halves go to the even neighbour: 2.5 -> 2, 3.5 -> 4 (banker's rounding)
    Down,      // toward zero
    Floor,     // toward minus infinity
    Ceiling,   // toward plus infinity
};

const char* rounding_rule_name(RoundingRule rule);                     // "half-up", ...
std::optional<RoundingRule> parse_rounding_rule(std::string_view text);

class Rational {
public:
    constexpr Rational() = default;
    constexpr Rational(std::int64_t whole) : num_(whole), den_(1) {}  // NOLINT: implicit on purpose
    // Throws Evaluation on a zero denominator.
    Rational(std::int64_t numerator, std::int64_t denominator);

    // For arithmetic that has already reduced its result: den > 0 and gcd(num, den) == 1.
    static Rational from_lowest_terms(std::int64_t numerator, std::int64_t denominator) {
        Rational out;
        out.num_ = numerator;
        out.den_ = denominator;
        return out;
    }

    std::int64_t numerator() const { return num_; }
    std::int64_t denominator() const { return den_; }
    bool is_integer() const { return den_ == 1; }
    bool is_zero() const { return num_ == 0; }
    bool is_negative() const { return num_ < 0; }

    Rational operator-() const;
    // Whole numbers take an inline fast path; fractions and overflow go the general way.
    friend Rational operator+(const Rational& a, const Rational& b) {
        std::int64_t sum;
        if (a.den_ == 1 && b.den_ == 1 && !__builtin_add_overflow(a.num_, b.num_, &sum)) return Rational(sum);
        return add_general(a, b);
    }
    friend Rational operator-(const Rational& a, const Rational& b) {
        std::int64_t difference;
        if (a.den_ == 1 && b.den_ == 1 && !__builtin_sub_overflow(a.num_, b.num_, &difference))
            return Rational(difference);
        return add_general(a, -b);
    }
    friend Rational operator*(const Rational& a, const Rational& b) {
        std::int64_t product;
        if (a.den_ == 1 && b.den_ == 1 && !__builtin_mul_overflow(a.num_, b.num_, &product)) return Rational(product);
        return multiply_general(a, b);
    }
    // Exact division; throws Evaluation when dividing by zero.
    friend Rational operator/(const Rational& a, const Rational& b);
    Rational& operator+=(const Rational& other) { return *this = *this + other; }
    Rational& operator-=(const Rational& other) { return *this = *this - other; }

    friend bool operator==(const Rational& a, const Rational& b) = default;
    friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

    // Rounds to a whole number by the named rule.
    std::int64_t round(RoundingRule rule) const;
    std::int64_t floor() const { return round(RoundingRule::Floor); }

    // Parses "12", "-0.75", "52.143" or "75%" (= 3/4). Rejects exponents and anything
    // a person would not write; returns nullopt when the text is not a plain decimal.
    static std::optional<Rational> parse_decimal(std::string_view text);

    // Exact decimal text when the value has a finite decimal expansion of at most
    // max_places places ("52.143", "0.75"); otherwise "num/den".
    std::string to_decimal_string(int max_places = 6) const;
    // The same text appended to `out`, without making a string: for writers of budgets by the
    // thousand.
    void append_decimal(std::string& out, int max_places = 6) const;

private:
    static Rational add_general(const Rational& a, const Rational& b);
    static Rational multiply_general(const Rational& a, const Rational& b);

    std::int64_t num_ = 0;
    std::int64_t den_ = 1;
};

}  // namespace openras
