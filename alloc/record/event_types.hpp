#pragma once
// What can happen on a person's way to a personal budget: the kinds of event the decision record
// holds, with the name stored in the `type` column and the payload each one carries (canonical
// JSON, store_schema.cpp). Pence are whole numbers; dates are "YYYY-MM-DD".
//
//   person-registered           {note?}                       the person's reference is in `person`
//   assessment-recorded         {person, date, answers: {question: answer}}
//   indicative-budget-computed  {assessment: <as above>, budget: <budget_json, format 1>}
//                               refers_to the assessment; rule_set = the rules that produced it
//   plan-submitted              {plan_toml, source}           the plan exactly as written
//   plan-checked                {budget_event?, budget_input: {known, weekly_pence, origin},
//                                result: <plan check JSON>}
//                               refers_to the plan; rule_set = the rules that checked it;
//                               budget_event is the indicative budget checked against, or the
//                               final budget when the plan is checked again after one is agreed
//   plan-confirmed              {reason}                      refers_to the plan (or its check)
//   plan-returned               {reason}                      refers_to the plan (or its check)
//   plan-referred-to-panel      {reason}                      refers_to the plan (or its check)
//   final-budget-agreed         {weekly_pence, indicative_weekly_pence, reason}
//                               refers_to the indicative budget; reason required when different
//   review-scheduled            {date, reason}
//   review-completed            {date, reason}                refers_to the scheduled review, if any
//   correction                  {reason, details?}            refers_to the event corrected
//   dispute-recorded            {reason}                      refers_to the event disputed, if any
#include <optional>
#include <string>
#include <string_view>

namespace openras {

enum class EventType {
    PersonRegistered,
    AssessmentRecorded,
    IndicativeBudgetComputed,
    PlanSubmitted,
    PlanChecked,
    PlanConfirmed,
    PlanReturned,
    PlanReferredToPanel,
    FinalBudgetAgreed,
    ReviewScheduled,
    ReviewCompleted,
    Correction,
    DisputeRecorded,
};
inline constexpr int kEventTypeCount = 13;

std::string_view event_type_name(EventType type);          // "plan-confirmed"
std::optional<EventType> event_type_from_name(std::string_view name);
std::string_view event_type_title(EventType type);         // "Plan confirmed", for people

// Events whose figures the program worked out, so `audit replay` works them out again.
bool is_computed(EventType type);
// Decisions about a plan: confirmed, returned, referred to the panel.
bool is_plan_decision(EventType type);

}  // namespace openras
