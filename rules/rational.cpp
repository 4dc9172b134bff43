#include "rules/rational.hpp"

#include "rules/error.hpp"

#include <cstdlib>
#include <limits>
#include <numeric>

namespace openras {
namespace {

__extension__ typedef __int128 Wide;
__extension__ typedef unsigned __int128 UWide;

[[noreturn]] void fail(const std::string& message) {
    throw OpenRasError(Error{ErrorCode::Evaluation, message, {}});
}

UWide magnitude(Wide value) { return value < 0 ? UWide(0) - UWide(value) : UWide(value); }

UWide gcd_wide(UWide a, UWide b) {
    while (b != 0) {
        const UWide r = a % b;
        a = b;
        b = r;
    }
    return a;
}

bool fits(Wide value) {
    return value >= Wide(std::numeric_limits<std::int64_t>::min()) &&
           value <= Wide(std::numeric_limits<std::int64_t>::max());
}

}  // namespace

// Builds a reduced Rational from a 128-bit fraction, failing loudly on overflow. Most values
// fit in 64 bits, where the greatest common divisor is much cheaper to find.
static Rational make_reduced(Wide num, Wide den) {
    if (den == 0) fail("division by zero");
    if (den < 0) {
        num = -num;
        den = -den;
    }
    if (den != 1) {
        const UWide mag = magnitude(num);
        const UWide g = (mag >> 63) == 0 && (UWide(den) >> 63) == 0
                            ? UWide(std::gcd(std::uint64_t(mag), std::uint64_t(den)))
                            : gcd_wide(mag, UWide(den));
        if (g > 1) {
            num /= Wide(g);
            den /= Wide(g);
        }
    }
    if (!fits(num) || !fits(den)) fail("a number grew too large to hold exactly");
    return Rational::from_lowest_terms(static_cast<std::int64_t>(num), static_cast<std::int64_t>(den));
}

Rational::Rational(std::int64_t numerator, std::int64_t denominator) {
    if (denominator == 0) fail("division by zero");
    if (denominator < 0) {
        if (numerator == std::numeric_limits<std::int64_t>::min() ||
            denominator == std::numeric_limits<std::int64_t>::min())
            fail("a number grew too large to hold exactly");
        numerator = -numerator;
        denominator = -denominator;
    }
    const std::int64_t g = std::gcd(numerator, denominator);
    num_ = g > 1 ? numerator / g : numerator;
    den_ = g > 1 ? denominator / g : denominator;
}

Rational Rational::operator-() const {
    if (num_ == std::numeric_limits<std::int64_t>::min()) fail("a number grew too large to hold exactly");
    Rational out;
    out.num_ = -num_;
    out.den_ = den_;
    return out;
}

Rational Rational::add_general(const Rational& a, const Rational& b) {
    if (a.den_ == b.den_) return make_reduced(Wide(a.num_) + Wide(b.num_), Wide(a.den_));
    return make_reduced(Wide(a.num_) * b.den_ + Wide(b.num_) * a.den_, Wide(a.den_) * b.den_);
}

Rational Rational::multiply_general(const Rational& a, const Rational& b) {
    // Cancelling across first keeps the products small, so they rarely need reducing again.
    // Against a whole number there is nothing to cancel, and a gcd is a loop of divisions.
    const std::int64_t g1 = b.den_ == 1 ? 1 : std::gcd(a.num_, b.den_);
    const std::int64_t g2 = a.den_ == 1 ? 1 : std::gcd(b.num_, a.den_);
    const Wide num = Wide(g1 > 1 ? a.num_ / g1 : a.num_) * (g2 > 1 ? b.num_ / g2 : b.num_);
    const Wide den = Wide(g2 > 1 ? a.den_ / g2 : a.den_) * (g1 > 1 ? b.den_ / g1 : b.den_);
    if (!fits(num) || !fits(den)) fail("a number grew too large to hold exactly");
    Rational out;
    out.num_ = static_cast<std::int64_t>(num);
    out.den_ = static_cast<std::int64_t>(den);
    return out;
}

Rational operator/(const Rational& a, const Rational& b) {
    if (b.num_ == 0) fail("division by zero");
    return make_reduced(Wide(a.num_) * b.den_, Wide(a.den_) * b.num_);
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
    if (a.den_ == b.den_) return a.num_ <=> b.num_;
    return Wide(a.num_) * b.den_ <=> Wide(b.num_) * a.den_;
}

std::int64_t Rational::round(RoundingRule rule) const {
    if (den_ == 1) return num_;
    // Floor division that is correct for negative numerators.
    std::int64_t q = num_ / den_;
    std::int64_t r = num_ % den_;
    if (r < 0) {
        q -= 1;
        r += den_;
    }
    // Now value = q + r/den with 0 < r < den.
    const Wide twice = Wide(r) * 2;
    switch (rule) {
        case RoundingRule::Floor: return q;
        case RoundingRule::Ceiling: return q + 1;
        case RoundingRule::Down: return num_ < 0 ? q + 1 : q;
        case RoundingRule::HalfUp:
            if (twice > den_) return q + 1;
            if (twice < den_) return q;
            return num_ < 0 ? q : q + 1;
        case RoundingRule::HalfEven:
            if (twice > den_) return q + 1;
            if (twice < den_) return q;
            return (q % 2 == 0) ? q : q + 1;
    }
    return q;
}

std::optional<Rational> Rational::parse_decimal(std::string_view text) {
    if (text.empty()) return std::nullopt;
    bool negative = false;
    bool percent = false;
    if (text.back() == '%') {
        percent = true;
        text.remove_suffix(1);
    }
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.empty()) return std::nullopt;
    Wide num = 0;
    Wide den = 1;
    bool seen_point = false;
    bool seen_digit = false;
    for (char c : text) {
        if (c == '.') {
            if (seen_point) return std::nullopt;
            seen_point = true;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        seen_digit = true;
        num = num * 10 + (c - '0');
        if (seen_point) den *= 10;
        if (num > Wide(std::numeric_limits<std::int64_t>::max()) ||
            den > Wide(std::numeric_limits<std::int64_t>::max()))
            return std::nullopt;
    }
    if (!seen_digit || text.back() == '.' || text.front() == '.') return std::nullopt;
    if (percent) den *= 100;
    if (negative) num = -num;
    try {
        return make_reduced(num, den);
    } catch (const OpenRasError&) {
        return std::nullopt;
    }
}

std::string Rational::to_decimal_string(int max_places) const {
    std::string text;
    append_decimal(text, max_places);
    return text;
}

void Rational::append_decimal(std::string& out, int max_places) const {
    // A finite decimal exists when den divides 10^k for some k <= max_places.
    std::int64_t scale = 1;
    for (int places = 0; places <= max_places; ++places) {
        if (scale % den_ == 0) {
            const Wide scaled = Wide(num_) * (scale / den_);
            UWide rest = magnitude(scaled);
            // The digits, last first, into a buffer big enough for any 128-bit value; in 64 bits
            // once they fit, since dividing 128 bits is a call into the compiler's library.
            char digits[64];
            char* const end = digits + sizeof digits;
            char* first = end;
            while (rest > UWide(std::numeric_limits<std::uint64_t>::max())) {
                *--first = char('0' + int(rest % 10));
                rest /= 10;
            }
            std::uint64_t small = std::uint64_t(rest);
            do {
                *--first = char('0' + int(small % 10));
                small /= 10;
            } while (small != 0);
            if (scaled < 0) out += '-';
            if (places == 0) {
                out.append(first, end);
                return;
            }
            while (end - first <= places) *--first = '0';  // a digit before the point
            char* const point = end - places;
            char* fraction_end = end;
            while (fraction_end > point && fraction_end[-1] == '0') --fraction_end;
            out.append(first, point);
            if (fraction_end > point) {
                out += '.';
                out.append(point, fraction_end);
            }
            return;
        }
        if (places < max_places) scale *= 10;
    }
    out += std::to_string(num_);
    out += '/';
    out += std::to_string(den_);
}

const char* rounding_rule_name(RoundingRule rule) {
    switch (rule) {
        case RoundingRule::HalfUp: return "half-up";
        case RoundingRule::HalfEven: return "half-even";
        case RoundingRule::Down: return "down";
        case RoundingRule::Floor: return "floor";
        case RoundingRule::Ceiling: return "ceiling";
    }
    return "half-up";
}

std::optional<RoundingRule> parse_rounding_rule(std::string_view text) {
    if (text == "half-up") return RoundingRule::HalfUp;
    if (text == "half-even") return RoundingRule::HalfEven;
    if (text == "down") return RoundingRule::Down;
    if (text == "floor") return RoundingRule::Floor;
    if (text == "ceiling") return RoundingRule::Ceiling;
    return std::nullopt;
}

}  // namespace openras
