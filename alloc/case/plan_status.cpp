#include "alloc/case/plan_status.hpp"

#include "alloc/record/events/recorded_events.hpp"
#include "alloc/record/plan_reference.hpp"
#include "rules/error.hpp"

#include <set>

namespace openras {
namespace {

PlanState state_of(EventType type) {
    switch (type) {
        case EventType::PlanConfirmed: return PlanState::Confirmed;
        case EventType::PlanReturned: return PlanState::Returned;
        case EventType::PlanReferredToPanel: return PlanState::ReferredToPanel;
        default: return PlanState::Sent;
    }
}

}  // namespace

const char* plan_state_name(PlanState state) {
    switch (state) {
        case PlanState::Sent: return "sent";
        case PlanState::Confirmed: return "confirmed";
        case PlanState::Returned: return "returned";
        case PlanState::ReferredToPanel: return "referred-to-panel";
    }
    return "sent";
}

std::optional<PlanStatus> plan_status(const DecisionStore& store, std::string_view reference) {
    if (!is_plan_reference(reference)) return std::nullopt;
    const std::optional<StoredEvent> submitted = store.plan_submitted_with(reference);
    if (!submitted) return std::nullopt;
    PlanStatus status;
    status.reference = std::string(reference);
    status.person = submitted->person;
    status.plan_event = submitted->id;
    status.submitted_at = submitted->recorded_at;
    // The plan and its checks: a decision may refer to either.
    std::set<EventId> about = {submitted->id};
    for (const StoredEvent& e : store.events_of(submitted->person)) {
        if (e.id <= submitted->id) continue;
        const std::optional<EventType> type = e.known_type();
        if (!type) continue;
        if (*type == EventType::PlanChecked && e.refers_to && about.count(*e.refers_to)) about.insert(e.id);
        if (*type == EventType::PlanSubmitted) break;  // a newer plan: decisions after it are about that one
        if (is_plan_decision(*type) && e.refers_to && about.count(*e.refers_to)) {
            status.state = state_of(*type);
            status.reason = events::read_event<events::PlanDecision>(e).reason;
            status.decided_at = e.recorded_at;
        }
        if (*type == EventType::FinalBudgetAgreed) status.final_budget = events::read_event<events::FinalBudgetAgreed>(e).weekly;
    }
    return status;
}

std::string person_with_reference(const DecisionStore& store, std::string_view typed) {
    const std::optional<std::string> reference = read_plan_reference(typed);
    const std::optional<StoredEvent> submitted = reference ? store.plan_submitted_with(*reference) : std::nullopt;
    if (!submitted)
        throw OpenRasError(Error{ErrorCode::UnknownName,
                                 "no plan in " + store.path() + " has the reference " + std::string(typed) +
                                     (reference ? "" : " (a reference is written like 7KQ4-M2XD-R)"),
                                 SourceLocation{{}, 0, 0, "--reference"}});
    return submitted->person;
}

std::string plan_status_text(const PlanStatus& s) {
    std::string out = "Plan " + s.reference + " (event " + std::to_string(s.plan_event) + ", " + s.person + ")\n";
    out += "  sent " + s.submitted_at + "\n";
    out += "  state: " + std::string(plan_state_name(s.state));
    if (!s.decided_at.empty()) out += ", decided " + s.decided_at;
    out += "\n";
    if (!s.reason.empty()) out += "  reasons: " + s.reason + "\n";
    if (s.final_budget) out += "  final budget: " + s.final_budget->to_string() + " a week\n";
    return out;
}

nlohmann::json plan_status_json(const PlanStatus& s) {
    nlohmann::json j = nlohmann::json::object();
    j["reference"] = s.reference;
    j["person"] = s.person;
    j["plan_event"] = s.plan_event;
    j["submitted_at"] = s.submitted_at;
    j["state"] = plan_state_name(s.state);
    j["reason"] = s.reason;
    j["decided_at"] = s.decided_at;
    j["final_budget_weekly"] = s.final_budget ? nlohmann::json(s.final_budget->to_plain_string()) : nlohmann::json(nullptr);
    return j;
}

}  // namespace openras
