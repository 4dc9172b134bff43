#pragma once
// Sending a kiosk's outbox (alloc/record/outbox.hpp) to the council's server: each entry, oldest
// first, as one transaction on the server (the person registered if they are not, their answers
// and budget, their plan and its check) named by the entry's id, so an entry is recorded exactly
// once however often sending is tried or cut off (DecisionStore::append_once).
#include "alloc/record/decision_store.hpp"
#include "alloc/record/outbox.hpp"
#include "alloc/case/case_actions.hpp"

#include <functional>
#include <vector>

namespace openras {

// Where sending can be cut off in tests, as a connection lost at that moment would cut it.
enum class SendingStep { Registered, Assessed, PlanRecorded, Committed };

struct OutboxSent {
    std::size_t sent = 0;           // recorded on the server by this call
    std::size_t sent_before = 0;    // recorded already by a try whose answer never came back
    std::size_t still_waiting = 0;
    std::optional<EventId> last_plan_event;
};

// Sends every waiting entry of `outbox` to `store` (a council's server), as `actor`. Stops at the
// first entry that cannot be sent, which with those after waits for the next try, and throws its
// error. Refuses to send anything from an outbox whose chain or signatures do not hold.
OutboxSent send_outbox(Outbox& outbox, DecisionStore& store, const Actor& actor, const std::vector<RuleSetSource>& rule_sets,
                       const UtcClock& clock, const std::function<void(SendingStep)>& cut = {});

}  // namespace openras
