#include "alloc/record/events/plan_checked.hpp"

#include "alloc/plan/plan_report.hpp"

namespace openras::events {
namespace {

nlohmann::json budget_input_json(const PlanBudget& budget) {
    return {{"known", budget.known}, {"weekly_pence", budget.weekly.pence()}, {"origin", budget.origin}};
}

PlanBudget budget_input_of(const PayloadFields& input) {
    return {input.yes_no("known"), Money::from_pence(input.whole_number("weekly_pence")), input.text("origin")};
}

RecordedPlanCheckFigures figures_of(const PayloadFields& result) {
    RecordedPlanCheckFigures out;
    const PayloadFields counts = result.inner("counts");
    out.blockers = counts.whole_number("blocker");
    out.warnings = counts.whole_number("warning");
    out.can_be_confirmed = result.yes_no("can_be_confirmed");
    out.refer_to_panel = result.yes_no("refer_to_panel");
    out.plan_weekly = Money::from_pence(result.inner("costing").whole_number("weekly_pence"));
    const PayloadFields budget = result.inner("budget");
    if (budget.yes_no("known")) out.budget_weekly = Money::from_pence(budget.whole_number("weekly_pence"));
    const nlohmann::json& findings = result.array("findings");
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const PayloadFields finding(findings[i], result.field("findings[" + std::to_string(i) + "]"));
        out.findings.push_back({finding.text("severity"), finding.text("message"), finding.text("field")});
    }
    return out;
}

}  // namespace

PlanChecked PlanChecked::of(const SupportPlan& plan, const PlanCheckResult& result, const RuleSet& rules,
                            const PlanBudget& budget, std::optional<EventId> budget_event) {
    PlanChecked out;
    out.budget_event = budget_event;
    out.budget_input = budget;
    out.result = nlohmann::json(plan_check_json(plan, result, rules));
    out.figures = figures_of(PayloadFields(out.result, "result"));
    return out;
}

nlohmann::json PlanChecked::payload() const {
    nlohmann::json out = {{"budget_input", budget_input_json(budget_input)}, {"result", result}};
    if (budget_event) out["budget_event"] = *budget_event;
    return out;
}

PlanChecked PlanChecked::decode(const PayloadFields& fields) {
    PlanChecked out;
    if (const std::optional<std::int64_t> id = fields.optional_whole_number("budget_event")) {
        if (*id <= 0) fields.refuse(ErrorCode::InvalidValue, "the budget event must be an event id", "budget_event");
        out.budget_event = EventId(*id);
    }
    out.budget_input = budget_input_of(fields.inner("budget_input"));
    out.result = fields.object("result");
    out.figures = figures_of(fields.inner("result"));
    return out;
}

}  // namespace openras::events
