#include "alloc/record/events/plan_submitted.hpp"

#include "alloc/record/plan_reference.hpp"
#include "alloc/plan/plan_file.hpp"

namespace openras::events {

nlohmann::json PlanSubmitted::payload() const {
    nlohmann::json p = {{"plan_toml", plan_toml}, {"source", source}};
    if (!reference.empty()) p["reference"] = reference;
    return p;
}

PlanSubmitted PlanSubmitted::decode(const PayloadFields& fields) {
    PlanSubmitted s{fields.text("plan_toml"), fields.text("source"), fields.optional_text("reference")};
    if (!s.reference.empty() && !is_plan_reference(s.reference))
        fields.refuse(ErrorCode::InvalidValue, "is not a plan reference written like \"7KQ4-M2XD-R\"", "reference");
    return s;
}

SupportPlan PlanSubmitted::plan() const {
    PlanLoad load = plan_from_toml_text(plan_toml, source);
    if (!load.plan) throw OpenRasError(load.problems.errors().front());
    return std::move(*load.plan);
}

}  // namespace openras::events
