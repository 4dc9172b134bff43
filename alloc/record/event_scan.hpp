#pragma once
// Reads every event of a record in id order, in batches, and turns each into its canonical bytes
// (event_chain.hpp) while checking that its columns hold what they should. `audit verify` runs it
// on a thread of its own, so that reading the table and hashing the chain overlap.
#include "alloc/record/decision_store.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3_stmt;

namespace openras {

struct EventBatch {
    std::vector<EventId> ids;
    std::vector<std::size_t> ends;  // where each event's canonical bytes end in `arena`
    std::vector<ChainHash> stored;  // each event's stored chain hash
    // Each link's hash worked out by the reading thread (hash_links), or empty: the hashing
    // thread then works them out.
    std::vector<ChainHash> recomputed;
    std::string arena;
    std::vector<ChainProblem> problems;  // columns that hold the wrong kind of value, and the like
    bool finished = false;               // no rows after this batch

    // Empty again, keeping the room it had: a reader reuses its batches, so that reading a large
    // record does not map and fault in fresh memory for every megabyte.
    void clear() {
        ids.clear();
        ends.clear();
        stored.clear();
        recomputed.clear();
        arena.clear();
        problems.clear();
        finished = false;
    }

    std::string_view canonical(std::size_t i) const {
        const std::size_t start = i == 0 ? 0 : ends[i - 1];
        return std::string_view(arena).substr(start, ends[i] - start);
    }
};

class EventScanner {
public:
    // The SHA-256 of a stored rule set's text by its hash, or null when it is not stored.
    using RuleSetDigest = std::function<const ChainHash*(std::string_view hash)>;

    EventScanner(const DecisionStore& store, RuleSetDigest rule_set_digest);
    ~EventScanner();
    EventScanner(const EventScanner&) = delete;
    EventScanner& operator=(const EventScanner&) = delete;

    // Fills `batch` with the next events (about a megabyte of them). Returns false, with
    // batch.finished set, once the table is read; never throws (a damaged file is a problem).
    bool next(EventBatch& batch);

private:
    struct Row;
    void check_row(const Row& row, EventBatch& batch);
    void check_reference(const Row& row, EventBatch& batch);

    sqlite3_stmt* statement_ = nullptr;
    RuleSetDigest rule_set_digest_;
    std::vector<std::uint64_t> person_of_;  // a fingerprint of each event's person, by id
    EventId last_id_ = 0;
};

}  // namespace openras
