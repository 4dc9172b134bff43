#pragma once
// The budget a plan spends, and where that figure came from: what the plan checker checks a
// plan against, and what the plan's facts are worked out from (plan_checker, plan_facts_builder).
#include "rules/money.hpp"
#include "rules/ruleset.hpp"

#include <string>

namespace openras {

struct PlanBudget {
    bool known = false;
    Money weekly;
    std::string origin;  // "the plan file", "--budget", "the indicative budget for answers.toml"
};

// The budget for a number of days: the weekly budget × days / 7, rounded once by the rule set's
// rule. The one way a budget over a period (a plan's, or the kiosk's "over a year") is worked
// out, so the same days always give the same pence.
inline Money budget_for_days(Money weekly, std::int64_t days, RoundingRule rounding) {
    return Money::round(weekly.exact() * Rational(days) / Rational(7), rounding);
}

}  // namespace openras
