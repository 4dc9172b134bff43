#pragma once
// An exact number kept as a whole count of 1/kScale parts, for costing support plans.
//
// Plan costs are fractions of a penny with only a few denominators: quantities in hundredths,
// weeks paid by the day (sevenths) and months paid by the day of the month (28ths to 31sts).
// kScale = 100 × 7 × lcm(28, 29, 30, 31) is a multiple of all of them, so every such cost is a
// whole number of parts, and adding costs is adding integers: no fraction has to be reduced
// until one is shown. The count is 128 bits wide, so no plan a council could write overflows.
// Rounding to a whole number names its rule, as Rational's does.
#include "rules/rational.hpp"

#include <cstdint>

namespace openras {

__extension__ typedef __int128 WideInt;

class ScaledExact {
public:
    static constexpr std::int64_t kScale = 100 * 7 * 755160;  // 755,160 = lcm(28, 29, 30, 31)

    constexpr ScaledExact() = default;
    static constexpr ScaledExact from_parts(WideInt parts) {
        ScaledExact out;
        out.parts_ = parts;
        return out;
    }
    static constexpr ScaledExact whole(std::int64_t value) { return from_parts(WideInt(value) * kScale); }

    constexpr WideInt parts() const { return parts_; }
    // In lowest terms. Throws OpenRasError(Evaluation) when it does not fit a Rational.
    Rational rational() const;
    // This × numerator / denominator, rounded to a whole number by `rule` (denominator > 0).
    std::int64_t round_scaled(WideInt numerator, WideInt denominator, RoundingRule rule) const;
    std::int64_t round(RoundingRule rule) const;

    friend constexpr ScaledExact operator+(ScaledExact a, ScaledExact b) { return from_parts(a.parts_ + b.parts_); }
    friend constexpr ScaledExact operator*(ScaledExact a, std::int64_t b) { return from_parts(a.parts_ * b); }
    constexpr ScaledExact& operator+=(ScaledExact other) {
        parts_ += other.parts_;
        return *this;
    }
    friend constexpr bool operator==(ScaledExact a, ScaledExact b) { return a.parts_ == b.parts_; }

private:
    WideInt parts_ = 0;
};

// `numerator / denominator` rounded to a whole number by `rule`; denominator > 0. Uses 64-bit
// division when both fit, which is most of the time.
std::int64_t round_fraction(WideInt numerator, WideInt denominator, RoundingRule rule);

}  // namespace openras
