#pragma once
// What has happened to a plan, found by its reference (alloc/record/plan_reference.hpp): what a
// person sees at the kiosk under "Check on my plan", and what `openras case status` prints. It
// says where the plan is and, when it was returned, the social worker's reasons; nothing else
// about the person (no name, answers or amounts beyond an agreed final budget).
#include "alloc/record/decision_store.hpp"
#include "rules/money.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace openras {

enum class PlanState {
    Sent,             // recorded, waiting for the social worker
    Confirmed,        // the social worker (or the panel) confirmed it
    Returned,         // returned to the person, with reasons
    ReferredToPanel,  // waiting for the funding panel
};
const char* plan_state_name(PlanState state);  // "sent", "confirmed", ...

struct PlanStatus {
    std::string reference;     // as written: "7KQ4-M2XD-R"
    std::string person;        // the record's key, for staff; never shown to the public
    EventId plan_event = 0;
    std::string submitted_at;  // UTC, as recorded
    PlanState state = PlanState::Sent;
    std::string reason;        // the latest decision's reasons; empty while Sent
    std::string decided_at;    // UTC; empty while Sent
    std::optional<Money> final_budget;  // a final budget agreed after the plan was sent, a week
};

// The plan recorded with `reference` (exactly as written), or nothing. Decisions count when they
// refer to the plan or to its check; the latest one is the plan's state. Reads only.
std::optional<PlanStatus> plan_status(const DecisionStore& store, std::string_view reference);

// The person whose plan has this reference, for commands that take --reference for --person.
// Throws OpenRasError (UnknownName, field "--reference") naming the reference when there is none.
std::string person_with_reference(const DecisionStore& store, std::string_view reference);

// For staff and scripts: every field, in a stable order.
std::string plan_status_text(const PlanStatus& status);
nlohmann::json plan_status_json(const PlanStatus& status);

}  // namespace openras
