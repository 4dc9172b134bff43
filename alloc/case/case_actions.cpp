#include "alloc/case/case_actions.hpp"

#include "alloc/budget/budget_report.hpp"
#include "alloc/budget/budget_service.hpp"
#include "alloc/io/dates.hpp"
#include "rules/ruleset_loader.hpp"

#include <map>

namespace openras {
namespace {

[[noreturn]] void refuse(ErrorCode code, const std::string& why, const std::string& field) {
    throw OpenRasError(Error{code, why, SourceLocation{{}, 0, 0, field}});
}

NewEvent event_of(EventType type, const std::string& person, const Actor& actor) {
    NewEvent e;
    e.type = type;
    e.person = person;
    e.actor = actor;
    return e;
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

nlohmann::json assessment_payload(const Assessment& assessment) {
    nlohmann::json answers = nlohmann::json::object();
    for (const GivenAnswer& given : assessment.answers) answers[given.question] = given.answer;
    return {{"person", assessment.person}, {"date", iso_date(assessment.date)}, {"answers", answers}};
}

EventId register_person(DecisionStore& store, const std::string& person, const Actor& actor, const std::string& note) {
    NewEvent e = event_of(EventType::PersonRegistered, person, actor);
    if (!note.empty()) e.payload["note"] = note;
    return store.append(std::move(e));
}

RecordedBudget record_assessment(DecisionStore& store, const Assessment& assessment, const Actor& actor,
                                 const std::vector<RuleSetSource>& rule_sets) {
    if (assessment.person.empty())
        refuse(ErrorCode::MissingField, "the answers do not say whose they are", assessment.source + ": assessment.person");
    std::map<std::string, std::string> text_by_hash;
    BudgetService service(load_rule_sources(rule_sets, text_by_hash));
    RecordedBudget recorded;
    recorded.budget = service.compute(assessment, true);
    const nlohmann::json answers = assessment_payload(assessment);

    std::vector<NewEvent> events(2);
    events[0] = event_of(EventType::AssessmentRecorded, assessment.person, actor);
    events[0].payload = answers;
    events[1] = event_of(EventType::IndicativeBudgetComputed, assessment.person, actor);
    events[1].refers_to_batch_index = 0;
    events[1].rule_set = RuleSetText{recorded.budget.rules->hash, text_by_hash.at(recorded.budget.rules->hash)};
    events[1].payload = {{"assessment", answers}, {"budget", nlohmann::json(budget_json(recorded.budget))}};
    const std::vector<EventId> ids = store.append(std::move(events));
    recorded.assessment_event = ids[0];
    recorded.budget_event = ids[1];
    return recorded;
}

EventId decide_plan(DecisionStore& store, EventType decision, const std::string& person, const Actor& actor,
                    std::optional<EventId> plan_event, const std::string& reason) {
    if (!is_plan_decision(decision)) refuse(ErrorCode::InvalidValue, "not a decision on a plan", "type");
    NewEvent e = event_of(decision, person, actor);
    e.refers_to = plan_event;
    if (!e.refers_to) e.refers_to = latest_id(store, person, EventType::PlanChecked);
    if (!e.refers_to) e.refers_to = latest_id(store, person, EventType::PlanSubmitted);
    e.payload["reason"] = reason;
    return store.append(std::move(e));
}

EventId agree_final_budget(DecisionStore& store, const std::string& person, const Actor& actor,
                           std::optional<EventId> budget_event, Money weekly, const std::string& reason) {
    if (!budget_event) budget_event = latest_id(store, person, EventType::IndicativeBudgetComputed);
    if (!budget_event)
        refuse(ErrorCode::UnknownName, person + " has no indicative budget in the record to agree a final budget for",
               "person");
    const std::optional<StoredEvent> indicative = store.event(*budget_event);
    std::int64_t indicative_pence = -1;
    if (indicative && indicative->known_type() == EventType::IndicativeBudgetComputed)
        indicative_pence = indicative->payload_json().value("budget", nlohmann::json::object()).value("weekly_pence", std::int64_t(-1));
    NewEvent e = event_of(EventType::FinalBudgetAgreed, person, actor);
    e.refers_to = budget_event;
    e.payload = {{"weekly_pence", weekly.pence()}, {"indicative_weekly_pence", indicative_pence}, {"reason", reason}};
    return store.append(std::move(e));
}

EventId schedule_review(DecisionStore& store, const std::string& person, const Actor& actor,
                        const boost::gregorian::date& day, const std::string& reason) {
    NewEvent e = event_of(EventType::ReviewScheduled, person, actor);
    e.payload = {{"date", iso_date(day)}, {"reason", reason}};
    return store.append(std::move(e));
}

EventId complete_review(DecisionStore& store, const std::string& person, const Actor& actor,
                        const boost::gregorian::date& day, std::optional<EventId> scheduled_event,
                        const std::string& findings) {
    NewEvent e = event_of(EventType::ReviewCompleted, person, actor);
    e.refers_to = scheduled_event ? scheduled_event : latest_id(store, person, EventType::ReviewScheduled);
    e.payload = {{"date", iso_date(day)}, {"reason", findings}};
    return store.append(std::move(e));
}

EventId record_correction(DecisionStore& store, const Actor& actor, EventId corrected, const std::string& reason,
                          const std::string& details) {
    const std::optional<StoredEvent> original = store.event(corrected);
    if (!original) refuse(ErrorCode::UnknownName, "there is no event " + std::to_string(corrected) + " to correct", "event");
    NewEvent e = event_of(EventType::Correction, original->person, actor);
    e.refers_to = corrected;
    e.payload["reason"] = reason;
    if (!details.empty()) e.payload["details"] = details;
    return store.append(std::move(e));
}

EventId record_dispute(DecisionStore& store, const std::string& person, const Actor& actor,
                       std::optional<EventId> disputed, const std::string& reason) {
    NewEvent e = event_of(EventType::DisputeRecorded, person, actor);
    e.refers_to = disputed;
    e.payload["reason"] = reason;
    return store.append(std::move(e));
}

}  // namespace openras
