#include "alloc/record/events/plan_decision.hpp"

namespace openras::events {

nlohmann::json PlanDecision::payload() const { return {{"reason", reason}}; }

PlanDecision PlanDecision::decode(const PayloadFields& fields) { return {fields.optional_text("reason")}; }

}  // namespace openras::events
