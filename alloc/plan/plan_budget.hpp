#pragma once
// The budget a plan spends, and where that figure came from: what the plan checker checks a
// plan against, and what the plan's facts are worked out from (plan_checker, plan_facts_builder).
#include "rules/money.hpp"

#include <string>

namespace openras {

struct PlanBudget {
    bool known = false;
    Money weekly;
    std::string origin;  // "the plan file", "--budget", "the indicative budget for answers.toml"
};

}  // namespace openras
