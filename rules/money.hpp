#pragma once
// Money is a whole number of pence in 64 bits. Amounts are worked out as exact Rationals of
// pence and become Money only through a named rounding rule taken from the rule set.
#include "rules/rational.hpp"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace openras {

class Money {
public:
    constexpr Money() = default;
    static constexpr Money from_pence(std::int64_t pence) { return Money(pence); }
    // Rounds an exact amount of pence to whole pence by the named rule.
    static Money round(const Rational& exact_pence, RoundingRule rule) {
        return Money(exact_pence.round(rule));
    }

    constexpr std::int64_t pence() const { return pence_; }
    Rational exact() const { return Rational(pence_); }

    friend constexpr Money operator+(Money a, Money b) { return Money(a.pence_ + b.pence_); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.pence_ - b.pence_); }
    constexpr Money operator-() const { return Money(-pence_); }
    constexpr Money& operator+=(Money other) { pence_ += other.pence_; return *this; }
    friend constexpr bool operator==(Money a, Money b) = default;
    friend constexpr std::strong_ordering operator<=>(Money a, Money b) = default;

    // "£1,234.56"; negative amounts as "-£5.00".
    std::string to_string() const;
    // "1234.56", for machine-readable output.
    std::string to_plain_string() const;

    // Reads "£82.91", "82.91", "£1,234", "-£5.50" (at most two decimal places).
    static std::optional<Money> parse(std::string_view text);

private:
    constexpr explicit Money(std::int64_t pence) : pence_(pence) {}
    std::int64_t pence_ = 0;
};

}  // namespace openras
