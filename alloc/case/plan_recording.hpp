#pragma once
// Recording a support plan and its check in the decision record: the plan exactly as written
// ("plan-submitted") and the council's check of it ("plan-checked", the plan_check_json document
// with the budget it was checked against and the rule set that checked it), appended together.
#include "alloc/case/case_actions.hpp"
#include "alloc/plan/plan_checker.hpp"

#include <optional>
#include <string>
#include <vector>

namespace openras {

struct RecordedPlan {
    EventId plan_event = 0;
    EventId check_event = 0;
    PlanCheckResult result;
};

// The plan is checked with the rule set in force on its date, against the indicative budget of
// `budget_event`, or else the person's latest one in the record, or else the plan's own [budget].
// `reference`, when given, is recorded with the plan (alloc/record/plan_reference.hpp): what
// the person keeps to find it again. Throws OpenRasError for a plan file with problems (the
// first one, with file:line:col).
RecordedPlan record_plan(DecisionStore& store, const std::string& plan_text, const std::string& source, const Actor& actor,
                         const std::vector<RuleSetSource>& rule_sets, std::optional<EventId> budget_event = std::nullopt,
                         const std::string& reference = {});

// After a final budget is agreed (event `final_budget_event`), the person's latest plan is
// checked again against that amount, with the rule set that checked it before, and the check
// recorded ("plan-checked" naming the final budget as its budget_event), so that whether the
// plan can be confirmed follows the agreed figure. Nothing is recorded, and nullopt returned,
// when the person has no checked plan. Throws OpenRasError when the event is not a final
// budget or the stored plan or rule set does not load.
std::optional<RecordedPlan> recheck_plan_against_final_budget(DecisionStore& store, const Actor& actor,
                                                              EventId final_budget_event);

struct AgreedFinalBudget {
    EventId final_budget_event = 0;
    std::optional<RecordedPlan> recheck;  // none when the person has no checked plan
};

// Agrees a final budget (as agree_final_budget) and records the re-check of the person's plan
// against it (as recheck_plan_against_final_budget) in one transaction: both are recorded or
// neither, so a failed re-check never leaves a final budget that no check of the plan follows,
// and a retry never records it twice.
AgreedFinalBudget agree_final_budget_and_recheck_plan(DecisionStore& store, const std::string& person,
                                                      const Actor& actor, std::optional<EventId> budget_event,
                                                      Money weekly, const std::string& reason);

}  // namespace openras
