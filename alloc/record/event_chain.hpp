#pragma once
// The decision record's hash chain: the canonical bytes of an event, the chain hash, and the
// walk that checks a chain and says where and how it breaks. The format is described field by
// field in store_schema.cpp ("The hash chain"); this is its one implementation.
#include "alloc/record/sha256.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace openras {

using EventId = std::int64_t;
using ChainHash = Sha256Digest;

inline constexpr std::string_view kEventFormatTag = "openras-event-v1";
inline constexpr std::string_view kGenesisTag = "openras-decision-record-v1\n";

// The columns of one event as they are stored (after tampering they may hold anything).
struct EventColumns {
    EventId id = 0;
    std::string_view type, person, actor, role, recorded_at;
    std::optional<EventId> refers_to;
    std::optional<std::string_view> rule_set;
    // With rule_set: the SHA-256 of that rule set's exact stored text; null when it is missing.
    const ChainHash* rule_set_text_digest = nullptr;
    std::string_view payload;
};

// Appends the event's canonical bytes (eleven length-prefixed fields) to `out`.
void append_canonical_bytes(const EventColumns& event, std::string& out);
// The same bytes but for the payload's own, which come last: the canonical bytes are what this
// appends followed by event.payload. A reader hashes the payload where it lies instead of
// copying it.
void append_canonical_head(const EventColumns& event, std::string& out);

ChainHash genesis_hash(std::string_view store_id);
// SHA-256(previous || canonical bytes).
ChainHash next_chain_hash(const ChainHash& previous, std::string_view canonical_bytes);
// SHA-256(previous || head || payload): the canonical bytes given in their two parts.
ChainHash next_chain_hash(const ChainHash& previous, std::string_view head, std::string_view payload);

std::string chain_hash_hex(const ChainHash& hash);
std::optional<ChainHash> chain_hash_from_hex(std::string_view hex);

// One thing wrong with a record, at an event (0 when it is about the record as a whole).
struct ChainProblem {
    EventId event = 0;
    std::string what;                  // one sentence
    std::vector<std::string> details;  // "stored chain hash    3f2a…" and the like
};

// Walks the chain in id order and says where it breaks and, as far as the chain can tell, how.
// A failed link n is diagnosed by the link after it:
//   - link n + 1 holds with n's stored hash: n's contents were changed (its hash is original);
//   - it holds with n's recomputed hash: n's stored chain hash was changed;
//   - neither: n does not fit at all (rows swapped, an event replaced); link n + 1 is then
//     explained by n and only reported if n + 1 does not fit either.
// After a failure the walk carries on from the stored hash, so separate changes are each
// reported once. A gap in the ids explains the failed link after it in the same way.
class ChainWalker {
public:
    explicit ChainWalker(const ChainHash& genesis) : previous_(genesis) {}
    // A walk that starts after event `last_id`, whose stored chain hash is `previous`: the second
    // half of a record walked in two, side by side.
    ChainWalker(const ChainHash& previous, EventId last_id) : previous_(previous), last_id_(last_id) {}

    // `recomputed`, when given, is next_chain_hash(the stored hash of the event fed before,
    // canonical_bytes), worked out already (by the thread that reads the events); otherwise the
    // walker works it out. `after_broken`, when given, is next_chain_hash(the recomputed hash of
    // the event fed before, canonical_bytes), which tells how that event's broken link broke; a
    // reader that gives both works it out whenever the link before did not hold, and may then
    // leave canonical_bytes empty.
    void feed(EventId id, std::string_view canonical_bytes, const ChainHash& stored, std::vector<ChainProblem>& out,
              const ChainHash* recomputed = nullptr, const ChainHash* after_broken = nullptr);
    // After the last event: settles the last link and checks the head the record keeps in `meta`.
    void finish(EventId head_event, const std::optional<ChainHash>& head_hash, std::vector<ChainProblem>& out);

    EventId last_id() const { return last_id_; }
    // Whether the last link fed is broken and waits for the next to tell how.
    bool waiting_on_next() const { return pending_.has_value(); }
    const ChainHash& last_hash() const { return previous_; }

private:
    struct Broken {
        EventId id;
        ChainHash stored, recomputed;
        bool explained;  // by the event before it (or a gap), so its own contents are not suspect
    };
    enum class Cause { Contents, StoredHash, DoesNotFit, Unknown };
    static void report(const Broken& link, Cause cause, std::vector<ChainProblem>& out);
    bool check_sequence(EventId id, std::vector<ChainProblem>& out);
    // Settles the pending broken link with the next link; returns whether that one now holds
    // and sets `next_explained` when its failure is explained by the pending one.
    bool settle(std::string_view canonical_bytes, const ChainHash* after_broken, const ChainHash& stored, bool holds,
                bool& next_explained, std::vector<ChainProblem>& out);

    ChainHash previous_;
    EventId last_id_ = 0;
    std::optional<Broken> pending_;
};

}  // namespace openras
