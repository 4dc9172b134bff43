#include "alloc/case/plan_recording.hpp"

#include "alloc/case/plan_status.hpp"

#include "alloc/plan/plan_file.hpp"
#include "alloc/plan/plan_report.hpp"
#include "rules/ruleset_loader.hpp"

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
        const Money weekly = events::read_event<events::IndicativeBudgetComputed>(*indicative).figures.weekly;
        return {true, weekly, "the indicative budget recorded as event " + std::to_string(indicative->id)};
    }
    if (budget_event)
        throw OpenRasError(Error{ErrorCode::InvalidValue, "event " + std::to_string(*budget_event) + " is not an indicative budget",
                                 SourceLocation{{}, 0, 0, "--budget-event"}});
    if (plan.budget.weekly)
        return {true, *plan.budget.weekly,
                (plan.budget.kind.empty() ? std::string("from") : plan.budget.kind + ", from") + " the plan's [budget]"};
    return {};
}

[[noreturn]] void cannot_recheck(const std::string& why) {
    throw OpenRasError(Error{ErrorCode::InvalidValue, why, SourceLocation{{}, 0, 0, "final_budget_event"}});
}

}  // namespace

RecordedPlan record_plan(DecisionStore& store, const std::string& plan_text, const std::string& source, const Actor& actor,
                         const std::vector<RuleSetSource>& rule_sets, std::optional<EventId> budget_event,
                         const std::string& reference) {
    PlanLoad load = plan_from_toml_text(plan_text, source);
    if (!load.plan) throw OpenRasError(load.problems.errors().front());
    const SupportPlan& plan = *load.plan;
    // A reference finds one plan only (39 random bits make a repeat all but impossible; a
    // repeat is refused rather than recorded).
    if (!reference.empty() && plan_status(store, reference))
        throw OpenRasError(Error{ErrorCode::Duplicate, "the reference " + reference + " is already another plan's",
                                 SourceLocation{{}, 0, 0, "reference"}});
    const ChosenRules chosen = rules_in_force(rule_sets, plan.rules_date());
    const PlanBudget budget = budget_to_check_against(store, plan, budget_event);
    RecordedPlan recorded;
    recorded.result = PlanChecker(chosen.rules).check(plan, budget);

    const events::PlanChecked checked = events::PlanChecked::of(plan, recorded.result, *chosen.rules, budget, budget_event);
    std::vector<NewEvent> batch;
    batch.push_back(events::new_event(EventType::PlanSubmitted, plan.person, actor, events::PlanSubmitted{plan_text, source, reference}.payload()));
    batch.push_back(events::new_event(EventType::PlanChecked, plan.person, actor, checked.payload()));
    batch[1].refers_to_batch_index = 0;
    batch[1].rule_set = RuleSetText{chosen.rules->hash, chosen.text};
    const std::vector<EventId> ids = store.append(std::move(batch));
    recorded.plan_event = ids[0];
    recorded.check_event = ids[1];
    return recorded;
}

namespace {

// The re-check of `person`'s latest checked plan against `agreed` a week, the final budget that
// is (or is about to be) event `final_budget_event`: the event to append, with what it found in
// `recorded`, or nullopt when the person has no checked plan.
std::optional<NewEvent> plan_recheck_event(const DecisionStore& store, const std::string& person, const Actor& actor,
                                           EventId final_budget_event, Money agreed, RecordedPlan& recorded) {
    const std::optional<StoredEvent> submitted = store.latest_of(person, EventType::PlanSubmitted);
    if (!submitted) return std::nullopt;
    std::optional<StoredEvent> checked;
    for (const StoredEvent& e : store.events_of(person))
        if (e.known_type() == EventType::PlanChecked && e.refers_to == submitted->id) checked = e;
    if (!checked || !checked->rule_set) return std::nullopt;

    events::PlanSubmitted plan_text = events::read_event<events::PlanSubmitted>(*submitted);
    plan_text.source = "the plan recorded as event " + std::to_string(submitted->id);
    const SupportPlan plan = plan_text.plan();
    const std::optional<std::string> rules_text = store.rule_set_text(*checked->rule_set);
    if (!rules_text) cannot_recheck("the rule set " + *checked->rule_set + " that checked the plan is not stored in the record");
    RuleSetLoad rules = load_rule_set(*rules_text, "the record's rule set " + *checked->rule_set);
    if (!rules.rule_set) cannot_recheck("the rule set " + *checked->rule_set + " stored in the record does not load");

    const PlanBudget budget{true, agreed, "the final budget agreed as event " + std::to_string(final_budget_event)};
    recorded.plan_event = submitted->id;
    recorded.result = PlanChecker(rules.rule_set).check(plan, budget);
    const events::PlanChecked rechecked = events::PlanChecked::of(plan, recorded.result, *rules.rule_set, budget, final_budget_event);
    NewEvent e = events::new_event(EventType::PlanChecked, person, actor, rechecked.payload());
    e.refers_to = submitted->id;
    e.rule_set = RuleSetText{*checked->rule_set, *rules_text};
    return e;
}

}  // namespace

std::optional<RecordedPlan> recheck_plan_against_final_budget(DecisionStore& store, const Actor& actor,
                                                              EventId final_budget_event) {
    const std::optional<StoredEvent> final_budget = store.event(final_budget_event);
    if (!final_budget || final_budget->known_type() != EventType::FinalBudgetAgreed)
        cannot_recheck("event " + std::to_string(final_budget_event) + " is not an agreed final budget");
    const Money agreed = events::read_event<events::FinalBudgetAgreed>(*final_budget).weekly;
    RecordedPlan recorded;
    std::optional<NewEvent> e = plan_recheck_event(store, final_budget->person, actor, final_budget_event, agreed, recorded);
    if (!e) return std::nullopt;
    recorded.check_event = store.append(std::move(*e));
    return recorded;
}

AgreedFinalBudget agree_final_budget_and_recheck_plan(DecisionStore& store, const std::string& person,
                                                      const Actor& actor, std::optional<EventId> budget_event,
                                                      Money weekly, const std::string& reason) {
    // The re-check names the final budget's id, so both are built for the head as it is and
    // appended only if no other writer has appended since; otherwise they are built again.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const EventId last = store.head().event;
        std::vector<NewEvent> both;
        both.push_back(final_budget_event(store, person, actor, budget_event, weekly, reason));
        AgreedFinalBudget agreed;
        RecordedPlan recorded;
        if (std::optional<NewEvent> recheck = plan_recheck_event(store, person, actor, last + 1, weekly, recorded))
            both.push_back(std::move(*recheck));
        const std::optional<std::vector<EventId>> ids = store.append_if_last_is(last, std::move(both));
        if (!ids) continue;
        agreed.final_budget_event = ids->front();
        if (ids->size() == 2) {
            recorded.check_event = ids->back();
            agreed.recheck = std::move(recorded);
        }
        return agreed;
    }
    cannot_recheck("other writers kept adding to the record; nothing was recorded, try again");
}

}  // namespace openras
