#pragma once
// What a calibrated RAS would give the test group against what their support costs today: over-
// and under-funding by client group, and the people who would fall short by more than a chosen
// margin. Amounts are annual and exact pence.
#include "alloc/calibration/calibration.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace openras {

// How far below today's cost counts as a shortfall worth listing: a share ("10%") or an amount
// ("£500"). Exactly one is set.
struct FundingMargin {
    std::optional<Rational> share;
    std::optional<Money> amount;
    std::string to_string() const;  // "10%" or "£500.00"
};
// "10", "10%" → 10%; "£500", "£500.00" → £500. nullopt when it is neither, or negative.
std::optional<FundingMargin> parse_funding_margin(std::string_view text);

struct GroupFunding {
    ClientGroup group = ClientGroup::Other;
    std::size_t people = 0;
    std::int64_t current_pence = 0;  // annual
    std::int64_t new_pence = 0;      // annual
    std::size_t over = 0, under = 0, same = 0;

    std::int64_t difference_pence() const { return new_pence - current_pence; }
};

struct Shortfall {
    std::size_t person = 0;  // index into the test group
    Money current_annual;
    Money new_annual;
    Money shortfall() const { return current_annual - new_annual; }
};

struct FundingComparison {
    std::vector<GroupFunding> groups;  // the groups present, in the usual order
    GroupFunding everyone;
    FundingMargin margin;
    std::vector<Shortfall> shortfalls;  // largest first, then by person
};

// `new_annual[i]` is what the new RAS gives `group[i]` in the calibrated stream, a year.
FundingComparison compare_funding(const std::vector<CalibrationCase>& group, const std::vector<Money>& new_annual,
                                  const FundingMargin& margin);

// Every shortfall as CSV, largest first:
//   person,client_group,points,current_annual_cost,new_annual_amount,shortfall,change_percent
// Amounts in pounds and pence (14250.00); the change as a signed percentage to one place.
std::string shortfalls_csv(const FundingComparison& funding, const std::vector<CalibrationCase>& group);

}  // namespace openras
