// Schema migrations: a record written by every earlier schema version opens, migrates step by
// step to the current one, and still verifies and replays; an auditor reads an older record
// without changing a byte of it.
#include "alloc/audit/record_verifier.hpp"
#include "alloc/audit/replay.hpp"
#include "store_test_support.hpp"

namespace openras {
namespace {

using namespace openras::test;

// A record as schema `version` wrote it: that version's SQL, then the rows of a record the
// current library made (same store id, so the same chain).
std::string old_record(const TempDir& dir, int version) {
    const std::string source = dir.file("source.db"), old = dir.file("v" + std::to_string(version) + ".db");
    {
        DecisionStore store = DecisionStore::open(source, writer_options());
        record_story(store, 3);
    }
    SQLite::Database db(old, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA application_id = " + std::to_string(kStoreApplicationId));
    for (const SchemaStep& step : schema_steps())
        if (step.to <= version) db.exec(std::string(step.sql));
    db.exec("ATTACH DATABASE '" + source + "' AS source");
    db.exec("INSERT INTO meta SELECT * FROM source.meta");
    db.exec("INSERT INTO rule_sets SELECT * FROM source.rule_sets");
    db.exec("INSERT INTO events SELECT * FROM source.events");
    db.exec("DETACH DATABASE source");
    db.exec("PRAGMA user_version = " + std::to_string(version));
    return old;
}

std::set<std::string> schema_names(SQLite::Database& db) {
    std::set<std::string> names;
    SQLite::Statement query(db, "SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'");
    while (query.executeStep()) names.insert(query.getColumn(0).getString());
    return names;
}

class MigrationFromEveryEarlierVersion : public ::testing::TestWithParam<int> {};

TEST_P(MigrationFromEveryEarlierVersion, MigratesToTheCurrentSchemaAndStillVerifiesAndReplays) {
    TempDir dir;
    const std::string path = old_record(dir, GetParam());
    DecisionStore store = DecisionStore::open(path, writer_options(ticking_clock(500)));
    EXPECT_EQ(store.schema_version(), kStoreSchemaVersion);
    EXPECT_EQ(store.database().execAndGet("PRAGMA user_version").getInt(), kStoreSchemaVersion);
    EXPECT_EQ(store.database().execAndGet("PRAGMA journal_mode").getString(), "wal");
    const std::set<std::string> names = schema_names(store.database());
    for (const auto& [name, sql] : expected_schema(kStoreSchemaVersion)) EXPECT_TRUE(names.count(name)) << name;
    const VerifyReport report = verify_record(store);
    EXPECT_TRUE(report.intact()) << (report.problems.empty() ? "" : report.problems.front().what);
    EXPECT_TRUE(replay_record(store, {}).all_reproduce());
    register_person(store, "P-AFTER-MIGRATION", kWorker);
    EXPECT_TRUE(verify_record(store).intact()) << "appends after a migration link to the old chain";
    EXPECT_THROW(store.database().exec("DELETE FROM events WHERE id = 1"), SQLite::Exception) << "the guards are in place";
}

TEST_P(MigrationFromEveryEarlierVersion, AnAuditorReadsTheOldRecordWithoutChangingIt) {
    TempDir dir;
    const std::string path = old_record(dir, GetParam());
    const std::string before = file_bytes(path);
    {
        const DecisionStore auditor = DecisionStore::open(path, auditor_options());
        EXPECT_EQ(auditor.schema_version(), GetParam());
        const VerifyReport report = verify_record(auditor);
        EXPECT_TRUE(report.intact()) << (report.problems.empty() ? "" : report.problems.front().what);
        EXPECT_TRUE(replay_record(auditor, {}).all_reproduce());
    }
    EXPECT_EQ(file_bytes(path), before);
}

INSTANTIATE_TEST_SUITE_P(StoreMigration, MigrationFromEveryEarlierVersion,
                         ::testing::Range(1, kStoreSchemaVersion),
                         [](const ::testing::TestParamInfo<int>& info) { return "Version" + std::to_string(info.param); });

TEST(StoreMigration, EveryStepTakesTheVersionBeforeItOneFurther) {
    const std::vector<SchemaStep>& steps = schema_steps();
    ASSERT_EQ(int(steps.size()), kStoreSchemaVersion);
    for (std::size_t i = 0; i < steps.size(); ++i) EXPECT_EQ(steps[i].to, int(i) + 1);
}

TEST(StoreMigration, ADroppedGuardIsReportedByVerify) {
    TempDir dir;
    {
        DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
        record_story(store, 1);
        store.database().exec("DROP TRIGGER events_never_deleted");
    }
    const VerifyReport report = verify_record(DecisionStore::open(dir.file("r.db"), auditor_options()));
    ASSERT_EQ(report.problem_count, 1u);
    EXPECT_NE(report.problems[0].what.find("events_never_deleted"), std::string::npos);
}

}  // namespace
}  // namespace openras
