#include "alloc/record/events/plan_submitted.hpp"

#include "alloc/plan/plan_file.hpp"

namespace openras::events {

nlohmann::json PlanSubmitted::payload() const { return {{"plan_toml", plan_toml}, {"source", source}}; }

PlanSubmitted PlanSubmitted::decode(const PayloadFields& fields) {
    return {fields.text("plan_toml"), fields.text("source")};
}

SupportPlan PlanSubmitted::plan() const {
    PlanLoad load = plan_from_toml_text(plan_toml, source);
    if (!load.plan) throw OpenRasError(load.problems.errors().front());
    return std::move(*load.plan);
}

}  // namespace openras::events
