#pragma once
// How a plan's costing and check leave the program: text for people and a stable JSON
// document for other programs (the kiosk among them). Both are byte-for-byte the same for the
// same plan, budget and rule-set hash.
//
// JSON, format 1, keys in this order. Money is whole pence (integers, keys ending `_pence`);
// exact amounts before rounding, and quantities, are strings ("7550", "3650/7"); dates are
// "YYYY-MM-DD".
//   plan_cost_json:
//     format              1
//     person
//     plan_period         { start, end, days }
//     costed_with         { rule_set, version, hash, rounding, weeks_per_year }
//     lines               [{ line (from 1), field ("lines[0]"), kind, description, provider,
//                            costed, missing (field name or null), first, last (the days
//                            costed, or null), inside_plan, units, exact_pence, pence,
//                            weekly_pence, by_year: [{ year ("2026/27"), pence }] }]
//     rounding_pence      total − the sum of the lines
//     total_pence, weekly_pence, annual_pence
//     years               [{ year, first, last, days, pence, rounding_pence }]
//   plan_check_json: format, person, plan_period, then
//     rule_set            { id, version, title, authority, effective_from, effective_to|null,
//                           hash, rounding, weeks_per_year }
//     budget              { known, origin, weekly_pence, for_period_pence, difference_pence }
//     costing             { costed_with ... years } as plan_cost_json without format, person
//                           and plan_period
//     can_be_confirmed    true when there is no blocker
//     refer_to_panel      true when a finding sends the plan to the funding panel
//     counts              { blocker, warning, information }
//     findings            [{ severity, rule, field, message, figures: [{ name, value }],
//                            citation: { text, url }, refer_to_panel }]
#include "alloc/plan/plan_checker.hpp"
#include "alloc/plan/plan_costing.hpp"
#include "alloc/plan/support_plan.hpp"
#include "alloc/report/report_words.hpp"
#include "rules/ruleset.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace openras {

// `rules` names the rule set whose rounding and weeks a year the costing used.
// In `words`' language (`openras plan check --language cy`); the JSON documents stay in the
// rule set's own words.
std::string plan_cost_text(const SupportPlan& plan, const PlanCosting& costing, const RuleSet& rules,
                           const ReportWords& words = ReportWords::english());
nlohmann::ordered_json plan_cost_json(const SupportPlan& plan, const PlanCosting& costing, const RuleSet& rules);

// The findings' messages are as the checker wrote them (PlanChecker::set_language).
std::string plan_check_text(const SupportPlan& plan, const PlanCheckResult& result, const RuleSet& rules,
                            const ReportWords& words = ReportWords::english());
nlohmann::ordered_json plan_check_json(const SupportPlan& plan, const PlanCheckResult& result, const RuleSet& rules);

// "Personal assistant: help to get up" and "10 hours a week × £14.50 an hour": how a support
// line reads, shared by the text report and, later, the kiosk.
std::string support_line_title(const SupportLine& line, std::size_t index, const ReportWords& words = ReportWords::english());
std::string support_line_terms(const SupportLine& line, const ReportWords& words = ReportWords::english());

}  // namespace openras
