#include "alloc/record/events/recorded_events.hpp"

namespace openras::events {

nlohmann::json decode_and_encode(EventType type, const PayloadFields& fields) {
    using E = EventType;
    switch (type) {
        case E::PersonRegistered: return PersonRegistered::decode(fields).payload();
        case E::AssessmentRecorded: return AssessmentRecorded::decode(fields).payload();
        case E::IndicativeBudgetComputed: return IndicativeBudgetComputed::decode(fields).payload();
        case E::PlanSubmitted: return PlanSubmitted::decode(fields).payload();
        case E::PlanChecked: return PlanChecked::decode(fields).payload();
        case E::PlanConfirmed:
        case E::PlanReturned:
        case E::PlanReferredToPanel: return PlanDecision::decode(fields).payload();
        case E::FinalBudgetAgreed: return FinalBudgetAgreed::decode(fields).payload();
        case E::ReviewScheduled: return ReviewScheduled::decode(fields).payload();
        case E::ReviewCompleted: return ReviewCompleted::decode(fields).payload();
        case E::Correction: return Correction::decode(fields).payload();
        case E::DisputeRecorded: return DisputeRecorded::decode(fields).payload();
    }
    fields.refuse(ErrorCode::UnknownName, "not a kind of event the record holds", "type");
}

}  // namespace openras::events
