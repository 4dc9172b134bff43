// The decision record's speed. Run: build/bench/openras_bench --benchmark_filter=Store
//
//   BM_StoreDurableAppendVsRawInsert/<bytes>
//       Durable appends (one event per transaction: BEGIN IMMEDIATE, checks, chain hash, insert,
//       head, COMMIT with WAL and synchronous = FULL) against raw SQLite inserts of rows of the same
//       size into a plain table with the same settings, one row per transaction, interleaved one
//       for one so both see the same disk. Counters: appends_per_s, raw_inserts_per_s, ratio.
//       Every append is for one person, so each one's checks run against a timeline of hundreds
//       of events: a check that walked the person's events would show here.
//   BM_Store1M_VerifyVsScan, BM_Store1M_ReplayVsScan
//       `audit verify` and `audit replay` over a generated record of 1,000,000 events (200,000
//       synthetic people, each registered, assessed twice, with an indicative budget each time: 40%
//       of the events are budgets with their whole explanation), against a plain SELECT of every
//       column of every row of the same table. The record is generated once into
//       $OPENRAS_BENCH_DIR (default /tmp) and reused; $OPENRAS_BENCH_EVENTS changes its size.
//       The argument is the threads of the scan (and of replay's workers): /1 is meant to run
//       pinned to one core (taskset -c 1), /2 on both; ratios compare the same threads.
#include "alloc/budget/budget_report.hpp"
#include "alloc/case/case_actions.hpp"
#include "alloc/caseload/caseload_generator.hpp"
#include "alloc/record/decision_store.hpp"
#include "alloc/audit/record_verifier.hpp"
#include "alloc/audit/replay.hpp"
#include "alloc/record/decision_store_state.hpp"
#include "alloc/record/sha256.hpp"
#include "rules/budget_engine.hpp"
#include "rules/ruleset_loader.hpp"

#include <SQLiteCpp/Database.h>
#include <benchmark/benchmark.h>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <sqlite3.h>

#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <stdexcept>
#include <thread>

namespace openras {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

std::string bench_dir() {
    const char* dir = std::getenv("OPENRAS_BENCH_DIR");
    return dir ? dir : "/tmp";
}

std::int64_t bench_events() {
    const char* events = std::getenv("OPENRAS_BENCH_EVENTS");
    return events ? std::max<std::int64_t>(5, std::atoll(events)) : 1000000;
}

UtcClock second_ticks() {
    auto tick = std::make_shared<std::int64_t>(0);
    return [tick] {
        return boost::posix_time::ptime(boost::gregorian::date(2026, 5, 1)) + boost::posix_time::seconds((*tick)++);
    };
}

void remove_record(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
}

// ---- Durable appends against raw inserts ------------------------------------------------------

struct RawTable {
    sqlite3* db = nullptr;
    sqlite3_stmt* insert = nullptr;
    explicit RawTable(const std::string& path) {
        sqlite3_open(path.c_str(), &db);
        sqlite3_busy_timeout(db, 2000);
        sqlite3_exec(db,
                     "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                     "CREATE TABLE rows (id INTEGER PRIMARY KEY, type TEXT, person TEXT, actor TEXT, role TEXT,"
                     " recorded_at TEXT, refers_to INTEGER, rule_set TEXT, payload TEXT, chain_hash BLOB)",
                     nullptr, nullptr, nullptr);
        sqlite3_prepare_v2(db, "INSERT INTO rows VALUES (NULL, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)", -1, &insert, nullptr);
    }
    ~RawTable() {
        sqlite3_finalize(insert);
        sqlite3_close(db);
    }
    // One row of the same size as the event, in a transaction of its own.
    void insert_row(const std::string& payload, const std::string& person, std::uint8_t salt) {
        std::uint8_t hash[32] = {salt};
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        const char* texts[] = {"dispute-recorded", person.c_str(), "Sam Patel", "social-worker", "2026-05-01T09:00:00Z"};
        for (int i = 0; i < 5; ++i) sqlite3_bind_text(insert, i + 1, texts[i], -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 6, payload.data(), int(payload.size()), SQLITE_STATIC);
        sqlite3_bind_blob(insert, 7, hash, 32, SQLITE_STATIC);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
};

// `bytes` of what a budget's explanation reads like, £ and × signs and all (so the payload's
// text takes the UTF-8 path of the canonical writer, as a real one does): the model RAS's text
// explanation for everyone's heaviest answers, repeated, cut at a character's start.
std::string budget_like_text(std::size_t bytes) {
    const auto rules = embedded_default_rule_set();
    AnswerSheet sheet;
    for (const Question& q : rules->questions) sheet.answer_index.push_back(int(q.answers.size()) - 1);
    IndicativeBudget budget = BudgetEngine(rules).evaluate(sheet, true);
    budget.person = "P-0001";
    budget.assessment_date = boost::gregorian::date(2026, 5, 1);
    const std::string explanation = budget_text(budget);
    std::string out;
    while (out.size() < bytes) out += explanation;
    std::size_t end = bytes;
    while (end > 0 && (static_cast<unsigned char>(out[end]) & 0xC0) == 0x80) --end;
    return out.substr(0, end);
}

void BM_StoreDurableAppendVsRawInsert(benchmark::State& state) {
    const std::string reason = budget_like_text(std::size_t(state.range(0)));
    const std::string record = bench_dir() + "/openras-bench-append.db", raw = bench_dir() + "/openras-bench-raw.db";
    remove_record(record);
    remove_record(raw);
    StoreOptions options;
    options.create_if_missing = true;
    DecisionStore store = DecisionStore::open(record, options);
    RawTable table(raw);
    const Actor worker{"Sam Patel", Role::SocialWorker};
    register_person(store, "P-0001", worker);
    const std::string payload = nlohmann::json{{"reason", reason}}.dump();
    double append_seconds = 0, raw_seconds = 0;
    std::int64_t n = 0;
    for (auto _ : state) {
        auto start = Clock::now();
        record_dispute(store, "P-0001", worker, std::nullopt, reason);
        const double append = seconds_since(start);
        start = Clock::now();
        table.insert_row(payload, "P-0001", std::uint8_t(n++));
        raw_seconds += seconds_since(start);
        append_seconds += append;
        state.SetIterationTime(append);  // the time shown is one durable append
    }
    state.counters["appends_per_s"] = double(n) / append_seconds;
    state.counters["raw_inserts_per_s"] = double(n) / raw_seconds;
    state.counters["ratio"] = raw_seconds / append_seconds;
    remove_record(record);
    remove_record(raw);
}
// Seven runs of 400, reported as mean, median and spread: one run's ratio moves with the disk's
// fsync timing by several hundredths. The reasons are real explanation text, not one letter
// repeated (the payload for 7,500 holds about 40 £ and × signs).
BENCHMARK(BM_StoreDurableAppendVsRawInsert)
    ->Arg(200)
    ->Arg(7500)
    ->Iterations(400)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

// ---- A generated record of a million events ---------------------------------------------------

Assessment assessment_of(const RuleSet& rules, const GeneratedPerson& person, const std::string& reference,
                         const boost::gregorian::date& day) {
    Assessment a;
    a.person = reference;
    a.date = day;
    for (std::size_t q = 0; q < rules.questions.size(); ++q)
        if (person.answers.answer_index[q] >= 0)
            a.answers.push_back({rules.questions[q].id, rules.questions[q].answers[std::size_t(person.answers.answer_index[q])].id, {}});
    return a;
}

// The assessment and its budget, as record_assessment would append them, with one engine.
void add_assessment(std::vector<NewEvent>& batch, const BudgetEngine& engine, const RuleSetText& text, const Assessment& a,
                    const Actor& actor) {
    IndicativeBudget budget;
    engine.evaluate(resolve_answers(engine.rules(), a.answers, a.person), budget, true);
    budget.person = a.person;
    budget.assessment_date = a.date;
    const events::IndicativeBudgetComputed typed = events::IndicativeBudgetComputed::of(a, budget);
    NewEvent assessed{EventType::AssessmentRecorded, a.person, actor, std::nullopt, std::nullopt, std::nullopt,
                      typed.assessment.payload()};
    NewEvent computed{EventType::IndicativeBudgetComputed, a.person, actor, std::nullopt, batch.size(), text, typed.payload()};
    batch.push_back(std::move(assessed));
    batch.push_back(std::move(computed));
}

void generate_record(const std::string& path, std::int64_t events) {
    remove_record(path);
    std::cerr << "Generating a decision record of " << events << " events at " << path << " (once) ...\n";
    const auto start = Clock::now();
    StoreOptions options;
    options.create_if_missing = true;
    options.clock = second_ticks();
    DecisionStore store = DecisionStore::open(path, options);
    const auto rules = embedded_default_rule_set();
    const BudgetEngine engine(rules);
    const RuleSetText text{rules->hash, std::string(embedded_model_ras_text())};
    const std::int64_t people = events / 5;
    const std::vector<GeneratedPerson> first = generate_caseload(rules, std::size_t(people), 1);
    const std::vector<GeneratedPerson> second = generate_caseload(rules, std::size_t(people), 2);
    const Actor worker{"Sam Patel", Role::SocialWorker};
    std::vector<NewEvent> batch;
    for (std::int64_t p = 0; p < people; ++p) {
        const std::string reference = first[std::size_t(p)].person;
        batch.push_back({EventType::PersonRegistered, reference, worker, std::nullopt, std::nullopt, std::nullopt, nlohmann::json::object()});
        add_assessment(batch, engine, text, assessment_of(*rules, first[std::size_t(p)], reference, {2026, 5, 1}), worker);
        add_assessment(batch, engine, text, assessment_of(*rules, second[std::size_t(p)], reference, {2027, 5, 1}), worker);
        if (batch.size() >= 5000 || p + 1 == people) {
            store.append(std::move(batch));
            batch.clear();
        }
        if ((p + 1) % 20000 == 0) std::cerr << "  " << (p + 1) * 5 << " events, " << seconds_since(start) << " s\n";
    }
    std::ofstream(path + ".complete") << events << "\n";
    std::cerr << "Generated in " << seconds_since(start) << " s.\n";
}

const std::string& million_event_record() {
    static const std::string path = [] {
        const std::int64_t events = bench_events();
        const std::string file = bench_dir() + "/openras-bench-record-" + std::to_string(events) + ".db";
        std::ifstream complete(file + ".complete");
        std::int64_t written = 0;
        if (!(complete >> written) || written != events || !fs::exists(file)) generate_record(file, events);
        return file;
    }();
    return path;
}

// A plain SELECT of every column of the events with ids in [first, last], touching each value's
// bytes.
std::int64_t scan_events(const std::string& path, std::int64_t first, std::int64_t last, std::uint64_t& checksum) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* scan = nullptr;
    sqlite3_prepare_v2(db, "SELECT id, type, person, actor, role, recorded_at, refers_to, rule_set, payload, chain_hash "
                           "FROM events WHERE id BETWEEN ? AND ? ORDER BY id",
                       -1, &scan, nullptr);
    sqlite3_bind_int64(scan, 1, first);
    sqlite3_bind_int64(scan, 2, last);
    sqlite3_busy_timeout(db, 5000);
    std::int64_t rows = 0;
    int step = SQLITE_ROW;
    // Two read-only connections opening a WAL record at once can find it busy for a moment (one
    // of them reading the write-ahead index in): before the first row, try again.
    for (int tries = 0; (step = sqlite3_step(scan)) == SQLITE_BUSY && tries < 1000; ++tries) {
        sqlite3_reset(scan);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    for (; step == SQLITE_ROW; step = sqlite3_step(scan)) {
        for (int c = 0; c < 10; ++c) {
            const auto* bytes = static_cast<const std::uint8_t*>(sqlite3_column_blob(scan, c));
            const int size = sqlite3_column_bytes(scan, c);
            if (size > 0) checksum += bytes[0] + bytes[size - 1] + std::uint64_t(size);
        }
        ++rows;
    }
    if (step != SQLITE_DONE) {
        std::cerr << "the scan stopped: " << sqlite3_errmsg(db) << "\n";
        rows = -1;
    }
    sqlite3_finalize(scan);
    sqlite3_close(db);
    return rows;
}

// The scan on `threads` threads, each reading its own range of ids on its own connection: the
// baseline for a command that uses as many.
double timed_scan(const std::string& path, std::int64_t& rows, unsigned threads = 1) {
    const std::int64_t last = bench_events();
    std::vector<std::uint64_t> checksums(threads);
    std::vector<std::int64_t> counts(threads);
    const auto start = Clock::now();
    std::vector<std::thread> scanners;
    for (unsigned t = 0; t < threads; ++t)
        scanners.emplace_back([&, t] {
            const std::int64_t first = last * t / threads + 1, end = t + 1 == threads ? INT64_MAX : last * (t + 1) / threads;
            counts[t] = scan_events(path, first, end, checksums[t]);
        });
    for (std::thread& scanner : scanners) scanner.join();
    const double seconds = seconds_since(start);
    rows = 0;
    for (unsigned t = 0; t < threads; ++t) {
        if (counts[t] < 0) throw std::runtime_error("the scan of " + path + " stopped");
        rows += counts[t];
        benchmark::DoNotOptimize(checksums[t]);
    }
    if (rows != last) throw std::runtime_error("the scan read " + std::to_string(rows) + " events, not " + std::to_string(last));
    return seconds;
}

StoreOptions auditor() {
    StoreOptions options;
    options.access = StoreAccess::ReadOnly;
    return options;
}

// Argument: the threads the scan uses, and verify's readers (each reads and hashes its own half
// of the ids). Run it pinned to one core (taskset -c 1) with 1, and on both cores with 2.
void BM_Store1M_VerifyVsScan(benchmark::State& state) {
    const std::string& path = million_event_record();
    const unsigned threads = unsigned(state.range(0));
    std::int64_t rows = 0;
    timed_scan(path, rows);  // the page cache warm for both
    for (auto _ : state) {
        const double scan = timed_scan(path, rows, threads);
        const DecisionStore store = DecisionStore::open(path, auditor());
        VerifyOptions options;
        options.readers = threads;  // the same threads as the scan
        const auto start = Clock::now();
        const VerifyReport report = verify_record(store, options);
        const double verify = seconds_since(start);
        if (!report.intact()) state.SkipWithError("the generated record does not verify");
        state.SetIterationTime(verify);
        state.counters["events"] = double(report.events);
        state.counters["scan_events_per_s"] = double(rows) / scan;
        state.counters["verify_events_per_s"] = double(report.events) / verify;
        state.counters["verify_to_scan"] = verify / scan;
    }
}
BENCHMARK(BM_Store1M_VerifyVsScan)->Arg(1)->Arg(2)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

// Argument: the threads replay works on, and the scan reads on.
void BM_Store1M_ReplayVsScan(benchmark::State& state) {
    const std::string& path = million_event_record();
    const unsigned threads = unsigned(state.range(0));
    std::int64_t rows = 0;
    timed_scan(path, rows);
    for (auto _ : state) {
        const double scan = timed_scan(path, rows, threads);
        const DecisionStore store = DecisionStore::open(path, auditor());
        const auto start = Clock::now();
        ReplayOptions options;
        options.threads = threads;
        const ReplayReport report = replay_record(store, {}, options);
        const double replay = seconds_since(start);
        // The same events read and handed out, with nothing worked out: what reading costs.
        ReplayDispatcher reading_only;
        for (EventType type : {EventType::IndicativeBudgetComputed, EventType::PlanChecked})
            reading_only.add(type, [](const ReplayItem&, const ReplayContext&) { return std::optional<ReplayDifference>(); });
        const auto read_start = Clock::now();
        replay_record(store, {}, options, reading_only);
        state.counters["reading_to_scan"] = seconds_since(read_start) / scan;
        if (!report.all_reproduce()) state.SkipWithError("the generated record does not replay");
        state.SetIterationTime(replay);
        state.counters["budgets_replayed"] = double(report.replayed);
        state.counters["budgets_per_s"] = double(report.replayed) / replay;
        state.counters["events_per_s"] = double(rows) / replay;
        state.counters["scan_events_per_s"] = double(rows) / scan;
        state.counters["replay_to_scan"] = replay / scan;
    }
}
BENCHMARK(BM_Store1M_ReplayVsScan)->Arg(1)->Arg(2)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

// One indicative budget of the generated record worked out again and compared, in memory (no
// reading): what replay's workers do for each budget, 256 of them in turn.
void BM_ReplayOneBudget(benchmark::State& state) {
    const DecisionStore store = DecisionStore::open(million_event_record(), auditor());
    const ReplayContext context(store);
    std::vector<ReplayItem> items;
    SQLite::Statement query(store.database(),
                            "SELECT e.id, e.type, e.person, e.actor, e.role, e.recorded_at, e.refers_to, e.rule_set, e.payload, "
                            "e.chain_hash, r.id, r.type, r.person, r.actor, r.role, r.recorded_at, r.refers_to, r.rule_set, "
                            "r.payload, r.chain_hash FROM events e JOIN events r ON r.id = e.refers_to "
                            "WHERE e.type = 'indicative-budget-computed' ORDER BY e.id LIMIT 256");
    while (query.executeStep()) items.push_back({read_event_row(query), read_event_row(query, 10)});
    std::size_t i = 0;
    for (auto _ : state) {
        if (replay_indicative_budget(items[i++ % items.size()], context)) state.SkipWithError("a budget does not reproduce");
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ReplayOneBudget);

}  // namespace
}  // namespace openras
