#pragma once
// What each kind of event must say before the decision record accepts it, beyond who may record
// it (roles.hpp). These are the rules the law and good practice ask for:
//   - every decision on a plan, every correction and dispute, and every completed review gives
//     its reasons (a decision without reasons is unlawful);
//   - a final budget that differs from the indicative one cannot be saved without a reason;
//   - a budget that crossed a panel threshold, and a plan referred to the panel, are decided by
//     a panel member;
//   - a plan whose latest check found a blocker cannot be confirmed;
//   - a correction points at the event it corrects (which stays as it was); every reference is
//     to an earlier event of the same person, who must have been registered first;
//   - the figures of computed events name the rule set that produced them.
#include "alloc/record/decision_store.hpp"

namespace openras {

// Checks that need nothing but the event. Throws OpenRasError naming the field.
void check_event_shape(const NewEvent& event);

// Checks against the record (run inside the append's write transaction, so what it reads cannot
// change before the event is written). `refers_to` is the event's resolved reference.
void check_event_rules(const NewEvent& event, std::optional<EventId> refers_to, const DecisionStore& store);

}  // namespace openras
