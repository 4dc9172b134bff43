#include "rules/money.hpp"

#include <cstdlib>

namespace openras {

std::string Money::to_plain_string() const {
    const std::uint64_t magnitude =
        pence_ < 0 ? std::uint64_t(0) - std::uint64_t(pence_) : std::uint64_t(pence_);
    std::string pennies = std::to_string(magnitude % 100);
    if (pennies.size() < 2) pennies.insert(pennies.begin(), '0');
    return (pence_ < 0 ? "-" : "") + std::to_string(magnitude / 100) + "." + pennies;
}

std::string Money::to_string() const {
    const std::uint64_t magnitude =
        pence_ < 0 ? std::uint64_t(0) - std::uint64_t(pence_) : std::uint64_t(pence_);
    std::string pounds = std::to_string(magnitude / 100);
    for (int i = int(pounds.size()) - 3; i > 0; i -= 3) pounds.insert(std::size_t(i), ",");
    std::string pennies = std::to_string(magnitude % 100);
    if (pennies.size() < 2) pennies.insert(pennies.begin(), '0');
    return std::string(pence_ < 0 ? "-" : "") + "\u00a3" + pounds + "." + pennies;
}

namespace {

// "£1,234.5678" read into a whole number of units of 10^-places of a pound; nullopt when it is
// not money as people write it, has more than `places` decimal places or does not fit.
std::optional<std::int64_t> parse_units(std::string_view text, int places) {
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    constexpr std::string_view pound = "\u00a3";
    if (text.substr(0, pound.size()) == pound) text.remove_prefix(pound.size());
    std::string digits;
    std::size_t decimals = 0;
    bool seen_point = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ',' && !seen_point && !digits.empty()) continue;
        if (c == '.' && !seen_point) {
            seen_point = true;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        digits += c;
        if (seen_point) ++decimals;
    }
    // At most 17 digits as written, so that sums of amounts stay well inside 64 bits.
    if (digits.empty() || decimals > std::size_t(places) || (seen_point && decimals == 0) || digits.size() > 17)
        return std::nullopt;
    std::int64_t units = std::strtoll(digits.c_str(), nullptr, 10);
    for (; decimals < std::size_t(places); ++decimals)
        if (__builtin_mul_overflow(units, 10, &units)) return std::nullopt;
    return negative ? -units : units;
}

constexpr std::int64_t millionths_in_a_penny = 10'000;

}  // namespace

std::optional<Money> Money::parse(std::string_view text) {
    const auto pence = parse_units(text, 2);
    if (!pence) return std::nullopt;
    return Money::from_pence(*pence);
}

std::optional<PreciseMoney> PreciseMoney::parse(std::string_view text) {
    const auto millionths = parse_units(text, max_decimals);
    if (!millionths) return std::nullopt;
    return PreciseMoney(Rational(*millionths, millionths_in_a_penny));
}

PreciseMoney PreciseMoney::round(const Rational& exact_pence, int decimals, RoundingRule rule) {
    std::int64_t unit = 1;  // fractions of a penny kept: 1 for pence, 100 for six decimals
    for (int d = 2; d < decimals; ++d) unit *= 10;
    return PreciseMoney(Rational((exact_pence * Rational(unit)).round(rule), unit));
}

std::string PreciseMoney::to_plain_string() const {
    // Every PreciseMoney is a whole number of millionths of a pound: it was read so, or rounded so.
    const std::int64_t millionths = (pence_ * Rational(millionths_in_a_penny)).round(RoundingRule::HalfUp);
    const std::uint64_t magnitude =
        millionths < 0 ? std::uint64_t(0) - std::uint64_t(millionths) : std::uint64_t(millionths);
    std::string fraction = std::to_string(magnitude % 1'000'000);
    fraction.insert(fraction.begin(), 6 - fraction.size(), '0');
    while (fraction.size() > 2 && fraction.back() == '0') fraction.pop_back();
    return (millionths < 0 ? "-" : "") + std::to_string(magnitude / 1'000'000) + "." + fraction;
}

std::string PreciseMoney::to_string() const {
    std::string plain = to_plain_string();
    const bool negative = plain.front() == '-';
    if (negative) plain.erase(0, 1);
    for (int i = int(plain.find('.')) - 3; i > 0; i -= 3) plain.insert(std::size_t(i), ",");
    return std::string(negative ? "-" : "") + "\u00a3" + plain;
}

}  // namespace openras
