// Replaying a plan check: the plan as submitted, checked again with the stored rule set against
// the budget the check recorded, must give the stored check back byte for byte.
#include "alloc/audit/replay.hpp"
#include "alloc/io/canonical_json.hpp"
#include "alloc/plan/plan_file.hpp"
#include "alloc/plan/plan_report.hpp"
#include "alloc/record/events/recorded_events.hpp"

namespace openras {
namespace {

ReplayDifference differs(std::string what) { return {std::move(what), {}}; }

std::optional<ReplayDifference> replay_plan_check(const ReplayItem& item, const ReplayContext& context) {
    const StoredEvent& e = item.event;
    if (!e.rule_set) return differs("it names no rule set");
    const ReplayContext::LoadedRules* loaded = context.rule_set(*e.rule_set);
    if (!loaded) return differs("its rule set " + *e.rule_set + " is not stored in the record");
    if (!loaded->rules) return differs(loaded->problem);
    const std::optional<StoredEvent>& submitted = item.referenced;
    if (!submitted || submitted->known_type() != EventType::PlanSubmitted || submitted->person != e.person)
        return differs("the plan it checked is not in the record");
    events::PlanSubmitted submitted_plan;
    events::PlanChecked recorded;
    try {
        submitted_plan = events::read_event<events::PlanSubmitted>(*submitted);
        recorded = events::read_event<events::PlanChecked>(e);
    } catch (const OpenRasError& error) {
        return differs("its stored inputs are incomplete: " + error.error().to_string());
    }
    PlanLoad load = plan_from_toml_text(submitted_plan.plan_toml, submitted_plan.source);
    if (!load.plan) return differs("the submitted plan no longer reads: " + load.problems.errors().front().to_string());
    try {
        const PlanCheckResult result = PlanChecker(loaded->rules).check(*load.plan, recorded.budget_input);
        events::PlanChecked again = std::move(recorded);  // its inputs as recorded, its result worked out again
        again.result = nlohmann::json(plan_check_json(*load.plan, result, *loaded->rules));
        const std::string recomputed = canonical_json(again.payload());
        if (recomputed != e.payload)
            return describe_json_difference("the plan check worked out again differs from the one recorded", e.payload, recomputed);
    } catch (const OpenRasError& error) {
        return differs("it can no longer be worked out: " + error.error().to_string());
    }
    return std::nullopt;
}

}  // namespace

void add_plan_replayers(ReplayDispatcher& replayers) { replayers.add(EventType::PlanChecked, replay_plan_check); }

}  // namespace openras
