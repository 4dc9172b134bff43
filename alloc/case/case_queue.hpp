#pragma once
// The queue of plans waiting for a decision, as the social worker's desk on the kiosk and
// `openras case queue` show it: each person's latest submitted plan that no decision (confirm,
// return, refer to the panel) has followed, oldest first, with what it costs, the budget it was
// checked against and what the check found.
#include "alloc/record/decision_store.hpp"
#include "rules/money.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace openras {

struct WaitingPlan {
    std::string person;
    EventId plan_event = 0;    // plan-submitted
    std::string reference;     // the plan's reference ("7KQ4-M2XD-R"); empty for plans before references
    EventId check_event = 0;   // its latest plan-checked event; 0 when it was not checked
    std::string submitted_at;  // as recorded, "2026-05-01T09:30:00Z"
    std::optional<Money> plan_weekly, budget_weekly;  // from the check
    int blockers = 0, warnings = 0;
    bool refer_to_panel = false;  // a finding sends the plan to the panel
    std::string problem;          // why the check could not be read; empty when it was
};

// Reads every person's events once. Throws OpenRasError when the record cannot be read.
std::vector<WaitingPlan> waiting_plans(const DecisionStore& store);

// The person's waiting plan, from their events oldest first; nullopt when nothing waits.
std::optional<WaitingPlan> waiting_plan_of(const std::string& person, const std::vector<StoredEvent>& events);

// `openras case queue`: a table for people, and a stable JSON document (keys in this order):
//   format 1, waiting: [{ person, plan_event, check_event|null, submitted_at, plan_weekly_pence|null,
//                         budget_weekly_pence|null, blockers, warnings, refer_to_panel, problem|null }]
std::string waiting_plans_text(const std::vector<WaitingPlan>& queue);
nlohmann::ordered_json waiting_plans_json(const std::vector<WaitingPlan>& queue);

}  // namespace openras
