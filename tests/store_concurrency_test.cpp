// Concurrency: three processes append to one record for three seconds at once (racing even to
// create it). No event is lost, no two share an id, and no "database is locked" error reaches
// any of them: writers wait for each other (BEGIN IMMEDIATE, busy timeout, retries).
#include "alloc/audit/record_verifier.hpp"
#include "store_process_support.hpp"
#include "store_test_support.hpp"

#include <set>

namespace openras {
namespace {

using namespace openras::test;

TEST(StoreConcurrency, ThreeProcessesAppendingAtOnceLoseNothingAndNeverSeeBusy) {
    TempDir dir;
    const std::string path = dir.file("shared.db");
    std::vector<Writer> writers;
    const std::vector<std::string> names = {"P-ONE", "P-TWO", "P-THREE"};
    for (const std::string& name : names)
        writers.push_back(start_writer({path, name, "--seconds", "3", "--budget-every", "5"}, dir.file(name + ".err")));
    std::set<EventId> all;
    std::vector<std::size_t> per_writer;
    for (std::size_t w = 0; w < writers.size(); ++w) {
        const std::vector<EventId> ids = read_committed(writers[w]);
        const int status = wait_for(writers[w]);
        ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
            << names[w] << " failed: " << file_bytes(dir.file(names[w] + ".err"));
        for (EventId id : ids) EXPECT_TRUE(all.insert(id).second) << "event " << id << " reported twice";
        per_writer.push_back(ids.size());
        EXPECT_GT(ids.size(), 10u) << names[w] << " hardly got to write";
    }
    const DecisionStore store = DecisionStore::open(path, auditor_options());
    EXPECT_EQ(store.head().event, EventId(all.size())) << "every event in the record was reported by its writer";
    EXPECT_EQ(*all.rbegin(), EventId(all.size()));
    for (std::size_t w = 0; w < names.size(); ++w) EXPECT_EQ(store.events_of(names[w]).size(), per_writer[w]);
    EXPECT_TRUE(verify_record(store).intact());
    RecordProperty("events_appended", int(all.size()));
}

}  // namespace
}  // namespace openras
