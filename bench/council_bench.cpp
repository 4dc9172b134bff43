// The decision record on a council's PostgreSQL server, measured against the server doing the
// least it could with the same rows, side by side in one run on one throwaway cluster (made as
// the tests make theirs: initdb and pg_ctl in a temporary folder, the server's default settings,
// synchronous_commit on, so every commit is flushed to disk before it returns):
//   BM_CouncilDurableAppendVsRawInsert/W  W writers (1 or 8), each its own login and connection,
//     appending disputes (a reason of real explanation text) through DecisionStore, against the
//     same rows inserted by the same number of connections into a plain table with no trigger,
//     no policy and no lock, one transaction a row.
//   BM_Council1M_VerifyVsScan  `audit verify` of a million events on the server against a plain
//     SELECT of every event's ten columns through a cursor, fetched as verify fetches them.
#include "alloc/audit/record_verifier.hpp"
#include "alloc/case/case_actions.hpp"
#include "alloc/record/council/council_schema.hpp"
#include "tests/council_server.hpp"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

namespace openras {
namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// Real explanation text, £ and × signs and all, as a dispute's reason.
std::string reason_text() {
    std::string text;
    while (text.size() < 600)
        text += "Daily living: £50.00 → £55.00 (care = some: 10 → 12 points × £5.00 a point); my family cannot help that much. ";
    return text;
}

constexpr const char* kRawTable = R"sql(
CREATE TABLE raw_events (
  id bigserial PRIMARY KEY, type text NOT NULL, person text NOT NULL, actor text NOT NULL, role text NOT NULL,
  recorded_at text NOT NULL, refers_to bigint, rule_set text, payload text NOT NULL, chain_hash bytea NOT NULL)
)sql";

// Runs `each(writer)` on `writers` threads at once; the wall time from the start of all to the
// end of the last.
template <class Each>
double at_once(int writers, Each each) {
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w)
        threads.emplace_back([&, w] {
            ++ready;
            while (!go.load()) std::this_thread::yield();
            each(w);
        });
    while (ready.load() < writers) std::this_thread::yield();
    const auto start = Clock::now();
    go = true;
    for (std::thread& t : threads) t.join();
    return seconds_since(start);
}

void BM_CouncilDurableAppendVsRawInsert(benchmark::State& state) {
    const int writers = int(state.range(0));
    constexpr int kEach = 200;
    test::CouncilServer server;
    {
        pqxx::connection owner(server.conninfo("openras_owner"));
        create_council_record(owner);
        pqxx::nontransaction(owner).exec(kRawTable);
        for (int w = 0; w < writers; ++w) {
            const std::string login = "writer-" + std::to_string(w);
            add_council_login(owner, login, Role::SocialWorker);
            pqxx::nontransaction(owner).exec("GRANT INSERT, SELECT ON raw_events TO \"" + login + "\"; "
                                             "GRANT USAGE ON SEQUENCE raw_events_id_seq TO \"" + login + "\"");
        }
    }
    const std::string reason = reason_text();
    const Actor worker{"Sam Patel", Role::SocialWorker};
    std::vector<DecisionStore> stores;
    std::vector<std::unique_ptr<pqxx::connection>> raw;
    for (int w = 0; w < writers; ++w) {
        stores.push_back(DecisionStore::open(server.address("writer-" + std::to_string(w))));
        raw.push_back(std::make_unique<pqxx::connection>(server.conninfo("writer-" + std::to_string(w))));
        register_person(stores.back(), "P-" + std::to_string(w), worker);
    }
    // The row a dispute is, as the record stores it, for the plain table.
    const StoredEvent sample = *stores[0].latest_of("P-0", EventType::PersonRegistered);
    const std::string payload = nlohmann::json{{"reason", reason}}.dump();
    const std::string hash = "\\x" + chain_hash_hex(sample.chain_hash);
    double append_seconds = 0, raw_seconds = 0;
    std::int64_t appended = 0;
    for (auto _ : state) {
        // Alternately, so both meet the disk in the same state.
        raw_seconds += at_once(writers, [&](int w) {
            for (int i = 0; i < kEach; ++i) {
                pqxx::work insert(*raw[std::size_t(w)]);
                insert.exec_params0(
                    "INSERT INTO raw_events (type, person, actor, role, recorded_at, payload, chain_hash) "
                    "VALUES ('dispute-recorded', $1, $2, 'social-worker', $3, $4, $5::bytea)",
                    "P-" + std::to_string(w), "writer-" + std::to_string(w), sample.recorded_at, payload, hash);
                insert.commit();
            }
        });
        const double append = at_once(writers, [&](int w) {
            for (int i = 0; i < kEach; ++i) record_dispute(stores[std::size_t(w)], "P-" + std::to_string(w), worker, std::nullopt, reason);
        });
        append_seconds += append;
        appended += std::int64_t(writers) * kEach;
        state.SetIterationTime(append);
    }
    state.counters["appends_per_s"] = double(appended) / append_seconds;
    state.counters["raw_inserts_per_s"] = double(appended) / raw_seconds;
    state.counters["ratio"] = raw_seconds / append_seconds;
}
BENCHMARK(BM_CouncilDurableAppendVsRawInsert)->Arg(1)->Arg(8)->Iterations(3)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_Council1M_VerifyVsScan(benchmark::State& state) {
    constexpr int kEvents = 1000000, kPerStatement = 200;
    test::CouncilServer server;
    {
        pqxx::connection owner(server.conninfo("openras_owner"));
        create_council_record(owner);
        add_council_login(owner, "sam.patel", Role::SocialWorker);
        add_council_login(owner, "alex.auditor", Role::Auditor);
    }
    {
        // Registrations with a note of real text, each statement its own transaction (the head
        // row's versions are pruned between them).
        pqxx::connection worker(server.conninfo("sam.patel"));
        const std::string note = reason_text().substr(0, 400);
        for (int first = 1; first <= kEvents; first += kPerStatement)
            pqxx::nontransaction(worker).exec_params0(
                "INSERT INTO openras.events (type, person, payload) "
                "SELECT 'person-registered', 'P-' || g, '{\"note\":\"' || $3 || '\"}' FROM generate_series($1::int, $2::int) g",
                first, first + kPerStatement - 1, note);
    }
    const std::string auditor = server.address("alex.auditor");
    const auto scan = [&] {
        pqxx::connection reader(server.conninfo("alex.auditor"));
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> read(reader);
        read.exec("DECLARE scan NO SCROLL CURSOR FOR SELECT id, type, person, actor, role, recorded_at, refers_to, rule_set, "
                  "payload, chain_hash FROM openras.events ORDER BY id");
        std::size_t bytes = 0, rows = 0;
        const auto start = Clock::now();
        for (pqxx::result batch = read.exec("FETCH FORWARD 4096 FROM scan"); !batch.empty();
             batch = read.exec("FETCH FORWARD 4096 FROM scan"))
            for (const pqxx::row& row : batch) {
                for (const pqxx::field& field : row) bytes += field.size();
                ++rows;
            }
        const double seconds = seconds_since(start);
        benchmark::DoNotOptimize(bytes);
        if (rows != std::size_t(kEvents)) throw std::runtime_error("the scan read " + std::to_string(rows) + " events");
        return seconds;
    };
    scan();  // the server's buffers warm for both
    for (auto _ : state) {
        const double scanned = scan();
        const DecisionStore store = DecisionStore::open(auditor, [] {
            StoreOptions options;
            options.access = StoreAccess::ReadOnly;
            return options;
        }());
        const auto start = Clock::now();
        const VerifyReport report = verify_record(store);
        const double verified = seconds_since(start);
        if (!report.intact() || report.events != kEvents) state.SkipWithError("the record on the server does not verify");
        state.SetIterationTime(verified);
        state.counters["scan_events_per_s"] = kEvents / scanned;
        state.counters["verify_events_per_s"] = kEvents / verified;
        state.counters["verify_to_scan"] = verified / scanned;
    }
}
BENCHMARK(BM_Council1M_VerifyVsScan)->Iterations(3)->UseManualTime()->Unit(benchmark::kSecond);

}  // namespace
}  // namespace openras
