#pragma once
// Reads every event of a record in id order, in batches, and turns each into its canonical bytes
// (event_chain.hpp) while checking that its columns hold what they should. `audit verify` runs one
// per reading thread, each over its own range of ids on its own connection.
#include "alloc/record/decision_store.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3_stmt;
namespace SQLite {
class Database;
}

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

// What the scanners compare to tell whether a reference stays with its person.
std::uint64_t person_fingerprint(std::string_view person);
std::string refers_to_another_person(EventId target);

// The ids a scanner reads: those above `after` (when given) up to `through` (when given).
struct EventIdRange {
    std::optional<EventId> after, through;
};

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

    EventScanner(SQLite::Database& database, RuleSetDigest rule_set_digest, EventIdRange range = {});
    ~EventScanner();
    EventScanner(const EventScanner&) = delete;
    EventScanner& operator=(const EventScanner&) = delete;

    // Fills `batch` with the next events (about a megabyte of them). Returns false, with
    // batch.finished set, once the table is read; never throws (a damaged file is a problem).
    bool next(EventBatch& batch);

    // The references to events before this scanner's range, in the order of their places.
    const std::vector<UnjudgedReference>& unjudged() const { return unjudged_; }
    // Whether event `target`, read by this scanner, is about a person other than `person`.
    bool about_another_person(EventId target, std::uint64_t person) const;

private:
    struct Row;
    void check_row(const Row& row, EventBatch& batch);
    void check_reference(const Row& row, EventBatch& batch);

    sqlite3_stmt* statement_ = nullptr;
    RuleSetDigest rule_set_digest_;
    EventIdRange range_;
    std::vector<std::uint64_t> person_of_;  // a fingerprint of each event's person, by id
    std::vector<UnjudgedReference> unjudged_;
    EventId last_id_ = 0;
};

}  // namespace openras
