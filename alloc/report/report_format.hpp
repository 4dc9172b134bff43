#pragma once
// Small pieces of wording shared by the calibration and impact reports: amounts with signs,
// exact figures shown to a few places, whole numbers with thousands separators, and table
// columns padded by characters (so "£" and "→" line up).
#include "rules/money.hpp"
#include "rules/rational.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace openras {

// "£3.2745…" for exact pence that do not end within `places` decimal places of a pound;
// "£3.20" or "£3.205" when they do.
std::string exact_pounds(const Rational& pence, int places = 4);
// `value` rounded half-up to `places` decimal places, exactly: "0.9025", "467.8012…".
std::string exact_decimal(const Rational& value, int places = 4);
// "+£5.00", "-£5.00", "£0.00".
std::string signed_money(Money amount);
std::string signed_money_pence(std::int64_t pence);
// "100,000".
std::string whole_number(std::int64_t value);
// Points with thousands separators: "6,754,557.75"; fractions as points_text() writes them.
std::string grouped_points(const Rational& points);
// A double to a fixed number of places, "0.81"; "-" for not-a-number.
std::string fixed(double value, int places);
// A share (a fraction up to 1, or with `places` 0 a percentage up to 100) as `fixed` writes
// it, with more decimals when it is close to but not quite its whole: 0.999 is "0.999" and 99.9
// is "99.9", never "1.00" or "100", so a fit that explains nearly everything never reads as one
// that explains everything.
std::string share_not_rounded_up(double value, int places);
// The change from `before` to `after` as "+2.8%"; "" when `before` is 0.
std::string percent_change(std::int64_t before, std::int64_t after);

// A plain-text table: columns padded to their widest cell, two spaces apart, a rule of dashes
// under the header. `align` has one letter per column, 'l' (left) or 'r' (right); columns past
// its end are right-aligned.
std::string text_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                       const std::string& align = "l", int indent = 2);

}  // namespace openras
