#pragma once
// The support plan file: a plain-text TOML file that a person, their family or a broker can
// write and read, in the same family of format as the rule set. docs/support-plans.md shows a
// whole plan; examples/plans/good-plan.toml is one that passes every check of the model RAS.
//
// The format, section by section (every section but [plan] may be left out; the council's plan
// checks then say what is missing, each beside its field):
//
//   [plan]                       who and when
//     person = "P-0001"          the person's reference (required)
//     start = 2026-06-01         first day of the plan (required; TOML dates, no quotes)
//     end = 2027-05-31           last day, included (required; not before start)
//     date = 2026-05-20          when the plan was written: picks the rule-set version in force
//                                (default: start; `openras plan check --date` overrides it)
//     support_starts = 2026-06-01   reviews are counted from here (default: start)
//
//   [budget]                     the budget the plan spends
//     weekly = "£285.90"         money is always quoted with a pound sign, so it stays exact
//     kind = "indicative"        or "agreed"
//     difference_reason = "..."  why the plan costs more or less than the budget
//
//   [questions]                  the seven questions, in the person's own words:
//     important_to_me, what_to_change, how_supported, how_money_used, how_managed,
//     staying_in_control, making_it_happen      (text each; alloc/plan/support_plan.hpp has them)
//
//   [[outcomes]]                 what the person wants to change or achieve, one table each
//     id = "out-and-about"       referred to by support lines
//     title = "..."
//     met_without_budget = "..." how it is met without paid support, when no line serves it
//
//   [[lines]]                    the costed support, one table each
//     kind = "personal_assistant"   personal_assistant, agency_care, day_activity, short_break,
//                                   equipment, one_off_purchase or other
//     description = "...", provider = "..."
//     unit_cost = "£15.50"       never negative
//     quantity = 10              or "1.5": a whole number, or quoted with at most two places
//     unit = "hours"             hours, sessions, nights or items
//     frequency = "weekly"       weekly (quantity a week), monthly (a calendar month),
//                                on_days (quantity on each of `days`), once (on `date`)
//     days = ["Monday", "Thursday"]   on_days only; "Mon" works too
//     date = 2026-06-10          once only
//     start, end                 the line's own dates (default: the plan's); not for once
//     outcomes = ["out-and-about"]    ids of the outcomes it serves
//     held_as = "direct_payment" how this line's money is held, when the plan's is a mix
//     option = "pa_hour"         a support option from the council's list (the rule set)
//     provider_close_relative = true, provider_lives_with_person = true,
//     council_agreement = "..."  the council's agreement to pay a close relative at home
//
//   [money]                      how the money is held and managed
//     held_as = "mix"            direct_payment, nominated_direct_payment,
//                                individual_service_fund, council_managed, trust or mix
//     managed_by = "...", nominee = "...", fund_holder = "...", support_managed_by = "..."
//
//   [decisions]                  who decides
//     person_decides = true, representative = "...", lacks_capacity = false,
//     capacity_decisions = "...", best_interests_decider = "..."
//
//   [[risks]]        description = "...", mitigation = "..."
//   [contingency]    arrangement = "..." (when support does not turn up), contact = "..."
//   [[actions]]      what = "...", who = "...", by = 2026-05-28
//   [[reviews]]      date = 2026-07-20 (required in each review), note = "..."
//
// What is refused, each problem with file:line:col and its field path (`lines[2].unit_cost`,
// counting from 0 as the kiosk does), all of them in one pass: a file that is not TOML; a date
// that does not exist (2026-02-30); a value of the wrong kind (money not in quotes, a decimal
// quantity not in quotes); a negative cost or quantity; an unknown section or field; a choice
// that is not on its list; an end before a start; an outcome id that no outcome has.
#include "alloc/plan/support_plan.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace openras {

struct PlanLoad {
    std::optional<SupportPlan> plan;  // empty when there is any problem
    Diagnostics problems;             // sorted by location
};

PlanLoad plan_from_toml_text(std::string_view text, const std::string& source);
PlanLoad load_plan_file(const std::string& path);

}  // namespace openras
