#include "alloc/record/event_rules.hpp"

#include "alloc/io/dates.hpp"
#include "rules/error.hpp"

namespace openras {
namespace {

[[noreturn]] void refuse(ErrorCode code, const std::string& why, const std::string& field) {
    throw OpenRasError(Error{code, why, SourceLocation{{}, 0, 0, field}});
}

std::string trimmed(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

// A person's reference or an actor's name: printable text of a sensible length.
void check_name(const std::string& text, const std::string& field, const std::string& what) {
    if (trimmed(text).empty()) refuse(ErrorCode::MissingField, "give " + what, field);
    if (text.size() > 200) refuse(ErrorCode::InvalidValue, what + " is longer than 200 characters", field);
    for (unsigned char c : text)
        if (c < 0x20 || c == 0x7f) refuse(ErrorCode::InvalidValue, what + " holds a control character", field);
}

void require_reason(const NewEvent& e, const std::string& why_needed) {
    if (payload_reason(e.payload).empty()) refuse(ErrorCode::MissingField, why_needed, "reason");
}

void require_date(const nlohmann::json& payload, const std::string& key) {
    if (!payload.contains(key) || !payload.at(key).is_string())
        refuse(ErrorCode::MissingField, "give the date as YYYY-MM-DD", key);
    parse_iso_date(payload.at(key).get<std::string>(), SourceLocation{{}, 0, 0, key});
}

void require_integer(const nlohmann::json& payload, const std::string& key) {
    if (!payload.contains(key) || !payload.at(key).is_number_integer())
        refuse(ErrorCode::MissingField, "give " + key + " as a whole number", key);
}

void check_assessment(const nlohmann::json& a, const std::string& person, const std::string& field) {
    if (!a.is_object()) refuse(ErrorCode::MissingField, "the assessment is missing", field);
    if (a.value("person", std::string()) != person)
        refuse(ErrorCode::InvalidValue, "the assessment is for another person than the event", field + ".person");
    require_date(a, "date");
    if (!a.contains("answers") || !a.at("answers").is_object())
        refuse(ErrorCode::MissingField, "the assessment has no answers", field + ".answers");
}

void check_payload(const NewEvent& e) {
    using E = EventType;
    switch (e.type) {
        case E::AssessmentRecorded: check_assessment(e.payload, e.person, "payload"); break;
        case E::IndicativeBudgetComputed: {
            check_assessment(e.payload.value("assessment", nlohmann::json()), e.person, "assessment");
            const nlohmann::json budget = e.payload.value("budget", nlohmann::json());
            if (!budget.is_object() || budget.value("person", std::string()) != e.person)
                refuse(ErrorCode::InvalidValue, "the budget is missing or for another person", "budget");
            if (!e.rule_set || budget.value("rule_set", nlohmann::json::object()).value("hash", std::string()) != e.rule_set->hash)
                refuse(ErrorCode::InvalidValue, "the budget must name the stored rule set that produced it", "rule_set");
            break;
        }
        case E::PlanSubmitted:
            if (trimmed(e.payload.value("plan_toml", std::string())).empty())
                refuse(ErrorCode::MissingField, "the plan's text is missing", "plan_toml");
            break;
        case E::PlanConfirmed: require_reason(e, "say why the plan is confirmed"); break;
        case E::PlanReturned: require_reason(e, "say why the plan is returned and what should change"); break;
        case E::PlanReferredToPanel: require_reason(e, "say why the plan goes to the funding panel"); break;
        case E::FinalBudgetAgreed:
            require_integer(e.payload, "weekly_pence");
            require_integer(e.payload, "indicative_weekly_pence");
            if (e.payload.at("weekly_pence").get<std::int64_t>() < 0)
                refuse(ErrorCode::InvalidValue, "a final budget cannot be negative", "weekly_pence");
            break;
        case E::ReviewScheduled: require_date(e.payload, "date"); break;
        case E::ReviewCompleted:
            require_date(e.payload, "date");
            require_reason(e, "say what the review found");
            break;
        case E::Correction: require_reason(e, "say why the event is corrected"); break;
        case E::DisputeRecorded: require_reason(e, "say what is disputed and why"); break;
        case E::PersonRegistered:
        case E::PlanChecked: break;
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
    const nlohmann::json result = plan.payload_json().value("result", nlohmann::json::object());
    const std::int64_t blockers = result.value("counts", nlohmann::json::object()).value("blocker", std::int64_t(0));
    if (blockers > 0 || !result.value("can_be_confirmed", true))
        refuse(ErrorCode::InvalidValue,
               "the plan check (event " + std::to_string(plan.id) + ") found " + std::to_string(blockers) +
                   (blockers == 1 ? " problem that must" : " problems that must") + " be put right before it is confirmed",
               "refers_to");
}

void check_final_budget(const NewEvent& e, std::optional<EventId> refers_to, const DecisionStore& store) {
    const StoredEvent indicative = referenced(e, *refers_to, store);
    require_type(indicative, {EventType::IndicativeBudgetComputed}, "an indicative budget");
    const nlohmann::json budget = indicative.payload_json().value("budget", nlohmann::json::object());
    const std::int64_t indicative_pence = budget.value("weekly_pence", std::int64_t(-1));
    if (e.payload.at("indicative_weekly_pence").get<std::int64_t>() != indicative_pence)
        refuse(ErrorCode::InvalidValue,
               "the indicative budget of event " + std::to_string(indicative.id) + " is " + std::to_string(indicative_pence) +
                   " pence a week, not the figure given",
               "indicative_weekly_pence");
    if (e.payload.at("weekly_pence").get<std::int64_t>() != indicative_pence && payload_reason(e.payload).empty())
        refuse(ErrorCode::MissingField,
               "a final budget that differs from the indicative budget cannot be saved without a reason", "reason");
    if (budget.value("refer_to_panel", false) && e.actor.role != Role::PanelMember)
        refuse(ErrorCode::Permission,
               "the indicative budget crossed a panel threshold, so only a panel member can agree the final budget",
               "role");
}

// A plan checked against an indicative budget, or an agreed final budget, in the record names
// it, with its weekly amount.
void check_plan_budget(const NewEvent& e, const DecisionStore& store) {
    if (!e.payload.contains("budget_event")) return;
    if (!e.payload.at("budget_event").is_number_integer())
        refuse(ErrorCode::WrongType, "the budget event must be an event id", "budget_event");
    const StoredEvent budget = referenced(e, e.payload.at("budget_event").get<EventId>(), store);
    require_type(budget, {EventType::IndicativeBudgetComputed, EventType::FinalBudgetAgreed},
                 "an indicative or agreed final budget");
    const nlohmann::json payload = budget.payload_json();
    const std::int64_t pence = budget.known_type() == EventType::FinalBudgetAgreed
                                   ? payload.value("weekly_pence", std::int64_t(-1))
                                   : payload.value("budget", nlohmann::json::object()).value("weekly_pence", std::int64_t(-1));
    if (e.payload.value("budget_input", nlohmann::json::object()).value("weekly_pence", std::int64_t(-2)) != pence)
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
        if (target.payload_json() != e.payload.at("assessment"))
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

std::string payload_reason(const nlohmann::json& payload) {
    const auto found = payload.find("reason");
    return found != payload.end() && found->is_string() ? trimmed(found->get<std::string>()) : std::string();
}

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
    const bool registered = store.person_registered(e.person);
    if (e.type == EventType::PersonRegistered) {
        if (registered) refuse(ErrorCode::Duplicate, e.person + " is already registered", "person");
    } else if (!registered) {
        refuse(ErrorCode::UnknownName, e.person + " is not registered; register them first", "person");
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
