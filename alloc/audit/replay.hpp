#pragma once
// `audit replay`: works every computed event of a decision record out again, from the inputs and
// the rule set stored with it, and compares the result with what was stored, byte for byte.
//
// What "computed" means is decided by a dispatcher keyed by event type: each replayer knows how
// one kind of event was produced. This build has:
//   indicative-budget-computed   the stored answers, resolved and evaluated with the stored rule
//                                set (loaded from its exact text), written as budget_json; the
//                                whole payload must come out byte for byte, and the answers must
//                                be those of the assessment event it refers to
//   plan-checked                 the plan of the plan-submitted event it refers to, read again
//                                and checked with the stored rule set against the budget the
//                                check recorded (plan_replay.cpp); the whole payload must match
// A computed event of a kind with no replayer is reported, never passed over silently. A future
// build that changes how a figure is worked out or written must keep producing the stored form
// for old events (budget_json says "format": 1), or replay will say so.
#include "alloc/record/decision_store.hpp"
#include "rules/answer_sheet.hpp"
#include "rules/budget_engine.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace openras {

struct ReplayFilter {
    std::optional<std::string> person;
    // Events recorded on these days (UTC), both included.
    std::optional<boost::gregorian::date> from, to;
};

struct ReplayDifference {
    std::string what;                  // one sentence
    std::vector<std::string> details;  // "budget.weekly_pence: recorded 28590, worked out again 28591"
};

struct ReplayMismatch {
    EventId event = 0;
    std::string type, person;
    ReplayDifference difference;
};

// A computed event to work out again, with the event it refers to (its assessment, its plan),
// read together so that replayers need no database and can run on several threads.
struct ReplayItem {
    StoredEvent event;
    std::optional<StoredEvent> referenced;
};

// What replayers share: every stored rule set, loaded from its exact text once, before replaying
// starts. Read-only afterwards, so any number of threads can use it at once.
class ReplayContext {
public:
    struct LoadedRules {
        std::shared_ptr<const RuleSet> rules;
        std::shared_ptr<const BudgetEngine> engine;
        std::shared_ptr<const AnswerLookup> answers;  // its question and answer ids, for resolving without a search
        std::string problem;  // why it cannot be used: it does not load, or its hash changed
    };

    explicit ReplayContext(const DecisionStore& store);
    // Null when no rule set is stored under `hash`.
    const LoadedRules* rule_set(const std::string& hash) const;
    // "record.db:event:12", the source named in messages about an event's stored inputs.
    std::string source_of(EventId id) const { return record_ + ":event:" + std::to_string(id); }

private:
    std::string record_;
    std::map<std::string, LoadedRules> loaded_;
};

// Works one event out again; nothing when it reproduces byte for byte. Called on any thread.
using Replayer = std::function<std::optional<ReplayDifference>(const ReplayItem&, const ReplayContext&)>;

class ReplayDispatcher {
public:
    void add(EventType type, Replayer replayer) { replayers_[type] = std::move(replayer); }
    const Replayer* find(EventType type) const {
        const auto found = replayers_.find(type);
        return found == replayers_.end() ? nullptr : &found->second;
    }

private:
    std::map<EventType, Replayer> replayers_;
};

// The replayers this build has (see above).
ReplayDispatcher standard_replayers();

struct ReplayOptions {
    std::function<void(std::int64_t, std::int64_t)> progress;  // (event id reached, last event id)
    std::size_t keep_mismatches = 100;                         // the rest are only counted
    unsigned threads = 0;                                      // 0: one per core
    // Threads reading the record: 0 lets replay choose (two for a large record on more than one
    // thread, each its own half of the ids on its own connection); 1 or 2 as asked (tests).
    unsigned readers = 0;
};

struct ReplayReport {
    std::int64_t replayed = 0;
    std::map<std::string, std::int64_t> replayed_by_type;
    std::size_t rule_sets = 0;             // used by the events replayed
    std::vector<ReplayMismatch> mismatches;  // in order of event
    std::size_t mismatch_count = 0;

    bool all_reproduce() const { return mismatch_count == 0; }
};

ReplayReport replay_record(const DecisionStore& store, const ReplayFilter& filter, const ReplayOptions& options = {},
                           const ReplayDispatcher& replayers = standard_replayers());

// Registers the replayers of plan events (plan_replay.cpp).
void add_plan_replayers(ReplayDispatcher& replayers);

// The replayer of indicative budgets (budget_replay.cpp).
std::optional<ReplayDifference> replay_indicative_budget(const ReplayItem& item, const ReplayContext& context);

// Says where two JSON texts first differ, as "path: recorded X, worked out again Y".
ReplayDifference describe_json_difference(const std::string& what, const std::string& recorded,
                                          const std::string& recomputed);

}  // namespace openras
