#pragma once
// Works out the facts a council's plan checks read (rules/expression/plan_facts.hpp) from a
// plan, its costing and its budget.
#include "alloc/plan/plan_budget.hpp"
#include "alloc/plan/plan_costing.hpp"
#include "alloc/plan/support_plan.hpp"
#include "rules/expression/plan_facts.hpp"
#include "rules/ruleset.hpp"

#include <optional>

namespace openras {

// Fills `facts`, reusing its storage. `budget_for_period` is the budget over the plan period.
void build_plan_facts(const SupportPlan& plan, const PlanCosting& costing, const PlanBudget& budget,
                      Money budget_for_period, const RuleSet& rules, expr::PlanFacts& facts);

// Calendar months from `from` to `to` as an exact number: the whole months, counting a month on
// from the same day of the month (31 January + 1 month is 28 or 29 February), and then the
// days left as a share of the month that follows. 15 January to 15 July is 6; 1 June 2026 to
// 16 June 2027 is 12 15/30. 0 when `to` is not after `from`.
Rational months_between(const Date& from, const Date& to);

// `from` plus `months` calendar months, on the same day of the month or the month's last day.
Date add_months(const Date& from, int months);

// The review before review `index` in date order (ties in file order), if any.
std::optional<Date> previous_review(const SupportPlan& plan, std::size_t index);

// How a line's money is held: its own `held_as`, else the plan's unless that is a mix.
std::optional<MoneyHeldAs> line_held_as(const SupportPlan& plan, const SupportLine& line);

}  // namespace openras
