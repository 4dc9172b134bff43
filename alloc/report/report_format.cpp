#include "alloc/report/report_format.hpp"

#include "alloc/report/line_description.hpp"
#include "alloc/report/text_layout.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace openras {

std::string exact_decimal(const Rational& value, int places) {
    const std::string exact = value.to_decimal_string(places);
    if (exact.find('/') == std::string::npos) return exact;
    std::int64_t scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    const Rational rounded(Rational(value * Rational(scale)).round(RoundingRule::HalfUp), scale);
    std::string shown = rounded.to_decimal_string(places);
    // Keep trailing zeros so that "…" always follows the full number of places.
    const std::size_t point = shown.find('.');
    const int have = point == std::string::npos ? 0 : int(shown.size() - point - 1);
    if (point == std::string::npos) shown += '.';
    shown += std::string(std::size_t(places - have), '0');
    return shown + "\u2026";
}

std::string exact_pounds(const Rational& pence, int places) {
    const Rational pounds = pence / Rational(100);
    if (pounds.is_negative()) return "-" + exact_pounds(-pence, places);
    std::string text = exact_decimal(pounds, places);
    const std::size_t point = text.find('.');
    if (point == std::string::npos) text += ".00";
    else if (text.size() - point == 2) text += "0";
    const std::string whole = whole_number(pounds.floor());
    const std::size_t whole_digits = point == std::string::npos ? text.find('.') : point;
    return "\u00a3" + whole + text.substr(whole_digits);
}

std::string signed_money(Money amount) { return (amount > Money{} ? "+" : "") + amount.to_string(); }
std::string signed_money_pence(std::int64_t pence) { return signed_money(Money::from_pence(pence)); }

std::string whole_number(std::int64_t value) {
    if (value < 0) return "-" + whole_number(-value);
    std::string digits = std::to_string(value);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3) digits.insert(std::size_t(i), ",");
    return digits;
}

std::string grouped_points(const Rational& points) {
    if (points.is_negative()) return "-" + grouped_points(-points);
    const std::string text = points_text(points);
    const std::size_t digits = text.find_first_not_of("0123456789");
    const std::string whole = text.substr(0, digits == std::string::npos ? text.size() : digits);
    return whole_number(std::stoll(whole)) + (digits == std::string::npos ? "" : text.substr(digits));
}

std::string fixed(double value, int places) {
    if (std::isnan(value)) return "-";
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", places, value);
    std::string out = text;
    if (out == "-0" || out.find_first_not_of("-0.") == std::string::npos) out.erase(0, out.front() == '-' ? 1 : 0);
    return out;
}

std::string percent_change(std::int64_t before, std::int64_t after) {
    if (before == 0) return "";
    const double change = 100.0 * double(after - before) / double(before);
    const std::string text = fixed(change, 1);
    return (text != "0.0" && change > 0 ? "+" : "") + text + "%";
}

std::string text_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                       const std::string& align, int indent) {
    std::vector<int> width(header.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < row.size() && c < width.size(); ++c) width[c] = std::max(width[c], display_width(row[c]));
    };
    measure(header);
    for (const auto& row : rows) measure(row);
    auto line = [&](const std::vector<std::string>& row) {
        std::string out(std::size_t(indent), ' ');
        for (std::size_t c = 0; c < row.size() && c < width.size(); ++c) {
            const std::string pad(std::size_t(width[c] - display_width(row[c])), ' ');
            if (c > 0) out += "  ";
            const bool left = c < align.size() && align[c] == 'l';
            out += left ? row[c] + (c + 1 < row.size() ? pad : "") : pad + row[c];
        }
        return out + "\n";
    };
    std::string out = line(header);
    std::vector<std::string> dashes;
    for (int w : width) dashes.push_back(std::string(std::size_t(w), '-'));
    out += line(dashes);
    for (const auto& row : rows) out += line(row);
    return out;
}

std::string share_not_rounded_up(double value, int places) {
    const double whole = places == 0 ? 100.0 : 1.0;
    if (std::isnan(value) || value >= whole || value < 0) return fixed(value, places);
    for (int p = places; p < places + 4; ++p) {
        const std::string shown = fixed(value, p);
        if (std::stod(shown) < whole) return shown;
    }
    const double scale = std::pow(10.0, places + 4);
    return fixed(std::floor(value * scale) / scale, places + 4);
}

}  // namespace openras
