#include "alloc/case/case_actions.hpp"

#include "alloc/budget/budget_report.hpp"
#include "alloc/budget/budget_service.hpp"
#include "alloc/record/events/recorded_events.hpp"
#include "rules/ruleset_loader.hpp"

#include <map>

namespace openras {
namespace {

[[noreturn]] void refuse(ErrorCode code, const std::string& why, const std::string& field);

// A final budget above a weekly amount at which the rule set sends a budget to the funding
// panel (a threshold's `weekly_above`) is the panel's to agree: a social worker alone may not
// (Care and Support Statutory Guidance, ch. 11: the council's own sign-off above its limits).
// The rule set is the one that worked out the indicative budget, as the record keeps it.
void require_panel_for_amount(const DecisionStore& store, const StoredEvent& indicative, const Actor& actor, Money weekly) {
    if (actor.role == Role::PanelMember || !indicative.rule_set) return;
    const std::optional<std::string> text = store.rule_set_text(*indicative.rule_set);
    if (!text) return;
    const RuleSetLoad rules = load_rule_set(*text, "the record's rule set " + *indicative.rule_set);
    if (!rules.rule_set) return;
    for (const Threshold& t : rules.rule_set->thresholds) {
        if (!t.weekly_above || weekly <= *t.weekly_above) continue;
        refuse(ErrorCode::Permission,
               "a final budget of " + weekly.to_string() + " a week is above " + t.weekly_above->to_string() +
                   " a week, where the rules send a budget to the funding panel (\"" + t.id +
                   "\"): only a panel member may agree it",
               "role");
    }
}

[[noreturn]] void refuse(ErrorCode code, const std::string& why, const std::string& field) {
    throw OpenRasError(Error{code, why, SourceLocation{{}, 0, 0, field}});
}

std::optional<EventId> latest_id(const DecisionStore& store, const std::string& person, EventType type) {
    const std::optional<StoredEvent> found = store.latest_of(person, type);
    return found ? std::optional<EventId>(found->id) : std::nullopt;
}

}  // namespace

RuleLibrary load_rule_sources(const std::vector<RuleSetSource>& sources, std::map<std::string, std::string>& text_by_hash) {
    RuleLibrary library;
    Diagnostics problems;
    for (const RuleSetSource& source : sources) {
        RuleSetLoad load = load_rule_set(source.text, source.name);
        problems.append(load.problems);
        if (!load.rule_set) continue;
        text_by_hash.emplace(load.rule_set->hash, source.text);
        library.add(load.rule_set, problems);
    }
    if (!problems.empty()) throw OpenRasError(problems.errors().front());
    if (library.empty()) refuse(ErrorCode::MissingField, "no rule set was given", "rules");
    return library;
}

EventId register_person(DecisionStore& store, const std::string& person, const Actor& actor, const std::string& note) {
    return store.append(events::new_event(EventType::PersonRegistered, person, actor, events::PersonRegistered{note}.payload()));
}

RecordedBudget record_assessment(DecisionStore& store, const Assessment& assessment, const Actor& actor,
                                 const std::vector<RuleSetSource>& rule_sets) {
    if (assessment.person.empty())
        refuse(ErrorCode::MissingField, "the answers do not say whose they are", assessment.source + ": assessment.person");
    std::map<std::string, std::string> text_by_hash;
    BudgetService service(load_rule_sources(rule_sets, text_by_hash));
    RecordedBudget recorded;
    recorded.budget = service.compute(assessment, true);
    const events::IndicativeBudgetComputed computed = events::IndicativeBudgetComputed::of(assessment, recorded.budget);

    std::vector<NewEvent> batch;
    batch.push_back(events::new_event(EventType::AssessmentRecorded, assessment.person, actor, computed.assessment.payload()));
    batch.push_back(events::new_event(EventType::IndicativeBudgetComputed, assessment.person, actor, computed.payload()));
    batch[1].refers_to_batch_index = 0;
    batch[1].rule_set = RuleSetText{recorded.budget.rules->hash, text_by_hash.at(recorded.budget.rules->hash)};
    const std::vector<EventId> ids = store.append(std::move(batch));
    recorded.assessment_event = ids[0];
    recorded.budget_event = ids[1];
    return recorded;
}

EventId decide_plan(DecisionStore& store, EventType decision, const std::string& person, const Actor& actor,
                    std::optional<EventId> plan_event, const std::string& reason) {
    if (!is_plan_decision(decision)) refuse(ErrorCode::InvalidValue, "not a decision on a plan", "type");
    NewEvent e = events::new_event(decision, person, actor, events::PlanDecision{reason}.payload());
    e.refers_to = plan_event;
    if (!e.refers_to) e.refers_to = latest_id(store, person, EventType::PlanChecked);
    if (!e.refers_to) e.refers_to = latest_id(store, person, EventType::PlanSubmitted);
    return store.append(std::move(e));
}

EventId agree_final_budget(DecisionStore& store, const std::string& person, const Actor& actor,
                           std::optional<EventId> budget_event, Money weekly, const std::string& reason) {
    return store.append(final_budget_event(store, person, actor, budget_event, weekly, reason));
}

NewEvent final_budget_event(const DecisionStore& store, const std::string& person, const Actor& actor,
                            std::optional<EventId> budget_event, Money weekly, const std::string& reason) {
    if (!budget_event) budget_event = latest_id(store, person, EventType::IndicativeBudgetComputed);
    if (!budget_event)
        refuse(ErrorCode::UnknownName, person + " has no indicative budget in the record to agree a final budget for",
               "person");
    const std::optional<StoredEvent> indicative = store.event(*budget_event);
    if (indicative) require_panel_for_amount(store, *indicative, actor, weekly);
    events::FinalBudgetAgreed agreed{weekly, -1, reason};
    if (indicative && indicative->known_type() == EventType::IndicativeBudgetComputed)
        agreed.indicative_weekly_pence = events::read_event<events::IndicativeBudgetComputed>(*indicative).figures.weekly.pence();
    NewEvent e = events::new_event(EventType::FinalBudgetAgreed, person, actor, agreed.payload());
    e.refers_to = budget_event;
    return e;
}

EventId schedule_review(DecisionStore& store, const std::string& person, const Actor& actor,
                        const boost::gregorian::date& day, const std::string& reason) {
    return store.append(
        events::new_event(EventType::ReviewScheduled, person, actor, events::ReviewScheduled{day, reason}.payload()));
}

EventId complete_review(DecisionStore& store, const std::string& person, const Actor& actor,
                        const boost::gregorian::date& day, std::optional<EventId> scheduled_event,
                        const std::string& findings) {
    NewEvent e = events::new_event(EventType::ReviewCompleted, person, actor, events::ReviewCompleted{day, findings}.payload());
    e.refers_to = scheduled_event ? scheduled_event : latest_id(store, person, EventType::ReviewScheduled);
    return store.append(std::move(e));
}

EventId record_correction(DecisionStore& store, const Actor& actor, EventId corrected, const std::string& reason,
                          const std::string& details) {
    const std::optional<StoredEvent> original = store.event(corrected);
    if (!original) refuse(ErrorCode::UnknownName, "there is no event " + std::to_string(corrected) + " to correct", "event");
    NewEvent e = events::new_event(EventType::Correction, original->person, actor, events::Correction{reason, details}.payload());
    e.refers_to = corrected;
    return store.append(std::move(e));
}

EventId record_dispute(DecisionStore& store, const std::string& person, const Actor& actor,
                       std::optional<EventId> disputed, const std::string& reason) {
    NewEvent e = events::new_event(EventType::DisputeRecorded, person, actor, events::DisputeRecorded{reason}.payload());
    e.refers_to = disputed;
    return store.append(std::move(e));
}

}  // namespace openras
