#include "alloc/audit/replay.hpp"

#include "alloc/io/cores.hpp"
#include "alloc/io/dates.hpp"
#include "alloc/record/decision_store_state.hpp"
#include "rules/ruleset_loader.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <pqxx/pqxx>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

namespace openras {
namespace {

std::string short_value(const nlohmann::json& value) {
    std::string text = value.dump();
    return text.size() > 80 ? text.substr(0, 77) + "..." : text;
}

// The first place, in key order, where two JSON values differ.
bool first_difference(const nlohmann::json& a, const nlohmann::json& b, const std::string& path, std::string& out) {
    if (a.type() != b.type() || (!a.is_structured() && a != b)) {
        out = (path.empty() ? "(the whole payload)" : path) + ": recorded " + short_value(a) + ", worked out again " + short_value(b);
        return true;
    }
    if (a.is_object()) {
        for (const auto& [key, value] : a.items()) {
            const std::string at = path.empty() ? key : path + "." + key;
            if (!b.contains(key)) return out = at + ": recorded, but not there when worked out again", true;
            if (first_difference(value, b.at(key), at, out)) return true;
        }
        for (const auto& [key, value] : b.items())
            if (!a.contains(key)) return out = (path.empty() ? key : path + "." + key) + ": worked out again, but not recorded", true;
    }
    if (a.is_array()) {
        for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
            if (first_difference(a[i], b[i], path + "[" + std::to_string(i) + "]", out)) return true;
        if (a.size() != b.size())
            return out = path + ": recorded " + std::to_string(a.size()) + " items, worked out again " + std::to_string(b.size()), true;
    }
    return false;
}

// The selection's SQL on `table`; `value(name, text)` writes each of the filter's values into
// it: a placeholder for SQLite to bind, or the value quoted for the server.
std::string selection_sql(const ReplayFilter& filter, const std::string& table,
                          const std::function<std::string(const char*, const std::string&)>& value, EventId first_id = 0,
                          EventId last_id = 0) {
    const std::string referenced = "r.id, r.type, r.person, r.actor, r.role, r.recorded_at, r.refers_to, r.rule_set, "
                                   "r.payload, r.chain_hash";
    std::string sql = "SELECT e.id, e.type, e.person, e.actor, e.role, e.recorded_at, e.refers_to, e.rule_set, e.payload, "
                      "e.chain_hash, " + referenced + " FROM " + table + " e LEFT JOIN " + table + " r ON r.id = e.refers_to WHERE e.type IN (";
    bool first = true;
    for (int t = 0; t < kEventTypeCount; ++t) {
        if (!is_computed(EventType(t))) continue;
        sql += (first ? "'" : ", '") + std::string(event_type_name(EventType(t))) + "'";
        first = false;
    }
    sql += ")";
    if (filter.person) sql += " AND e.person = " + value("person", *filter.person);
    if (filter.from) sql += " AND e.recorded_at >= " + value("from", iso_date(*filter.from));
    if (filter.to) sql += " AND e.recorded_at < " + value("to", iso_date(*filter.to + boost::gregorian::days(1)));
    return sql + " AND e.id BETWEEN " + value("first", std::to_string(first_id)) + " AND " + value("last", std::to_string(last_id)) +
           " ORDER BY e.id";
}

constexpr std::size_t kBatchSize = 64;
// Batches of events from the reading thread to the replaying ones, and the batches done with
// back to the reader, which reads the next events into them: their strings keep their room, so
// reading a record does not allocate and free every event's strings.
class WorkQueue {
public:
    void give_back(std::vector<ReplayItem> batch) {
        std::lock_guard lock(mutex_);
        if (spare_.size() < 16) spare_.push_back(std::move(batch));
    }
    std::vector<ReplayItem> take_spare() {
        std::lock_guard lock(mutex_);
        if (spare_.empty()) return {};
        std::vector<ReplayItem> batch = std::move(spare_.back());
        spare_.pop_back();
        return batch;
    }
    void push(std::vector<ReplayItem> batch) {
        std::unique_lock lock(mutex_);
        room_.wait(lock, [&] { return batches_.size() < 8; });
        batches_.push_back(std::move(batch));
        ready_.notify_one();
    }
    void close() {
        std::lock_guard lock(mutex_);
        closed_ = true;
        ready_.notify_all();
    }
    // False when the queue is closed and empty.
    bool pop(std::vector<ReplayItem>& batch) {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return !batches_.empty() || closed_; });
        if (batches_.empty()) return false;
        batch = std::move(batches_.front());
        batches_.pop_front();
        room_.notify_one();
        return true;
    }

private:
    std::mutex mutex_;
    std::condition_variable ready_, room_;
    std::deque<std::vector<ReplayItem>> batches_;
    std::vector<std::vector<ReplayItem>> spare_;
    bool closed_ = false;
};

struct WorkerResult {
    std::vector<ReplayMismatch> mismatches;
    std::exception_ptr failure;
};

void replay_batches(WorkQueue& queue, const ReplayContext& context, const ReplayDispatcher& replayers, WorkerResult& out) {
    std::vector<ReplayItem> batch;
    while (queue.pop(batch)) {
        for (const ReplayItem& item : batch) {
            if (out.failure) continue;  // keep draining so the reader never waits for ever
            try {
                const Replayer* replayer = replayers.find(*item.event.known_type());
                std::optional<ReplayDifference> difference =
                    replayer ? (*replayer)(item, context)
                             : ReplayDifference{"this build cannot work out \"" + item.event.type + "\" events again", {}};
                if (difference) out.mismatches.push_back({item.event.id, item.event.type, item.event.person, std::move(*difference)});
            } catch (...) {
                out.failure = std::current_exception();
            }
        }
        queue.give_back(std::move(batch));
    }
}

// What one reader counted of the events it read.
struct ReadTally {
    std::int64_t replayed = 0;
    std::map<std::string, std::int64_t> by_type;
    std::set<std::string> rule_sets;
};

// The readers' progress said as one position: the ids all of them have passed, out of the last.
class ReadProgress {
public:
    ReadProgress(const ReplayOptions& options, std::vector<EventId> firsts, EventId last)
        : options_(options), firsts_(std::move(firsts)), passed_(firsts_.size(), 0), last_(last) {}
    void reached(std::size_t reader, EventId id) {
        if (!options_.progress) return;
        std::lock_guard lock(mutex_);  // the callback is called by one reader at a time
        passed_[reader] = std::max<std::int64_t>(passed_[reader], id - firsts_[reader] + 1);
        std::int64_t passed = 0;
        for (std::int64_t p : passed_) passed += p;
        options_.progress(std::min(passed, last_), last_);
    }

private:
    const ReplayOptions& options_;
    std::vector<EventId> firsts_;
    std::vector<std::int64_t> passed_;
    EventId last_;
    std::mutex mutex_;
};

// Hands the events a reader reads out in batches, each event read into a batch done with, so
// their strings keep their room; counts them by type and notes their rule sets as they come.
class BatchFiller {
public:
    BatchFiller(WorkQueue& queue, ReadTally& tally, const std::function<void(EventId)>& reached)
        : queue_(queue), tally_(tally), reached_(reached), batch_(queue.take_spare()), counted_(tally.by_type.end()) {}

    // Where the next event is read into.
    ReplayItem& next() {
        if (filled_ == batch_.size()) batch_.emplace_back();
        return batch_[filled_];
    }
    // The event read into next() is complete.
    void taken() {
        const ReplayItem& item = batch_[filled_++];
        ++tally_.replayed;
        // Events of one type come in runs: the count of the last type is kept at hand.
        if (counted_ == tally_.by_type.end() || counted_->first != item.event.type)
            counted_ = tally_.by_type.try_emplace(item.event.type, 0).first;
        ++counted_->second;
        if (item.event.rule_set && *item.event.rule_set != last_rule_set_) {  // likewise for rule sets
            last_rule_set_ = *item.event.rule_set;
            tally_.rule_sets.insert(last_rule_set_);
        }
        if (filled_ == kBatchSize) {
            reached_(batch_.back().event.id);
            queue_.push(std::move(batch_));
            batch_ = queue_.take_spare();
            filled_ = 0;
        }
    }
    void finish(EventId last) {
        if (filled_ > 0) {
            batch_.resize(filled_);
            queue_.push(std::move(batch_));
        }
        reached_(last);
    }

private:
    WorkQueue& queue_;
    ReadTally& tally_;
    const std::function<void(EventId)>& reached_;
    std::vector<ReplayItem> batch_;
    std::size_t filled_ = 0;
    std::map<std::string, std::int64_t>::iterator counted_;
    std::string last_rule_set_;
};

// Reads the selected events with ids in [first, last] on `database` and hands them out in batches.
void read_events(SQLite::Database& database, const ReplayFilter& filter, EventId first, EventId last, WorkQueue& queue,
                 ReadTally& tally, const std::function<void(EventId)>& reached) {
    SQLite::Statement query(database, selection_sql(filter, "events", [](const char* name, const std::string&) {
                                return std::string(":") + name;
                            }));
    if (filter.person) query.bind(":person", *filter.person);
    if (filter.from) query.bind(":from", iso_date(*filter.from));
    if (filter.to) query.bind(":to", iso_date(*filter.to + boost::gregorian::days(1)));
    query.bind(":first", first);
    query.bind(":last", last);
    BatchFiller filler(queue, tally, reached);
    while (query.executeStep()) {
        ReplayItem& item = filler.next();
        read_event_row_into(query, 0, item.event);
        if (query.getColumn(10).isNull()) {
            item.referenced.reset();
        } else {
            if (!item.referenced) item.referenced.emplace();
            read_event_row_into(query, 10, *item.referenced);
        }
        filler.taken();
    }
    filler.finish(last);
}

// The same from a council's server, through a cursor in the store's snapshot.
void read_council_events(CouncilRecord& council, const ReplayFilter& filter, EventId first, EventId last, WorkQueue& queue,
                         ReadTally& tally, const std::function<void(EventId)>& reached) {
    const std::string sql = selection_sql(filter, "openras.events", [&](const char* name, const std::string& value) {
        return std::string(name) == "first" || std::string(name) == "last" ? value : council.quote(value);
    }, first, last);
    BatchFiller filler(queue, tally, reached);
    council.for_each_row(sql, [&](const pqxx::row& row) {
        ReplayItem& item = filler.next();
        read_council_event_into(row, 0, item.event);
        if (row[10].is_null()) {
            item.referenced.reset();
        } else {
            if (!item.referenced) item.referenced.emplace();
            read_council_event_into(row, 10, *item.referenced);
        }
        filler.taken();
    });
    filler.finish(last);
}

}  // namespace

ReplayContext::ReplayContext(const DecisionStore& store) : record_(store.path()) {
    for (const std::string& hash : store.rule_set_hashes()) {
        LoadedRules& loaded = loaded_[hash];
        RuleSetLoad load = load_rule_set(*store.rule_set_text(hash), record_ + ":ruleset:" + hash);
        if (!load.rule_set) {
            loaded.problem = "its stored rule set " + hash + " no longer loads: " + load.problems.errors().front().to_string();
        } else if (load.rule_set->hash != hash) {
            loaded.problem = "its stored rule set was replaced: the text now has the hash " + load.rule_set->hash;
        } else {
            loaded.rules = load.rule_set;
            loaded.engine = std::make_shared<BudgetEngine>(load.rule_set);
            loaded.answers = std::make_shared<AnswerLookup>(*load.rule_set);
        }
    }
}

const ReplayContext::LoadedRules* ReplayContext::rule_set(const std::string& hash) const {
    const auto found = loaded_.find(hash);
    return found == loaded_.end() ? nullptr : &found->second;
}

ReplayDifference describe_json_difference(const std::string& what, const std::string& recorded, const std::string& recomputed) {
    const nlohmann::json a = nlohmann::json::parse(recorded, nullptr, false);
    const nlohmann::json b = nlohmann::json::parse(recomputed, nullptr, false);
    if (a.is_discarded()) return {what, {"the recorded payload is not JSON"}};
    std::string where;
    if (first_difference(a, b, "", where)) return {what, {where}};
    return {what, {"the same content, but the recorded bytes are not in canonical form"}};
}

ReplayDispatcher standard_replayers() {
    ReplayDispatcher replayers;
    replayers.add(EventType::IndicativeBudgetComputed, replay_indicative_budget);
    add_plan_replayers(replayers);
    return replayers;
}

ReplayReport replay_record(const DecisionStore& store, const ReplayFilter& filter, const ReplayOptions& options,
                           const ReplayDispatcher& replayers) {
    ReplayReport report;
    std::set<std::string> rule_sets;
    try {
        const ReadSnapshot snapshot(store);  // the events as they were at one moment
        const ReplayContext context(store);
        const unsigned threads = options.threads ? options.threads : usable_cores();
        const EventId last = store.head().event;
        // Reading is half the work of a replay: on more than one core, a large record is read by
        // two readers, each its own half of the ids on its own connection. Events never change
        // once written, so those up to the head read here are the same from either snapshot.
        unsigned readers = options.readers ? std::min(options.readers, 2u) : (threads > 1 && last >= DecisionStore::kReadInTwoFrom ? 2 : 1);
        std::unique_ptr<SQLite::Database> second = readers > 1 ? store.second_reader() : nullptr;
        if (!second) readers = 1;
        const EventId middle = readers > 1 ? last / 2 : last;
        ReadProgress progress(options, readers > 1 ? std::vector<EventId>{1, middle + 1} : std::vector<EventId>{1}, last);
        WorkQueue queue;
        std::vector<WorkerResult> results(threads);
        std::vector<std::thread> workers;
        for (unsigned t = 0; t < threads; ++t)
            workers.emplace_back(replay_batches, std::ref(queue), std::cref(context), std::cref(replayers), std::ref(results[t]));
        std::vector<ReadTally> tallies(readers);
        std::exception_ptr second_failure;
        std::thread second_reader;
        try {
            if (second)
                second_reader = std::thread([&] {
                    try {
                        read_events(*second, filter, middle + 1, last, queue, tallies[1],
                                    [&](EventId id) { progress.reached(1, id); });
                    } catch (...) {
                        second_failure = std::current_exception();
                    }
                });
            const auto reached = [&](EventId id) { progress.reached(0, id); };
            if (CouncilRecord* council = store.council())
                read_council_events(*council, filter, 1, middle, queue, tallies[0], reached);
            else
                read_events(store.database(), filter, 1, middle, queue, tallies[0], reached);
        } catch (...) {
            if (second_reader.joinable()) second_reader.join();
            queue.close();
            for (std::thread& worker : workers) worker.join();
            throw;
        }
        if (second_reader.joinable()) second_reader.join();
        queue.close();
        for (std::thread& worker : workers) worker.join();
        if (second_failure) std::rethrow_exception(second_failure);
        for (const ReadTally& tally : tallies) {
            report.replayed += tally.replayed;
            for (const auto& [type, count] : tally.by_type) report.replayed_by_type[type] += count;
            rule_sets.insert(tally.rule_sets.begin(), tally.rule_sets.end());
        }
        for (WorkerResult& result : results) {
            if (result.failure) std::rethrow_exception(result.failure);
            for (ReplayMismatch& m : result.mismatches) report.mismatches.push_back(std::move(m));
        }
    } catch (const OpenRasError&) {
        throw;
    } catch (const std::exception& e) {
        throw_storage_error(store.path(), e);
    }
    std::sort(report.mismatches.begin(), report.mismatches.end(),
              [](const ReplayMismatch& a, const ReplayMismatch& b) { return a.event < b.event; });
    report.mismatch_count = report.mismatches.size();
    if (report.mismatches.size() > options.keep_mismatches) report.mismatches.resize(options.keep_mismatches);
    report.rule_sets = rule_sets.size();
    return report;
}

}  // namespace openras
