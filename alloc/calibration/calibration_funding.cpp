#include "alloc/calibration/calibration_funding.hpp"

#include "alloc/io/csv_reader.hpp"
#include "alloc/report/line_description.hpp"
#include "alloc/report/report_format.hpp"

#include <algorithm>

namespace openras {
namespace {

void count(GroupFunding& g, Money current, Money proposed) {
    ++g.people;
    g.current_pence += current.pence();
    g.new_pence += proposed.pence();
    if (proposed > current) ++g.over;
    else if (proposed < current) ++g.under;
    else ++g.same;
}

// The shortfall allowed before a person is listed: the share of their current cost, or the amount.
Rational allowed_shortfall(const FundingMargin& margin, Money current) {
    if (margin.amount) return margin.amount->exact();
    return current.exact() * margin.share.value_or(Rational(0));
}

}  // namespace

std::string FundingMargin::to_string() const {
    if (amount) return amount->to_string();
    return percent_text(share.value_or(Rational(0)));
}

std::optional<FundingMargin> parse_funding_margin(std::string_view text) {
    FundingMargin margin;
    if (text.substr(0, 2) == "\u00a3") {
        margin.amount = Money::parse(text);
        if (!margin.amount || *margin.amount < Money{}) return std::nullopt;
        return margin;
    }
    std::string as_percent(text);
    if (!as_percent.empty() && as_percent.back() != '%') as_percent += '%';
    margin.share = Rational::parse_decimal(as_percent);
    if (!margin.share || margin.share->is_negative() || *margin.share > Rational(1)) return std::nullopt;
    return margin;
}

FundingComparison compare_funding(const std::vector<CalibrationCase>& group, const std::vector<Money>& new_annual,
                                  const FundingMargin& margin) {
    FundingComparison out;
    out.margin = margin;
    std::vector<GroupFunding> by_group(kClientGroupCount);
    for (std::size_t g = 0; g < kClientGroupCount; ++g) by_group[g].group = kClientGroups[g];
    for (std::size_t i = 0; i < group.size(); ++i) {
        const Money current = group[i].annual_cost;
        count(by_group[std::size_t(group[i].group)], current, new_annual[i]);
        count(out.everyone, current, new_annual[i]);
        if ((current - new_annual[i]).exact() > allowed_shortfall(margin, current))
            out.shortfalls.push_back(Shortfall{i, current, new_annual[i]});
    }
    for (const GroupFunding& g : by_group)
        if (g.people > 0) out.groups.push_back(g);
    std::stable_sort(out.shortfalls.begin(), out.shortfalls.end(),
                     [](const Shortfall& a, const Shortfall& b) { return a.shortfall() > b.shortfall(); });
    return out;
}

std::string shortfalls_csv(const FundingComparison& funding, const std::vector<CalibrationCase>& group) {
    std::string out = "person,client_group,points,current_annual_cost,new_annual_amount,shortfall,change_percent\n";
    for (const Shortfall& s : funding.shortfalls) {
        const CalibrationCase& person = group[s.person];
        std::string change = percent_change(s.current_annual.pence(), s.new_annual.pence());
        if (!change.empty()) change.pop_back();  // the header says it is a percentage
        out += csv_field(person.person) + "," + client_group_id(person.group) + "," +
               person.points.to_decimal_string() + "," + s.current_annual.to_plain_string() + "," +
               s.new_annual.to_plain_string() + "," + s.shortfall().to_plain_string() + "," + change + "\n";
    }
    return out;
}

}  // namespace openras
