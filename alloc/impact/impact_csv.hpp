#pragma once
// The impact files for analysts, format 1. Both are CSV as csv_reader.hpp reads it, with `#`
// notes first (the rule sets compared, their hashes, and "SYNTHETIC DATA" when the caseload is).
//
// impact-people.csv: one row per person, in caseload order.
//   person, client_group     as in the caseload
//   old_weekly, new_weekly   the indicative weekly budget under each rule set, pounds and pence
//   weekly_change            new − old, signed ("-12.40")
//   weekly_change_percent    to one decimal place; empty when the old amount was 0
//   old_annual, new_annual, annual_change   the same a year (each rule set's own weeks a year)
//   outcome                  gain, lose or same
//   old_panel, new_panel     the panel thresholds crossed, ids separated by ";" (empty: none)
//   changed_lines            the explanation lines whose pence changed, by rule reference
//                            ("domain.personal_care;rule.waking_nights"), ";" between them
//   explanation              the same in plain words with old and new amounts and their causes
//
// impact-groups.csv: one row per client group present, then "everyone".
//   client_group, people, gain, lose, same,
//   old_weekly_total, new_weekly_total, weekly_change_total,
//   old_annual_total, new_annual_total, annual_change_total,
//   median_weekly_change, largest_weekly_loss, largest_weekly_gain,
//   newly_referred, no_longer_referred,
//   then one column per band of weekly change (lose_100_or_more ... gain_100_or_more): people.
#include "alloc/impact/impact_summary.hpp"

#include <string>
#include <vector>

namespace openras {

std::string impact_people_csv(const Caseload& caseload, const ImpactRun& run, const ImpactExplainer& explainer,
                              const RuleSet& from, const RuleSet& to, const std::vector<std::string>& notes);
std::string impact_groups_csv(const ImpactSummary& summary, const std::vector<std::string>& notes);

}  // namespace openras
