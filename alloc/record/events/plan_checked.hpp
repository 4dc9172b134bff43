#pragma once
// "plan-checked": the council's check of a submitted plan. Payload
// {budget_event?, budget_input: {known, weekly_pence, origin}, result: <the plan check document,
// alloc/plan/plan_report.hpp>}; refers_to the plan; rule_set names the rules that checked it.
// budget_event is the indicative budget checked against, or the agreed final budget when the
// plan is checked again after one is agreed.
//
// The check document is kept whole, as recorded, so that it is stored and replayed byte for
// byte; `figures` is what people are shown of it, read from it field by field.
#include "alloc/plan/plan_checker.hpp"
#include "alloc/record/events/payload_fields.hpp"
#include "rules/money.hpp"

#include <optional>
#include <string>
#include <vector>

namespace openras::events {

struct RecordedFinding {
    std::string severity, message, field;
};

struct RecordedPlanCheckFigures {
    std::int64_t blockers = 0, warnings = 0;
    bool can_be_confirmed = false;
    bool refer_to_panel = false;
    Money plan_weekly;                // what the plan costs a week
    std::optional<Money> budget_weekly;  // the budget it was checked against, when known
    std::vector<RecordedFinding> findings;
};

struct PlanChecked {
    std::optional<EventId> budget_event;
    PlanBudget budget_input;
    nlohmann::json result;  // the plan check document as recorded
    RecordedPlanCheckFigures figures;

    static bool is_kind(EventType type) { return type == EventType::PlanChecked; }
    static PlanChecked of(const SupportPlan& plan, const PlanCheckResult& result, const RuleSet& rules,
                          const PlanBudget& budget, std::optional<EventId> budget_event);
    nlohmann::json payload() const;
    static PlanChecked decode(const PayloadFields& fields);
};

}  // namespace openras::events
