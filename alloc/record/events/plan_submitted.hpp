#pragma once
// "plan-submitted": a support plan exactly as written. Payload {plan_toml, source, reference}:
// the plan file's text (docs/support-plans.md), the name it was read under, and the plan's
// reference (alloc/case/plan_reference.hpp) when it was given one; records written before
// references have none, and re-encode to the same bytes.
#include "alloc/plan/support_plan.hpp"
#include "alloc/record/events/payload_fields.hpp"

namespace openras::events {

struct PlanSubmitted {
    std::string plan_toml;
    std::string source;
    std::string reference;  // "7KQ4-M2XD-R", or empty

    static bool is_kind(EventType type) { return type == EventType::PlanSubmitted; }
    nlohmann::json payload() const;
    static PlanSubmitted decode(const PayloadFields& fields);
    // The plan read from its text. Throws OpenRasError with the plan's first problem.
    SupportPlan plan() const;
};

}  // namespace openras::events
