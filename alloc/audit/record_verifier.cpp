#include "alloc/audit/record_verifier.hpp"

#include "alloc/record/event_scan.hpp"
#include "alloc/record/store_schema.hpp"
#include "rules/ruleset_loader.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <climits>
#include <condition_variable>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>

namespace openras {
namespace {

struct StoredRuleSet {
    ChainHash digest{};
    bool used = false;
};
using RuleSetDigests = std::map<std::string, StoredRuleSet, std::less<>>;

void check_schema(const DecisionStore& store, std::vector<ChainProblem>& out) {
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
    SQLite::Statement query(store.database(), "SELECT key, value FROM meta ORDER BY key");
    std::map<std::string, std::string> meta;
    while (query.executeStep()) meta[query.getColumn(0).getString()] = query.getColumn(1).getString();
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

// Each stored rule set, with the digest its events are linked with: the one recorded when it
// was stored, or on records before schema 4, that of its text. A text that no longer has its
// recorded digest is named here, once, as edited or replaced; its events then still link.
RuleSetDigests check_rule_sets(const DecisionStore& store, std::vector<ChainProblem>& out) {
    RuleSetDigests stored;
    std::map<std::string, ChainHash> recorded = recorded_digests(store, out);
    SQLite::Statement query(store.database(), "SELECT hash, text FROM rule_sets ORDER BY hash");
    while (query.executeStep()) {
        const std::string hash = query.getColumn(0).getString(), text = query.getColumn(1).getString();
        const ChainHash digest = Sha256::of(text);
        const auto kept = recorded.find(hash);
        stored[hash].digest = kept != recorded.end() ? kept->second : digest;
        const bool as_recorded = kept == recorded.end() || kept->second == digest;
        if (kept != recorded.end()) recorded.erase(kept);
        else if (store.schema_version() >= kSchemaWithRuleSetDigests)
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

// Hands batches of rows from the reader thread to the hashing thread, at most a few at a time.
class BatchChannel {
public:
    void push(std::unique_ptr<EventBatch> batch) {
        std::unique_lock lock(mutex_);
        room_.wait(lock, [&] { return full_.size() < 4; });
        full_.push_back(std::move(batch));
        ready_.notify_one();
    }
    // True when the hashing thread has batches waiting: the reader is ahead of it.
    bool backed_up() {
        std::unique_lock lock(mutex_);
        return full_.size() >= 2;
    }
    // A batch the walker is done with, for the reader to read into again.
    void give_back(std::unique_ptr<EventBatch> batch) {
        std::lock_guard lock(mutex_);
        if (spare_.size() < 8) spare_.push_back(std::move(batch));
    }
    std::unique_ptr<EventBatch> take_spare() {
        std::lock_guard lock(mutex_);
        if (spare_.empty()) return std::make_unique<EventBatch>();
        std::unique_ptr<EventBatch> batch = std::move(spare_.back());
        spare_.pop_back();
        return batch;
    }
    std::unique_ptr<EventBatch> pop() {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return !full_.empty(); });
        std::unique_ptr<EventBatch> batch = std::move(full_.front());
        full_.erase(full_.begin());
        room_.notify_one();
        return batch;
    }

private:
    std::mutex mutex_;
    std::condition_variable ready_, room_;
    std::vector<std::unique_ptr<EventBatch>> full_, spare_;
};

struct Walk {
    std::int64_t events = 0;
    EventId last_id = 0;
    ChainHash last_hash{};
};

// Works out each link's hash in `batch`, as ChainWalker::feed would: every event is hashed
// after the stored hash of the event before it (`previous`, moved on here), an impossible id
// being left out of the walk.
void hash_links(EventBatch& batch, ChainHash& previous) {
    batch.recomputed.resize(batch.ids.size());
    for (std::size_t i = 0; i < batch.ids.size(); ++i) {
        if (batch.ids[i] < 1) continue;
        batch.recomputed[i] = next_chain_hash(previous, batch.canonical(i));
        previous = batch.stored[i];
    }
}

void move_past(const EventBatch& batch, ChainHash& previous) {
    for (std::size_t i = 0; i < batch.ids.size(); ++i)
        if (batch.ids[i] >= 1) previous = batch.stored[i];
}

Walk walk_chain(const DecisionStore& store, RuleSetDigests& rule_sets, const StoreHead& meta_head,
                const VerifyOptions& options, std::vector<ChainProblem>& out) {
    const std::int64_t total = store.head().event;
    EventScanner scanner(store, [&rule_sets](std::string_view hash) -> const ChainHash* {
        const auto found = rule_sets.find(hash);
        if (found == rule_sets.end()) return nullptr;
        found->second.used = true;
        return &found->second.digest;
    });
    BatchChannel channel;
    const ChainHash genesis = genesis_hash(store.store_id());
    // Hashing is the slower half: when the hashing thread falls behind, the reader hashes the
    // links of the batch it has just read instead of waiting, so both cores keep busy.
    std::thread reader([&] {
        ChainHash previous = genesis;
        for (;;) {
            std::unique_ptr<EventBatch> batch = channel.take_spare();
            const bool more = scanner.next(*batch);
            const bool reader_hashes =
                options.link_hashing == VerifyOptions::LinkHashing::AllByReader || channel.backed_up();
            if (reader_hashes) hash_links(*batch, previous);
            else move_past(*batch, previous);
            channel.push(std::move(batch));
            if (!more) return;
        }
    });
    ChainWalker walker(genesis);
    Walk walk;
    for (;;) {
        std::unique_ptr<EventBatch> batch = channel.pop();
        const bool hashed = !batch->recomputed.empty();
        for (std::size_t i = 0; i < batch->ids.size(); ++i)
            walker.feed(batch->ids[i], batch->canonical(i), batch->stored[i], out, hashed ? &batch->recomputed[i] : nullptr);
        walk.events += std::int64_t(batch->ids.size());
        out.insert(out.end(), batch->problems.begin(), batch->problems.end());
        if (options.progress) options.progress(walk.events, total);
        if (batch->finished) break;
        channel.give_back(std::move(batch));
    }
    reader.join();
    walker.finish(meta_head.event, meta_head.hash, out);
    walk.last_id = walker.last_id();
    walk.last_hash = walker.last_hash();
    return walk;
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
            if (!stored.used) problems.push_back({0, "the stored rule set " + hash + " is used by no event: it was added outside OpenRAS", {}});
        report.events = walk.events;
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
