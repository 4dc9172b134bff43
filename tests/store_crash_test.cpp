// Crash safety: a writer process appending events in a loop is killed with SIGKILL at 200 random
// moments (seeded). After each kill every event it reported committed must be in the record, and
// the record must verify. A commit is durable when append() returns (WAL, synchronous = FULL).
#include "alloc/audit/record_verifier.hpp"
#include "store_process_support.hpp"
#include "store_test_support.hpp"

#include <chrono>
#include <random>
#include <thread>

namespace openras {
namespace {

using namespace openras::test;

constexpr int kKills = 200;
constexpr std::uint64_t kSeed = 424242;

TEST(StoreCrash, EveryCommittedEventSurvivesSigkillAtRandomMoments) {
    TempDir dir;
    const std::string path = dir.file("crash.db");
    std::mt19937_64 random(kSeed);
    EventId highest_committed = 0;
    std::size_t committed = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        Writer writer = start_writer({path, "P-CRASH", "--budget-every", "10"}, dir.file("writer.err"));
        // Nine kills in ten come while the writer is appending: a random moment after it says its
        // first event is in. The tenth comes a random moment after it starts, so kills while it
        // opens the record (or before the record exists) are tried too. Timing from the start
        // alone made every kill land before the first append where start-up is slow (under the
        // sanitizers it takes longer than the longest moment).
        const std::string said = kill % 10 != 0 ? read_first_line(writer) : std::string();
        std::this_thread::sleep_for(std::chrono::milliseconds(15 + random() % 110));
        ::kill(writer.pid, SIGKILL);
        const std::vector<EventId> ids = read_committed(writer, said);
        const int status = wait_for(writer);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the writer stopped by itself (exit " << WEXITSTATUS(status) << "): "
                                         << file_bytes(dir.file("writer.err"));
        for (EventId id : ids) highest_committed = std::max(highest_committed, id);
        committed += ids.size();
        if (highest_committed == 0) continue;  // killed before the record existed

        const DecisionStore store = DecisionStore::open(path, auditor_options());
        ASSERT_GE(store.head().event, highest_committed) << "kill " << kill << " (seed " << kSeed << "): a committed event was lost";
        for (EventId id : ids) ASSERT_TRUE(store.event(id).has_value()) << "kill " << kill << ": event " << id << " was lost";
        const VerifyReport report = verify_record(store);
        ASSERT_TRUE(report.intact()) << "kill " << kill << ": " << report.problems.front().what;
    }
    EXPECT_GT(committed, std::size_t(kKills)) << "the writer should get some events in between kills";
    RecordProperty("events_committed", int(committed));
}

}  // namespace
}  // namespace openras
