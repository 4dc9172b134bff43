#include "alloc/plan/scaled_exact.hpp"

#include "rules/error.hpp"

#include <limits>

namespace openras {
namespace {

[[noreturn]] void too_large() {
    throw OpenRasError(Error{ErrorCode::Evaluation, "a plan's cost grew too large to hold exactly", {}});
}

bool fits64(WideInt value) {
    return value >= WideInt(std::numeric_limits<std::int64_t>::min()) &&
           value <= WideInt(std::numeric_limits<std::int64_t>::max());
}

WideInt gcd_wide(WideInt a, WideInt b) {
    if (a < 0) a = -a;
    while (b != 0) {
        const WideInt r = a % b;
        a = b;
        b = r;
    }
    return a;
}

// q + r/d with 0 <= r < d, then rounded by the rule. Written once for 64 and 128 bits.
template <typename Int>
inline Int round_floor_division(Int n, Int d, RoundingRule rule) {
    Int q = n / d, r = n % d;
    if (r < 0) {
        q -= 1;
        r += d;
    }
    if (r == 0) return q;
    const Int twice = r * 2;  // r < d, and d is far from the type's limit
    switch (rule) {
        case RoundingRule::Floor: return q;
        case RoundingRule::Ceiling: return q + 1;
        case RoundingRule::Down: return q < 0 ? q + 1 : q;
        case RoundingRule::HalfUp:
            if (twice != d) return twice > d ? q + 1 : q;
            return q < 0 ? q : q + 1;  // a half goes away from zero: q + 1/2 with q < 0 is above -|..|
        case RoundingRule::HalfEven:
            if (twice != d) return twice > d ? q + 1 : q;
            return q % 2 == 0 ? q : q + 1;
    }
    return q;
}

}  // namespace

std::int64_t round_fraction(WideInt numerator, WideInt denominator, RoundingRule rule) {
    WideInt result;
    if (fits64(numerator) && fits64(denominator) && fits64(denominator * 2))
        result = round_floor_division<std::int64_t>(std::int64_t(numerator), std::int64_t(denominator), rule);
    else
        result = round_floor_division<WideInt>(numerator, denominator, rule);
    if (!fits64(result)) too_large();
    return std::int64_t(result);
}

std::int64_t ScaledExact::round_scaled(WideInt numerator, WideInt denominator, RoundingRule rule) const {
    return round_fraction(parts_ * numerator, WideInt(kScale) * denominator, rule);
}

// The commonest rounding, to whole pence, divides by the constant kScale, which the compiler
// does with a multiplication instead of a division.
std::int64_t ScaledExact::round(RoundingRule rule) const {
    if (fits64(parts_)) return round_floor_division<std::int64_t>(std::int64_t(parts_), kScale, rule);
    return round_fraction(parts_, kScale, rule);
}

Rational ScaledExact::rational() const {
    const WideInt divisor = gcd_wide(parts_, kScale);
    const WideInt num = parts_ / divisor, den = WideInt(kScale) / divisor;
    if (!fits64(num)) too_large();
    return Rational::from_lowest_terms(std::int64_t(num), std::int64_t(den));
}

}  // namespace openras
