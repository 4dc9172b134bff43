#pragma once
// "plan-confirmed", "plan-returned" and "plan-referred-to-panel": a decision on a plan, with
// its reasons. Payload {reason}; refers_to the plan or its check.
#include "alloc/record/events/payload_fields.hpp"

namespace openras::events {

struct PlanDecision {
    std::string reason;

    static bool is_kind(EventType type) { return is_plan_decision(type); }
    nlohmann::json payload() const;
    static PlanDecision decode(const PayloadFields& fields);
};

}  // namespace openras::events
