#include "alloc/record/event_rules.hpp"

#include "alloc/record/events/recorded_events.hpp"
#include "rules/error.hpp"

namespace openras {
namespace {

[[noreturn]] void refuse(ErrorCode code, const std::string& why, const std::string& field) {
    throw OpenRasError(Error{code, why, SourceLocation{{}, 0, 0, field}});
}

// A person's reference or an actor's name: printable text of a sensible length.
void check_name(const std::string& text, const std::string& field, const std::string& what) {
    if (events::trimmed(text).empty()) refuse(ErrorCode::MissingField, "give " + what, field);
    if (text.size() > 200) refuse(ErrorCode::InvalidValue, what + " is longer than 200 characters", field);
    for (unsigned char c : text)
        if (c < 0x20 || c == 0x7f) refuse(ErrorCode::InvalidValue, what + " holds a control character", field);
}

void require_reason(const std::string& reason, const std::string& why_needed) {
    if (events::trimmed(reason).empty()) refuse(ErrorCode::MissingField, why_needed, "reason");
}

void check_assessment_person(const Assessment& assessment, const std::string& person, const std::string& field) {
    if (assessment.person != person)
        refuse(ErrorCode::InvalidValue, "the assessment is for another person than the event", field);
}

// Each payload read as its kind (every field located when it does not read), then what the
// law and good practice ask of it.
void check_payload(const NewEvent& e) {
    using E = EventType;
    const events::PayloadFields fields(e.payload, {});
    switch (e.type) {
        case E::AssessmentRecorded:
            check_assessment_person(events::AssessmentRecorded::decode(fields).assessment, e.person, "person");
            break;
        case E::IndicativeBudgetComputed: {
            const events::IndicativeBudgetComputed computed = events::IndicativeBudgetComputed::decode(fields);
            check_assessment_person(computed.assessment.assessment, e.person, "assessment.person");
            if (computed.figures.person != e.person)
                refuse(ErrorCode::InvalidValue, "the budget is for another person than the event", "budget.person");
            if (!e.rule_set || computed.figures.rule_set.hash != e.rule_set->hash)
                refuse(ErrorCode::InvalidValue, "the budget must name the stored rule set that produced it", "rule_set");
            break;
        }
        case E::PlanSubmitted:
            if (events::trimmed(events::PlanSubmitted::decode(fields).plan_toml).empty())
                refuse(ErrorCode::MissingField, "the plan's text is missing", "plan_toml");
            break;
        case E::PlanChecked: events::PlanChecked::decode(fields); break;
        case E::PlanConfirmed:
            require_reason(events::PlanDecision::decode(fields).reason, "say why the plan is confirmed");
            break;
        case E::PlanReturned:
            require_reason(events::PlanDecision::decode(fields).reason, "say why the plan is returned and what should change");
            break;
        case E::PlanReferredToPanel:
            require_reason(events::PlanDecision::decode(fields).reason, "say why the plan goes to the funding panel");
            break;
        case E::FinalBudgetAgreed:
            if (events::FinalBudgetAgreed::decode(fields).weekly < Money{})
                refuse(ErrorCode::InvalidValue, "a final budget cannot be negative", "weekly_pence");
            break;
        case E::ReviewScheduled: events::ReviewScheduled::decode(fields); break;
        case E::ReviewCompleted:
            require_reason(events::ReviewCompleted::decode(fields).reason, "say what the review found");
            break;
        case E::Correction: require_reason(events::Correction::decode(fields).reason, "say why the event is corrected"); break;
        case E::DisputeRecorded:
            require_reason(events::DisputeRecorded::decode(fields).reason, "say what is disputed and why");
            break;
        case E::PersonRegistered: events::PersonRegistered::decode(fields); break;
    }
}

bool needs_reference(EventType type) {
    return type == EventType::IndicativeBudgetComputed || type == EventType::PlanChecked ||
           type == EventType::FinalBudgetAgreed || type == EventType::Correction;
}

StoredEvent referenced(const NewEvent& e, EventId id, const DecisionStore& store) {
    std::optional<StoredEvent> target = store.event(id);
    if (!target) refuse(ErrorCode::UnknownName, "there is no event " + std::to_string(id) + " in the record", "refers_to");
    if (target->person != e.person)
        refuse(ErrorCode::InvalidValue, "event " + std::to_string(id) + " is about " + target->person + ", not " + e.person,
               "refers_to");
    return *target;
}

void require_type(const StoredEvent& target, std::initializer_list<EventType> allowed, const std::string& what) {
    for (EventType type : allowed)
        if (target.known_type() == type) return;
    refuse(ErrorCode::InvalidValue, "event " + std::to_string(target.id) + " is not " + what, "refers_to");
}

// A plan referred to the panel is decided by the panel: the person's latest plan decision
// tells whether the case is with the panel now.
void check_panel_referral(const NewEvent& e, const DecisionStore& store) {
    const std::optional<StoredEvent> latest =
        store.latest_of(e.person, {EventType::PlanConfirmed, EventType::PlanReturned, EventType::PlanReferredToPanel});
    if (!latest || latest->known_type() != EventType::PlanReferredToPanel) return;
    if (e.type == EventType::PlanReferredToPanel)
        refuse(ErrorCode::InvalidValue, "the plan is already with the funding panel (event " + std::to_string(latest->id) + ")",
               "type");
    if (e.actor.role != Role::PanelMember)
        refuse(ErrorCode::Permission,
               "the plan was referred to the funding panel (event " + std::to_string(latest->id) +
                   "), so only a panel member can decide it now",
               "role");
}

void check_plan_decision(const NewEvent& e, std::optional<EventId> refers_to, const DecisionStore& store) {
    check_panel_referral(e, store);
    if (!refers_to) return;
    const StoredEvent plan = referenced(e, *refers_to, store);
    require_type(plan, {EventType::PlanSubmitted, EventType::PlanChecked}, "a submitted or checked plan");
    if (e.type != EventType::PlanConfirmed || plan.known_type() != EventType::PlanChecked) return;
    const events::RecordedPlanCheckFigures check = events::read_event<events::PlanChecked>(plan).figures;
    const std::int64_t blockers = check.blockers;
    if (blockers > 0 || !check.can_be_confirmed)
        refuse(ErrorCode::InvalidValue,
               "the plan check (event " + std::to_string(plan.id) + ") found " + std::to_string(blockers) +
                   (blockers == 1 ? " problem that must" : " problems that must") + " be put right before it is confirmed",
               "refers_to");
}

void check_final_budget(const NewEvent& e, std::optional<EventId> refers_to, const DecisionStore& store) {
    const StoredEvent indicative = referenced(e, *refers_to, store);
    require_type(indicative, {EventType::IndicativeBudgetComputed}, "an indicative budget");
    const events::RecordedBudgetFigures budget = events::read_event<events::IndicativeBudgetComputed>(indicative).figures;
    const std::int64_t indicative_pence = budget.weekly.pence();
    const events::FinalBudgetAgreed agreed = events::FinalBudgetAgreed::decode(events::PayloadFields(e.payload, {}));
    if (agreed.indicative_weekly_pence != indicative_pence)
        refuse(ErrorCode::InvalidValue,
               "the indicative budget of event " + std::to_string(indicative.id) + " is " + std::to_string(indicative_pence) +
                   " pence a week, not the figure given",
               "indicative_weekly_pence");
    if (agreed.weekly.pence() != indicative_pence && events::trimmed(agreed.reason).empty())
        refuse(ErrorCode::MissingField,
               "a final budget that differs from the indicative budget cannot be saved without a reason", "reason");
    if (budget.refer_to_panel && e.actor.role != Role::PanelMember)
        refuse(ErrorCode::Permission,
               "the indicative budget crossed a panel threshold, so only a panel member can agree the final budget",
               "role");
}

// A plan checked against an indicative budget, or an agreed final budget, in the record names
// it, with its weekly amount.
void check_plan_budget(const NewEvent& e, const DecisionStore& store) {
    const events::PlanChecked checked = events::PlanChecked::decode(events::PayloadFields(e.payload, {}));
    if (!checked.budget_event) return;
    const StoredEvent budget = referenced(e, *checked.budget_event, store);
    require_type(budget, {EventType::IndicativeBudgetComputed, EventType::FinalBudgetAgreed},
                 "an indicative or agreed final budget");
    const Money weekly = budget.known_type() == EventType::FinalBudgetAgreed
                             ? events::read_event<events::FinalBudgetAgreed>(budget).weekly
                             : events::read_event<events::IndicativeBudgetComputed>(budget).figures.weekly;
    if (checked.budget_input.weekly != weekly)
        refuse(ErrorCode::InvalidValue, "the plan was not checked against the weekly amount of event " + std::to_string(budget.id),
               "budget_input");
}

void check_reference(const NewEvent& e, std::optional<EventId> refers_to, const DecisionStore& store) {
    using E = EventType;
    if (!refers_to) {
        if (needs_reference(e.type)) refuse(ErrorCode::MissingField, "say which event this is about", "refers_to");
        return;
    }
    const StoredEvent target = referenced(e, *refers_to, store);
    if (e.type == E::IndicativeBudgetComputed) {
        require_type(target, {E::AssessmentRecorded}, "an assessment");
        const events::PayloadFields fields(e.payload, {});
        if (target.payload_json() != events::AssessmentRecorded::decode(fields.inner("assessment")).payload())
            refuse(ErrorCode::InvalidValue, "the budget was not worked out from the answers of event " +
                                                std::to_string(target.id), "assessment");
    }
    if (e.type == E::PlanChecked) {
        require_type(target, {E::PlanSubmitted}, "a submitted plan");
        check_plan_budget(e, store);
    }
    if (e.type == E::ReviewCompleted) require_type(target, {E::ReviewScheduled}, "a scheduled review");
}

}  // namespace

void check_event_shape(const NewEvent& e) {
    check_name(e.person, "person", "the person's reference");
    check_name(e.actor.name, "actor", "the name of who records it");
    const bool computed = e.type == EventType::IndicativeBudgetComputed || e.type == EventType::PlanChecked;
    if (computed && !e.rule_set)
        refuse(ErrorCode::MissingField, "a computed event must name the rule set that produced it", "rule_set");
    if (!computed && e.rule_set)
        refuse(ErrorCode::InvalidValue, "only computed events store a rule set", "rule_set");
    if (!e.payload.is_object()) refuse(ErrorCode::WrongType, "an event's payload must be a JSON object", "payload");
    check_payload(e);
}

void check_event_rules(const NewEvent& e, std::optional<EventId> refers_to, const DecisionStore& store) {
    // The council's server refuses both itself, as it inserts (council_schema.cpp), in the same
    // words; asking first would cost every append a round trip while it holds the head's lock.
    if (!store.council()) {
        const bool registered = store.person_registered(e.person);
        if (e.type == EventType::PersonRegistered) {
            if (registered) refuse(ErrorCode::Duplicate, e.person + " is already registered", "person");
        } else if (!registered) {
            refuse(ErrorCode::UnknownName, e.person + " is not registered; register them first", "person");
        }
    }
    if (is_plan_decision(e.type)) {
        check_plan_decision(e, refers_to, store);
        return;
    }
    if (e.type == EventType::FinalBudgetAgreed) {
        if (!refers_to) refuse(ErrorCode::MissingField, "say which indicative budget this final budget is for", "refers_to");
        check_final_budget(e, refers_to, store);
        return;
    }
    check_reference(e, refers_to, store);
}

}  // namespace openras
