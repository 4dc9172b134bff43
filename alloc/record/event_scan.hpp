#pragma once
// Reads every event of a record in id order, in batches, checking that its columns hold what
// they should and hashing each link of the chain (event_chain.hpp) as it reads it, the payload
// where the database's library holds it rather than copied. `audit verify` runs one per reading
// thread, each over its own range of ids on its own connection.
#include "alloc/record/decision_store.hpp"
#include "alloc/record/event_rows.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace openras {

struct EventBatch {
    std::vector<EventId> ids;
    std::vector<ChainHash> stored;      // each event's stored chain hash
    // Each link's hash, next_chain_hash(the stored hash of the event before, its canonical
    // bytes), and where the link before did not hold, next_chain_hash(that link's recomputed
    // hash, its canonical bytes), which tells how the link before broke (ChainWalker::feed).
    std::vector<ChainHash> recomputed, after_broken;
    std::vector<ChainProblem> problems;  // columns that hold the wrong kind of value, and the like
    bool finished = false;               // no rows after this batch

    // Empty again, keeping the room it had: a reader reuses its batch.
    void clear() {
        ids.clear();
        stored.clear();
        recomputed.clear();
        after_broken.clear();
        problems.clear();
        finished = false;
    }
};

// What the scanners compare to tell whether a reference stays with its person.
std::uint64_t person_fingerprint(std::string_view person);
std::string refers_to_another_person(EventId target);

// A reference a scanner could not judge: to an event before its range, read by another scanner.
// Its place among the scanner's problems is kept by a problem with no words (ChainProblem::what
// empty), which the verifier fills in or removes, so the report reads as from one scanner.
struct UnjudgedReference {
    EventId target = 0;
    std::uint64_t person = 0;  // the referring event's person, as person_fingerprint gives it
};

class EventScanner {
public:
    // The SHA-256 of a stored rule set's text by its hash, or null when it is not stored.
    using RuleSetDigest = std::function<const ChainHash*(std::string_view hash)>;

    // `previous` is the stored chain hash of the event before the range (the genesis hash for a
    // whole record): the first link is hashed after it.
    // `rows` are those of `range`, as DecisionStore::read_events gives them.
    EventScanner(std::unique_ptr<EventRows> rows, RuleSetDigest rule_set_digest, const ChainHash& previous,
                 EventIdRange range = {});
    ~EventScanner();
    EventScanner(const EventScanner&) = delete;
    EventScanner& operator=(const EventScanner&) = delete;

    // Fills `batch` with the next events (a few thousand). Returns false, with
    // batch.finished set, once the table is read; never throws (a damaged record is a problem).
    bool next(EventBatch& batch);

    // The references to events before this scanner's range, in the order of their places.
    const std::vector<UnjudgedReference>& unjudged() const { return unjudged_; }
    // Whether event `target`, read by this scanner, is about a person other than `person`.
    bool about_another_person(EventId target, std::uint64_t person) const;

private:
    void check_row(const EventRow& row, EventBatch& batch);
    void check_reference(const EventRow& row, EventBatch& batch);

    std::unique_ptr<EventRows> rows_;
    EventRow row_;
    RuleSetDigest rule_set_digest_;
    EventIdRange range_;
    std::vector<std::uint64_t> person_of_;  // a fingerprint of each event's person, by id
    std::vector<UnjudgedReference> unjudged_;
    EventId last_id_ = 0;
    ChainHash previous_{};              // the stored hash of the last event numbered from 1
    std::optional<ChainHash> broken_;   // its recomputed hash, when its link did not hold
    std::string head_;                  // the canonical bytes before the payload, reused
};

}  // namespace openras
