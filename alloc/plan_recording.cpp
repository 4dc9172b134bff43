#include "alloc/plan_recording.hpp"

#include "alloc/plan_file.hpp"
#include "alloc/plan_report.hpp"

#include <map>

namespace openras {
namespace {

struct ChosenRules {
    std::shared_ptr<const RuleSet> rules;
    std::string text;
};

ChosenRules rules_in_force(const std::vector<RuleSetSource>& sources, const Date& day) {
    std::map<std::string, std::string> text_by_hash;
    const RuleLibrary library = load_rule_sources(sources, text_by_hash);
    std::shared_ptr<const RuleSet> rules = library.in_force_on(day);
    return {rules, text_by_hash.at(rules->hash)};
}

PlanBudget budget_to_check_against(const DecisionStore& store, const SupportPlan& plan,
                                   std::optional<EventId>& budget_event) {
    std::optional<StoredEvent> indicative = budget_event ? store.event(*budget_event)
                                                         : store.latest_of(plan.person, EventType::IndicativeBudgetComputed);
    if (indicative && indicative->known_type() == EventType::IndicativeBudgetComputed) {
        budget_event = indicative->id;
        const std::int64_t pence = indicative->payload_json().at("budget").value("weekly_pence", std::int64_t(0));
        return {true, Money::from_pence(pence), "the indicative budget recorded as event " + std::to_string(indicative->id)};
    }
    if (budget_event)
        throw OpenRasError(Error{ErrorCode::InvalidValue, "event " + std::to_string(*budget_event) + " is not an indicative budget",
                                 SourceLocation{{}, 0, 0, "--budget-event"}});
    if (plan.budget.weekly)
        return {true, *plan.budget.weekly,
                (plan.budget.kind.empty() ? std::string("from") : plan.budget.kind + ", from") + " the plan's [budget]"};
    return {};
}

}  // namespace

nlohmann::json plan_budget_json(const PlanBudget& budget) {
    return {{"known", budget.known}, {"weekly_pence", budget.weekly.pence()}, {"origin", budget.origin}};
}

PlanBudget plan_budget_from_json(const nlohmann::json& input) {
    return {input.value("known", false), Money::from_pence(input.value("weekly_pence", std::int64_t(0))),
            input.value("origin", std::string())};
}

RecordedPlan record_plan(DecisionStore& store, const std::string& plan_text, const std::string& source, const Actor& actor,
                         const std::vector<RuleSetSource>& rule_sets, std::optional<EventId> budget_event) {
    PlanLoad load = plan_from_toml_text(plan_text, source);
    if (!load.plan) throw OpenRasError(load.problems.errors().front());
    const SupportPlan& plan = *load.plan;
    const ChosenRules chosen = rules_in_force(rule_sets, plan.rules_date());
    const PlanBudget budget = budget_to_check_against(store, plan, budget_event);
    RecordedPlan recorded;
    recorded.result = PlanChecker(chosen.rules).check(plan, budget);

    std::vector<NewEvent> events(2);
    events[0].type = EventType::PlanSubmitted;
    events[0].payload = {{"plan_toml", plan_text}, {"source", source}};
    events[1].type = EventType::PlanChecked;
    events[1].refers_to_batch_index = 0;
    events[1].rule_set = RuleSetText{chosen.rules->hash, chosen.text};
    events[1].payload = {{"budget_input", plan_budget_json(budget)},
                         {"result", nlohmann::json(plan_check_json(plan, recorded.result, *chosen.rules))}};
    if (budget_event) events[1].payload["budget_event"] = *budget_event;
    for (NewEvent& e : events) {
        e.person = plan.person;
        e.actor = actor;
    }
    const std::vector<EventId> ids = store.append(std::move(events));
    recorded.plan_event = ids[0];
    recorded.check_event = ids[1];
    return recorded;
}

}  // namespace openras
