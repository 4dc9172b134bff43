#include "alloc/record/event_types.hpp"

#include <array>

namespace openras {
namespace {

struct TypeNames {
    EventType type;
    std::string_view name;
    std::string_view title;
};

constexpr std::array<TypeNames, kEventTypeCount> kTypes = {{
    {EventType::PersonRegistered, "person-registered", "Person registered"},
    {EventType::AssessmentRecorded, "assessment-recorded", "Assessment recorded"},
    {EventType::IndicativeBudgetComputed, "indicative-budget-computed", "Indicative budget worked out"},
    {EventType::PlanSubmitted, "plan-submitted", "Support plan submitted"},
    {EventType::PlanChecked, "plan-checked", "Support plan checked"},
    {EventType::PlanConfirmed, "plan-confirmed", "Plan confirmed"},
    {EventType::PlanReturned, "plan-returned", "Plan returned for changes"},
    {EventType::PlanReferredToPanel, "plan-referred-to-panel", "Plan referred to the funding panel"},
    {EventType::FinalBudgetAgreed, "final-budget-agreed", "Final budget agreed"},
    {EventType::ReviewScheduled, "review-scheduled", "Review scheduled"},
    {EventType::ReviewCompleted, "review-completed", "Review completed"},
    {EventType::Correction, "correction", "Correction"},
    {EventType::DisputeRecorded, "dispute-recorded", "Dispute recorded"},
}};

const TypeNames& names_of(EventType type) { return kTypes[static_cast<std::size_t>(type)]; }

}  // namespace

std::string_view event_type_name(EventType type) { return names_of(type).name; }
std::string_view event_type_title(EventType type) { return names_of(type).title; }

std::optional<EventType> event_type_from_name(std::string_view name) {
    for (const TypeNames& t : kTypes)
        if (t.name == name) return t.type;
    return std::nullopt;
}

bool is_computed(EventType type) {
    return type == EventType::IndicativeBudgetComputed || type == EventType::PlanChecked;
}

bool is_plan_decision(EventType type) {
    return type == EventType::PlanConfirmed || type == EventType::PlanReturned ||
           type == EventType::PlanReferredToPanel;
}

}  // namespace openras
