#pragma once
// The two ways a budget leaves the program: a plain-text explanation for people, and a
// stable JSON document for other programs. Both are byte-for-byte deterministic for the same
// inputs and rule-set hash, so golden files and replays can compare them exactly.
//
// JSON document, format 1 (keys in this order):
//   format              1
//   person, assessment_date ("YYYY-MM-DD")
//   rule_set            { id, version, title, authority, effective_from, effective_to|null,
//                         hash, rounding, weeks_per_year }
//   weekly_pence, annual_pence      whole pence (integers); annual = weekly × weeks_per_year
//   annual_rounding_pence           annual less the sum of the streams' annual amounts
//   weekly, annual                  the same as "285.90"
//   total_points                    exact decimal text
//   domains             [{ id, title, raw_points, share_kept, points }]
//   streams             [{ id, title, restrictions, method, points, weekly_pence, annual_pence,
//                          band: {from, to|null}|null }]
//   refer_to_panel      true/false
//   panel_referrals     [{ id, message, citation }]
//   explanation         [{ line, stream, kind, rule, title, detail, citation: {text, url},
//                          inputs: {name: value}, pence }]
// Points and shares are strings so that fractions stay exact.
#include "alloc/report/report_words.hpp"
#include "rules/indicative_budget.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace openras {

// In `words`' language (`openras budget --language cy`): the report's words, the rule set's
// texts in it and its dates; amounts, ids and citations as they are. The JSON document is the
// stable one, in the rule set's own words, whatever the language.
std::string budget_text(const IndicativeBudget& budget, const ReportWords& words = ReportWords::english());
nlohmann::ordered_json budget_json(const IndicativeBudget& budget);
// The document's "rule_set" member: which rules, in force when, rounded how.
nlohmann::ordered_json rule_set_json(const RuleSet& rules);

}  // namespace openras
