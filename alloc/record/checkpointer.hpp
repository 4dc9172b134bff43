#pragma once
// The checkpointer: signs a checkpoint of the decision record's head every N events and every M
// minutes (when anything was added), and keeps each in every witness (witness.hpp). Run by
// `openras record checkpointer` as a process of its own, under an operating-system user of its
// own that alone can read the signing key (mode 0600), with a login that can only read the record:
// whoever can change the record then holds neither the key nor the witnesses, so cannot rewrite
// history and sign it, and what they append after the last checkpoint is caught by the next one,
// or, if it claims an earlier time, by `audit verify --witness` at once (check_witnessed).
//
// Before each signature it checks that the events added since the last one link to it, one by
// one (event_scan.hpp), so it never signs a chain that does not hold; at start it checks that the
// record still holds the last checkpoint its first witness kept, and refuses to go on if not.
#include "alloc/record/checkpoint.hpp"
#include "alloc/record/witness.hpp"

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace openras {

struct CheckpointerSettings {
    EventId every_events = 1000;                    // sign when this many were added since the last
    std::chrono::minutes every_minutes{15};         // or when this long has passed and any was added
};

class Checkpointer {
public:
    // Throws OpenRasError when a witness holds a checkpoint of this record (signed with `key`)
    // that the record no longer matches: it was rewritten or cut short, and nothing is signed.
    Checkpointer(const DecisionStore& store, SigningKey key, std::vector<std::unique_ptr<Witness>> witnesses,
                 CheckpointerSettings settings, UtcClock clock = system_utc_clock());

    // Signs and keeps a checkpoint when one is due; returns it, or nothing when none was due.
    // Throws OpenRasError when the events added since the last checkpoint do not link to it
    // (nothing is signed), or a witness cannot keep it.
    std::optional<Checkpoint> run_once();

    const StoreHead& last_signed() const { return signed_; }

private:
    void check_added(const StoreHead& head);

    const DecisionStore& store_;
    SigningKey key_;
    std::vector<std::unique_ptr<Witness>> witnesses_;
    CheckpointerSettings settings_;
    UtcClock clock_;
    StoreHead signed_;                          // the head the last checkpoint saw
    boost::posix_time::ptime signed_when_;      // when it was signed
};

// What the witnessed checkpoints say of `store`: each one's signature, key and record (as
// check_checkpoint), with a rewrite or a truncation named by the checkpoint that shows it; and a
// forged tail: an event after the last checkpoint that claims a time before that checkpoint was
// signed, which the checkpoint would have seen had it been there. `newest` is set to the latest
// checkpoint, for the report.
std::vector<ChainProblem> check_witnessed(const DecisionStore& store, const std::vector<Checkpoint>& checkpoints,
                                          const std::optional<PublicKey>& trusted, std::optional<Checkpoint>& newest);

}  // namespace openras
