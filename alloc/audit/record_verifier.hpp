#pragma once
// `audit verify`: checks a whole decision record without trusting anything in it.
//
// It checks, and reports every problem it finds (the first one, by event, is the first broken
// link):
//   - the schema is exactly the one its version should have (an append-only trigger dropped, a
//     column added);
//   - `meta` holds exactly the store id and the head;
//   - every stored rule set still loads, still has the hash it is stored under, and is used;
//   - every event: ids run 1, 2, 3 ... with no gap; each column holds the kind of value it should;
//     its type and role are known and the role may record that type; its time is ISO 8601 UTC;
//     it refers only to an earlier event of the same person; its rule set is stored; and its
//     chain hash is SHA-256(previous chain hash || canonical bytes) (event_chain.hpp);
//   - the head in `meta` names the last event and its chain hash.
// Payloads are not reparsed here (the chain already covers every byte); `audit replay` works the
// computed ones out again.
#include "alloc/record/decision_store.hpp"

#include <cstdint>
#include <functional>
#include <vector>

namespace openras {

struct VerifyOptions {
    // Called now and then with (events checked, events in the record), for a progress bar.
    std::function<void(std::int64_t, std::int64_t)> progress;
    std::size_t keep_problems = 100;  // the rest are only counted
    // How many threads read the events: each reads its own range of ids on its own connection
    // and hashes each link as it reads it. 0: two for a record of 50,000 events or more on a
    // machine with more than one core, else one. Tests set 2 to prove both give the same report.
    unsigned readers = 0;
    // For tests: called once the record's head has been read, before its events are; a test
    // appends from another connection here to prove the events are read from the same moment.
    std::function<void()> after_head_read;
};

struct VerifyReport {
    std::int64_t events = 0;
    std::size_t rule_sets = 0;
    StoreHead head;                      // the last event and its stored chain hash
    std::vector<ChainProblem> problems;  // in order of event; record-wide ones (event 0) last
    std::size_t problem_count = 0;
    // How many readers the events were read by: 1, or 2 when read in two halves (a record
    // whose halves meet at a broken link is read again in one).
    unsigned readers = 1;

    bool intact() const { return problem_count == 0; }
};

VerifyReport verify_record(const DecisionStore& store, const VerifyOptions& options = {});

}  // namespace openras
