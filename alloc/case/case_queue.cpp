#include "alloc/case/case_queue.hpp"

#include "alloc/audit/timeline.hpp"
#include "alloc/record/events/recorded_events.hpp"

#include <algorithm>

namespace openras {
namespace {

bool is_decision(const StoredEvent& e) {
    const std::optional<EventType> type = e.known_type();
    return type && is_plan_decision(*type);
}

void take_check(const StoredEvent& check, WaitingPlan& entry) {
    entry.check_event = check.id;
    try {
        const events::RecordedPlanCheckFigures figures = events::read_event<events::PlanChecked>(check).figures;
        entry.blockers = int(figures.blockers);
        entry.warnings = int(figures.warnings);
        entry.refer_to_panel = figures.refer_to_panel;
        entry.plan_weekly = figures.plan_weekly;
        entry.budget_weekly = figures.budget_weekly;
        entry.problem.clear();
    } catch (const OpenRasError& e) {
        entry.problem = "the check of event " + std::to_string(check.id) + " does not read: " + e.error().to_string();
    }
}

std::string pounds_or_dash(const std::optional<Money>& amount) { return amount ? amount->to_string() : "-"; }

nlohmann::ordered_json pence_or_null(const std::optional<Money>& amount) {
    return amount ? nlohmann::ordered_json(amount->pence()) : nlohmann::ordered_json(nullptr);
}

}  // namespace

std::optional<WaitingPlan> waiting_plan_of(const std::string& person, const std::vector<StoredEvent>& events) {
    const StoredEvent* plan = nullptr;
    EventId latest_decision = 0;
    for (const StoredEvent& e : events) {
        if (e.known_type() == EventType::PlanSubmitted) plan = &e;
        if (is_decision(e)) latest_decision = std::max(latest_decision, e.id);
    }
    if (plan == nullptr) return std::nullopt;
    WaitingPlan entry;
    entry.person = person;
    entry.plan_event = plan->id;
    entry.submitted_at = plan->recorded_at;
    // The reference is a plain field of the payload: read it without the whole plan, and leave it
    // empty (the plan's event number stands in) when the payload does not read.
    try {
        const nlohmann::json payload = plan->payload_json();
        if (const auto r = payload.find("reference"); r != payload.end() && r->is_string()) entry.reference = r->get<std::string>();
    } catch (const OpenRasError&) {
    }
    EventId latest_plan_event = plan->id;
    for (const StoredEvent& e : events) {
        if (e.known_type() != EventType::PlanChecked || e.refers_to != plan->id) continue;
        latest_plan_event = std::max(latest_plan_event, e.id);
        take_check(e, entry);
    }
    if (latest_decision > latest_plan_event) return std::nullopt;
    return entry;
}

std::vector<WaitingPlan> waiting_plans(const DecisionStore& store) {
    std::vector<WaitingPlan> queue;
    for (const std::string& person : store.people())
        if (std::optional<WaitingPlan> entry = waiting_plan_of(person, store.events_of(person))) queue.push_back(std::move(*entry));
    std::sort(queue.begin(), queue.end(), [](const WaitingPlan& a, const WaitingPlan& b) { return a.plan_event < b.plan_event; });
    return queue;
}

std::string waiting_plans_text(const std::vector<WaitingPlan>& queue) {
    if (queue.empty()) return "No plans are waiting for a decision.\n";
    std::string out = std::to_string(queue.size()) + (queue.size() == 1 ? " plan is" : " plans are") +
                      " waiting for a decision, oldest first.\n";
    for (const WaitingPlan& w : queue) {
        out += "\n" + w.person + ": plan of event " + std::to_string(w.plan_event) +
               (w.reference.empty() ? "" : " (reference " + w.reference + ")") + ", sent " + readable_time(w.submitted_at) + "\n";
        if (!w.problem.empty()) {
            out += "  " + w.problem + "\n";
            continue;
        }
        if (w.check_event == 0) {
            out += "  Not checked yet.\n";
            continue;
        }
        out += "  Costs " + pounds_or_dash(w.plan_weekly) + " a week; budget " + pounds_or_dash(w.budget_weekly) +
               " a week (check of event " + std::to_string(w.check_event) + ").\n";
        out += "  " + std::to_string(w.blockers) + (w.blockers == 1 ? " problem" : " problems") + " to put right, " +
               std::to_string(w.warnings) + (w.warnings == 1 ? " thing" : " things") + " to look at" +
               (w.refer_to_panel ? "; goes to the funding panel" : "") + ".\n";
    }
    return out;
}

nlohmann::ordered_json waiting_plans_json(const std::vector<WaitingPlan>& queue) {
    nlohmann::ordered_json waiting = nlohmann::ordered_json::array();
    for (const WaitingPlan& w : queue) {
        nlohmann::ordered_json item;
        item["person"] = w.person;
        item["plan_event"] = w.plan_event;
        item["reference"] = w.reference.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(w.reference);
        item["check_event"] = w.check_event ? nlohmann::ordered_json(w.check_event) : nlohmann::ordered_json(nullptr);
        item["submitted_at"] = w.submitted_at;
        item["plan_weekly_pence"] = pence_or_null(w.plan_weekly);
        item["budget_weekly_pence"] = pence_or_null(w.budget_weekly);
        item["blockers"] = w.blockers;
        item["warnings"] = w.warnings;
        item["refer_to_panel"] = w.refer_to_panel;
        item["problem"] = w.problem.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(w.problem);
        waiting.push_back(std::move(item));
    }
    nlohmann::ordered_json doc;
    doc["format"] = 1;
    doc["waiting"] = std::move(waiting);
    return doc;
}

}  // namespace openras
