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

// An amount that may be finer than a penny: a rate per point such as "£4.8833" (488.33p), or a
// base. Held exactly as a Rational of pence; it becomes whole pence only where a budget is
// rounded, once, by the rule set's rule. Written with at most six decimal places of a pound.
class PreciseMoney {
public:
    static constexpr int max_decimals = 6;

    PreciseMoney() = default;
    PreciseMoney(Money whole) : pence_(whole.pence()) {}  // NOLINT: every Money is exact
    // Rounds an exact amount of pence to `decimals` places of a pound (2 to 6) by the rule.
    static PreciseMoney round(const Rational& exact_pence, int decimals, RoundingRule rule);

    const Rational& exact() const { return pence_; }
    bool is_whole_pence() const { return pence_.is_integer(); }
    bool is_negative() const { return pence_.is_negative(); }

    friend bool operator==(const PreciseMoney& a, const PreciseMoney& b) = default;
    friend std::strong_ordering operator<=>(const PreciseMoney& a, const PreciseMoney& b) {
        return a.pence_ <=> b.pence_;
    }

    // "£4.8833", "£1,234.50", "-£0.125": at least two decimal places, no trailing zeros after them.
    std::string to_string() const;
    // "4.8833", "1234.50": the same without the sign of the pound or commas.
    std::string to_plain_string() const;

    // Reads what Money::parse reads, with up to six decimal places.
    static std::optional<PreciseMoney> parse(std::string_view text);

private:
    explicit PreciseMoney(Rational pence) : pence_(pence) {}
    Rational pence_;
};

}  // namespace openras
