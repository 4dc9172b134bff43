#pragma once
// Every kind of event the decision record holds, one C++ type each, with its payload's encoding
// and decoding side by side in the file of its kind:
//
//   person-registered            person_registered.hpp         PersonRegistered
//   assessment-recorded          assessment_recorded.hpp       AssessmentRecorded
//   indicative-budget-computed   indicative_budget_computed.hpp IndicativeBudgetComputed
//   plan-submitted               plan_submitted.hpp            PlanSubmitted
//   plan-checked                 plan_checked.hpp              PlanChecked
//   plan-confirmed, -returned,   plan_decision.hpp             PlanDecision
//   -referred-to-panel
//   final-budget-agreed          final_budget_agreed.hpp       FinalBudgetAgreed
//   review-scheduled             review_scheduled.hpp          ReviewScheduled
//   review-completed             review_completed.hpp          ReviewCompleted
//   correction                   correction.hpp                Correction
//   dispute-recorded             dispute_recorded.hpp          DisputeRecorded
//
// Each has `payload()` (the JSON the record stores as canonical bytes, alloc/io/canonical_json)
// and `decode()` (the payload read back, every field located when it does not read); a stored
// event is read with read_event<Kind>(stored) (payload_fields.hpp).
#include "alloc/record/events/assessment_recorded.hpp"
#include "alloc/record/events/correction.hpp"
#include "alloc/record/events/dispute_recorded.hpp"
#include "alloc/record/events/final_budget_agreed.hpp"
#include "alloc/record/events/indicative_budget_computed.hpp"
#include "alloc/record/events/payload_fields.hpp"
#include "alloc/record/events/person_registered.hpp"
#include "alloc/record/events/plan_checked.hpp"
#include "alloc/record/events/plan_decision.hpp"
#include "alloc/record/events/plan_submitted.hpp"
#include "alloc/record/events/review_completed.hpp"
#include "alloc/record/events/review_scheduled.hpp"

namespace openras::events {

// The payload read as its kind and written again: for every payload the record accepts, the
// same JSON, and so the same canonical bytes. Throws OpenRasError naming the field that does
// not read.
nlohmann::json decode_and_encode(EventType type, const PayloadFields& fields);

}  // namespace openras::events
