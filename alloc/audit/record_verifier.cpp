#include "alloc/audit/record_verifier.hpp"

#include "alloc/io/cores.hpp"
#include "alloc/record/council/council_record.hpp"
#include "alloc/record/event_scan.hpp"
#include "alloc/record/store_schema.hpp"
#include "rules/ruleset_loader.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <climits>
#include <cstring>
#include <map>
#include <thread>

namespace openras {
namespace {

struct StoredRuleSet {
    ChainHash digest{};
    std::atomic<bool> used{false};  // set by whichever reader meets an event that names it
};
using RuleSetDigests = std::map<std::string, StoredRuleSet, std::less<>>;

void check_schema(const DecisionStore& store, std::vector<ChainProblem>& out) {
    if (CouncilRecord* council = store.council()) {  // the server's guards: triggers, policies, functions
        for (const std::string& missing : council->guard_problems()) out.push_back({0, missing, {}});
        return;
    }
    std::map<std::string, std::string> found;
    SQLite::Statement query(store.database(),
                            "SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'");
    while (query.executeStep()) found[query.getColumn(0).getString()] = query.getColumn(1).getString();
    for (const auto& [name, sql] : expected_schema(store.schema_version())) {
        const auto it = found.find(name);
        if (it == found.end())
            out.push_back({0, "the schema has lost \"" + name + "\"" +
                                  (sql.find("TRIGGER") != std::string::npos ? ", one of the guards that refuse changes to the past" : ""),
                           {}});
        else if (it->second != sql)
            out.push_back({0, "the schema of \"" + name + "\" was changed", {"expected: " + sql, "found:    " + it->second}});
        if (it != found.end()) found.erase(it);
    }
    for (const auto& [name, sql] : found) out.push_back({0, "the schema has something OpenRAS never made: \"" + name + "\"", {sql}});
}

StoreHead check_meta(const DecisionStore& store, std::vector<ChainProblem>& out) {
    std::map<std::string, std::string> meta;
    if (CouncilRecord* council = store.council()) {
        meta = council->meta();
        if (meta.erase("schema_version") == 0) out.push_back({0, "the record's `meta` table has lost its schema_version", {}});
    } else {
        SQLite::Statement query(store.database(), "SELECT key, value FROM meta ORDER BY key");
        while (query.executeStep()) meta[query.getColumn(0).getString()] = query.getColumn(1).getString();
    }
    for (const char* key : {kMetaHeadEvent, kMetaHeadHash, kMetaStoreId})
        if (meta.erase(key) == 0) out.push_back({0, std::string("the record's `meta` table has lost its ") + key, {}});
    for (const auto& [key, value] : meta) out.push_back({0, "the record's `meta` table has an unknown entry \"" + key + "\"", {}});
    if (!chain_hash_from_hex(std::string(store.store_id())).has_value() && store.store_id().size() != 32)
        out.push_back({0, "the store id is not 32 hex digits", {}});
    return store.meta_head();
}

// The SHA-256 of each text as its events recorded it (schema 4 on), by hash; a digest of the
// wrong length is reported and left out.
std::map<std::string, ChainHash> recorded_digests(const DecisionStore& store, std::vector<ChainProblem>& out) {
    std::map<std::string, ChainHash> recorded;
    if (CouncilRecord* council = store.council()) {
        for (const auto& [hash, digest] : council->rule_set_digests()) {
            if (digest.size() != 32) out.push_back({0, "the recorded digest of rule set " + hash + " is damaged", {}});
            else std::memcpy(recorded[hash].data(), digest.data(), 32);
        }
        return recorded;
    }
    if (store.schema_version() < kSchemaWithRuleSetDigests) return recorded;
    SQLite::Statement query(store.database(), "SELECT hash, text_sha256 FROM rule_set_digests ORDER BY hash");
    while (query.executeStep()) {
        const std::string hash = query.getColumn(0).getString();
        const SQLite::Column digest = query.getColumn(1);
        if (digest.getBytes() != 32) {
            out.push_back({0, "the recorded digest of rule set " + hash + " is damaged", {}});
            continue;
        }
        std::memcpy(recorded[hash].data(), digest.getBlob(), 32);
    }
    return recorded;
}

// Every stored rule set's hash and text, in the order of their hashes.
std::vector<std::pair<std::string, std::string>> stored_rule_sets(const DecisionStore& store) {
    std::vector<std::pair<std::string, std::string>> texts;
    if (store.council()) {
        for (const std::string& hash : store.rule_set_hashes()) texts.emplace_back(hash, store.rule_set_text(hash).value_or(""));
        return texts;
    }
    SQLite::Statement query(store.database(), "SELECT hash, text FROM rule_sets ORDER BY hash");
    while (query.executeStep()) texts.emplace_back(query.getColumn(0).getString(), query.getColumn(1).getString());
    return texts;
}

// Each stored rule set, with the digest its events are linked with: the one recorded when it
// was stored, or on records before schema 4, that of its text. A text that no longer has its
// recorded digest is named here, once, as edited or replaced; its events then still link.
RuleSetDigests check_rule_sets(const DecisionStore& store, std::vector<ChainProblem>& out) {
    RuleSetDigests stored;
    std::map<std::string, ChainHash> recorded = recorded_digests(store, out);
    const bool keeps_digests = store.council() || store.schema_version() >= kSchemaWithRuleSetDigests;
    for (const auto& [hash, text] : stored_rule_sets(store)) {
        const ChainHash digest = Sha256::of(text);
        const auto kept = recorded.find(hash);
        stored[hash].digest = kept != recorded.end() ? kept->second : digest;
        const bool as_recorded = kept == recorded.end() || kept->second == digest;
        if (kept != recorded.end()) recorded.erase(kept);
        else if (keeps_digests)
            out.push_back({0, "the stored rule set " + hash + " has no recorded digest: it was added outside OpenRAS", {}});
        const RuleSetLoad load = load_rule_set(text, store.path() + ":ruleset:" + hash);
        if (!load.rule_set)
            out.push_back({0, "the stored rule set " + hash + " no longer loads: it was changed",
                           {load.problems.errors().front().to_string()}});
        else if (load.rule_set->hash != hash)
            out.push_back({0, "the stored rule set " + hash + " was replaced: its text now has the hash " + load.rule_set->hash, {}});
        else if (!as_recorded)
            out.push_back({0, "the stored rule set " + hash + " was edited: its text is not the text its events were "
                              "recorded with, although its rules are the same (a comment, spacing or quoting changed)", {}});
    }
    for (const auto& [hash, digest] : recorded)
        out.push_back({0, "the record holds a digest of rule set " + hash + " but not its text: the text was removed", {}});
    return stored;
}

struct Walk {
    unsigned readers = 1;
    std::int64_t events = 0;
    EventId last_id = 0;
    ChainHash last_hash{};
};

// Where a reader starts: after the last event (numbered from 1) at or before `id`, whose stored
// hash its first link is hashed after; the store's genesis when there is none.
struct ChainStart {
    EventId id = 0;
    ChainHash hash{};
};

ChainStart start_after(const DecisionStore& store, EventId id) {
    SQLite::Statement query(store.database(),
                            "SELECT id, chain_hash FROM events WHERE id >= 1 AND id <= ? ORDER BY id DESC LIMIT 1");
    query.bind(1, std::int64_t(id));
    if (!query.executeStep()) return {0, genesis_hash(store.store_id())};
    ChainStart start{query.getColumn(0).getInt64(), {}};
    const SQLite::Column stored = query.getColumn(1);
    // As the scanner copies a stored hash: its first 32 bytes, whatever kind of value it is.
    std::memcpy(start.hash.data(), stored.getBlob(), std::min<std::size_t>(32, std::size_t(stored.getBytes())));
    return start;
}

// One reader's part of the walk: its range of ids on its own connection, each link hashed as it
// is read and fed to its own walker, its problems in the order a walk of
// the whole record gives them.
class RangeWalk {
public:
    RangeWalk(std::unique_ptr<EventRows> rows, RuleSetDigests& rule_sets, EventIdRange range, const ChainStart& start)
        : scanner_(std::move(rows), [&rule_sets](std::string_view hash) -> const ChainHash* {
              const auto found = rule_sets.find(hash);
              if (found == rule_sets.end()) return nullptr;
              if (!found->second.used.load(std::memory_order_relaxed)) found->second.used.store(true, std::memory_order_relaxed);
              return &found->second.digest;
          }, start.hash, range),
          walker_(start.hash, start.id) {}

    // Reads the whole range; `read` is told how many events this reader has read, after each batch.
    void run(const std::function<void(std::int64_t)>& read) {
        EventBatch batch;
        for (bool more = true; more;) {
            more = scanner_.next(batch);
            for (std::size_t i = 0; i < batch.ids.size(); ++i)
                walker_.feed(batch.ids[i], {}, batch.stored[i], problems_, &batch.recomputed[i], &batch.after_broken[i]);
            problems_.insert(problems_.end(), batch.problems.begin(), batch.problems.end());
            events_ += std::int64_t(batch.ids.size());
            if (read) read(events_);
        }
    }

    // The references this reader could not judge, judged by the reader of the events before.
    void judge_references(const RangeWalk& before) {
        const std::vector<UnjudgedReference>& unjudged = scanner_.unjudged();
        std::size_t next = 0;
        std::erase_if(problems_, [&](ChainProblem& p) {
            if (!p.what.empty() || next >= unjudged.size()) return false;
            const UnjudgedReference& reference = unjudged[next++];
            if (!before.scanner_.about_another_person(reference.target, reference.person)) return true;
            p.what = refers_to_another_person(reference.target);
            return false;
        });
    }

    ChainWalker& walker() { return walker_; }
    std::vector<ChainProblem>& problems() { return problems_; }
    std::int64_t events() const { return events_; }

private:
    EventScanner scanner_;
    ChainWalker walker_;
    std::vector<ChainProblem> problems_;
    std::int64_t events_ = 0;
};

Walk finish_walk(RangeWalk& last, std::int64_t events, const StoreHead& meta_head, std::vector<ChainProblem>& out) {
    last.walker().finish(meta_head.event, meta_head.hash, last.problems());
    out.insert(out.end(), last.problems().begin(), last.problems().end());
    return {1, events, last.walker().last_id(), last.walker().last_hash()};
}

Walk walk_in_one(const DecisionStore& store, RuleSetDigests& rule_sets, const StoreHead& meta_head,
                 const VerifyOptions& options, std::vector<ChainProblem>& out) {
    const std::int64_t total = store.head().event;
    RangeWalk walk(store.read_events({}), rule_sets, {}, {0, genesis_hash(store.store_id())});
    walk.run([&](std::int64_t read) {
        if (options.progress) options.progress(read, total);
    });
    return finish_walk(walk, walk.events(), meta_head, out);
}

// The record in two halves of its ids, side by side: the first on this connection, the second
// on another, bounded by the last id this connection's snapshot holds. The second half's walk
// starts from the stored hash of the first half's last event, as a walk in one would hash it; only
// when that last link is broken does the second half's first link depend on the first half's
// walk, and then nothing is kept and the record is walked again in one (a damaged record only).
std::optional<Walk> walk_in_two(const DecisionStore& store, RuleSetDigests& rule_sets, const StoreHead& meta_head,
                                const VerifyOptions& options, std::vector<ChainProblem>& out) {
    std::unique_ptr<SQLite::Database> second = store.second_reader();
    if (!second) return std::nullopt;
    const std::int64_t total = store.head().event;
    const EventId last = store.database().execAndGet("SELECT coalesce(max(id), 0) FROM events").getInt64();
    const EventId middle = last / 2;
    RangeWalk first(store.read_events({std::nullopt, middle}), rule_sets, {std::nullopt, middle},
                    {0, genesis_hash(store.store_id())});
    RangeWalk rest(sqlite_event_rows(*second, {middle, last}), rule_sets, {middle, last}, start_after(store, middle));
    std::atomic<std::int64_t> rest_read{0};
    std::atomic<bool> rest_done{false};
    std::exception_ptr rest_failure;
    std::thread reader([&] {
        try {
            rest.run([&](std::int64_t read) { rest_read.store(read, std::memory_order_relaxed); });
        } catch (...) {
            rest_failure = std::current_exception();
        }
        rest_done.store(true);
    });
    const auto tell = [&](std::int64_t first_read) {
        if (options.progress) options.progress(first_read + rest_read.load(std::memory_order_relaxed), total);
    };
    try {
        first.run(tell);
    } catch (...) {
        reader.join();
        throw;
    }
    while (!rest_done.load()) {
        tell(first.events());
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    reader.join();
    if (rest_failure) std::rethrow_exception(rest_failure);
    if (first.walker().waiting_on_next()) return std::nullopt;
    rest.judge_references(first);
    out.insert(out.end(), first.problems().begin(), first.problems().end());
    return finish_walk(rest, first.events() + rest.events(), meta_head, out);
}

Walk walk_chain(const DecisionStore& store, RuleSetDigests& rule_sets, const StoreHead& meta_head,
                const VerifyOptions& options, std::vector<ChainProblem>& out) {
    const unsigned cores = usable_cores();
    const unsigned readers =
        options.readers ? std::min(options.readers, 2u) : (cores > 1 && store.head().event >= DecisionStore::kReadInTwoFrom ? 2 : 1);
    if (readers > 1) {
        // Nothing is added to `out` when the halves meet at a broken link.
        if (std::optional<Walk> walk = walk_in_two(store, rule_sets, meta_head, options, out)) {
            walk->readers = 2;
            return *walk;
        }
    }
    return walk_in_one(store, rule_sets, meta_head, options, out);
}

}  // namespace

VerifyReport verify_record(const DecisionStore& store, const VerifyOptions& options) {
    VerifyReport report;
    std::vector<ChainProblem> problems;
    try {
        const ReadSnapshot snapshot(store);  // the head and the events as they were at one moment
        check_schema(store, problems);
        const StoreHead meta_head = check_meta(store, problems);
        if (options.after_head_read) options.after_head_read();
        RuleSetDigests rule_sets = check_rule_sets(store, problems);
        const Walk walk = walk_chain(store, rule_sets, meta_head, options, problems);
        for (const auto& [hash, stored] : rule_sets)
            if (!stored.used.load()) problems.push_back({0, "the stored rule set " + hash + " is used by no event: it was added outside OpenRAS", {}});
        report.events = walk.events;
        report.readers = walk.readers;
        report.rule_sets = rule_sets.size();
        report.head = {walk.last_id, walk.last_hash};
    } catch (const OpenRasError&) {
        throw;
    } catch (const std::exception& e) {
        problems.push_back({0, std::string("the file is damaged: SQLite reports \"") + e.what() + "\"", {}});
    }
    // Event by event, so the first is the first broken link; then what concerns the whole record.
    const auto order = [](const ChainProblem& p) { return p.event == 0 ? INT64_MAX : p.event; };
    std::stable_sort(problems.begin(), problems.end(),
                     [&](const ChainProblem& a, const ChainProblem& b) { return order(a) < order(b); });
    report.problem_count = problems.size();
    if (problems.size() > options.keep_problems) problems.resize(options.keep_problems);
    report.problems = std::move(problems);
    return report;
}

}  // namespace openras
