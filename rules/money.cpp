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

std::optional<Money> Money::parse(std::string_view text) {
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
    if (digits.empty() || decimals > 2 || (seen_point && decimals == 0) || digits.size() > 17)
        return std::nullopt;
    while (decimals < 2) {
        digits += '0';
        ++decimals;
    }
    const std::int64_t pence = std::strtoll(digits.c_str(), nullptr, 10);
    return Money::from_pence(negative ? -pence : pence);
}

}  // namespace openras
