// Files that are not a decision record this build can use: each gives a clear error, and the
// file (and the folder around it) is left exactly as it was.
#include "alloc/audit/record_verifier.hpp"
#include "store_test_support.hpp"

#include <unistd.h>

namespace openras {
namespace {

using namespace openras::test;

std::set<std::string> folder_listing(const std::string& folder) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.insert(entry.path().filename().string());
    return names;
}

// Opens `path` both as a writer and as an auditor; each must fail with `code` and a message
// holding `words`, and leave the folder and the file's bytes as they were.
void expect_refused_unchanged(const TempDir& dir, const std::string& path, ErrorCode code, const std::string& words) {
    const std::string before = file_bytes(path);
    const std::set<std::string> listing = folder_listing(fs::path(path).parent_path().string());
    for (const StoreOptions& options : {writer_options(), auditor_options()}) {
        try {
            DecisionStore::open(path, options);
            ADD_FAILURE() << path << " was opened";
        } catch (const OpenRasError& e) {
            EXPECT_EQ(e.error().code, code) << e.what();
            EXPECT_NE(e.error().message.find(words), std::string::npos) << e.what();
            EXPECT_EQ(e.error().where.file, path);
        }
    }
    EXPECT_EQ(file_bytes(path), before);
    EXPECT_EQ(folder_listing(fs::path(path).parent_path().string()), listing);
    (void)dir;
}

std::string good_record(const TempDir& dir, const std::string& name) {
    const std::string path = dir.file(name);
    DecisionStore store = DecisionStore::open(path, writer_options());
    record_story(store, 2);
    return path;  // closing the store checkpoints the WAL into the file
}

TEST(StoreBadFiles, AnEmptyFileIsRefusedUnchanged) {
    TempDir dir;
    write_bytes(dir.file("empty.db"), "");
    expect_refused_unchanged(dir, dir.file("empty.db"), ErrorCode::StoreFormat, "is empty");
}

TEST(StoreBadFiles, AFileThatIsNotSqliteIsRefusedUnchanged) {
    TempDir dir;
    write_bytes(dir.file("notes.db"), std::string(5000, 'x') + "person,amount\nP-1,100\n");
    expect_refused_unchanged(dir, dir.file("notes.db"), ErrorCode::StoreFormat, "not an SQLite database");
    write_bytes(dir.file("tiny.db"), "hello");
    expect_refused_unchanged(dir, dir.file("tiny.db"), ErrorCode::StoreFormat, "not an SQLite database");
}

TEST(StoreBadFiles, AnotherProgramsSqliteDatabaseIsRefusedUnchanged) {
    TempDir dir;
    {
        SQLite::Database other(dir.file("other.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('someone')");
    }
    expect_refused_unchanged(dir, dir.file("other.db"), ErrorCode::StoreFormat, "not an OpenRAS decision record");
}

TEST(StoreBadFiles, ARecordFromANewerSchemaIsRefusedUnchanged) {
    TempDir dir;
    const std::string path = good_record(dir, "newer.db");
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = " + std::to_string(kStoreSchemaVersion + 1));
    }
    expect_refused_unchanged(dir, path, ErrorCode::StoreFormat, "newer OpenRAS");
}

TEST(StoreBadFiles, ATruncatedRecordIsRefusedUnchanged) {
    TempDir dir;
    const std::string path = good_record(dir, "cut.db");
    const std::string whole = file_bytes(path);
    write_bytes(path, whole.substr(0, whole.size() / 2));
    expect_refused_unchanged(dir, path, ErrorCode::StoreFormat, "shorter than its own header says");
    write_bytes(path, whole.substr(0, whole.size() / 2 + 100));
    expect_refused_unchanged(dir, path, ErrorCode::StoreFormat, "damaged");
    write_bytes(path, whole.substr(0, 60));
    expect_refused_unchanged(dir, path, ErrorCode::StoreFormat, "cut short inside its SQLite header");
}

TEST(StoreBadFiles, ARecordWithDamagedPagesTakesNoAppendsButAnAuditorCanStillVerifyIt) {
    TempDir dir;
    const std::string path = dir.file("damaged.db");
    {
        DecisionStore store = DecisionStore::open(path, writer_options());
        record_story(store, 40);
    }
    std::string bytes = file_bytes(path);
    const std::size_t page_size = (std::size_t(std::uint8_t(bytes[16])) << 8) | std::uint8_t(bytes[17]);
    ASSERT_GE(bytes.size() / page_size, 20u) << "the record should fill many pages";
    // A page in the middle of the file, its b-tree header overwritten: the SQLite header is
    // untouched, so only a check of the pages finds it.
    const std::size_t at = bytes.size() / page_size / 2 * page_size;
    for (std::size_t i = 0; i < 12; ++i) bytes[at + i] = '\xEE';
    write_bytes(path, bytes);
    try {
        DecisionStore::open(path, writer_options());
        ADD_FAILURE() << "a writer opened a record with a damaged page";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().code, ErrorCode::StoreFormat) << e.what();
        EXPECT_NE(e.error().message.find("is damaged"), std::string::npos) << e.what();
        EXPECT_NE(e.error().message.find("Nothing was written"), std::string::npos) << e.what();
        EXPECT_EQ(e.error().where.file, path);
    }
    EXPECT_EQ(file_bytes(path), bytes) << "nothing was written";
    const DecisionStore auditor = DecisionStore::open(path, auditor_options());
    EXPECT_FALSE(verify_record(auditor).intact()) << "verify reports the damage";
}

TEST(StoreBadFiles, AMissingRecordIsNotCreatedForAnAuditorOrWithoutBeingAsked) {
    TempDir dir;
    StoreOptions no_create = writer_options();
    no_create.create_if_missing = false;
    for (const StoreOptions& options : {auditor_options(), no_create}) {
        try {
            DecisionStore::open(dir.file("none.db"), options);
            ADD_FAILURE() << "opened a record that does not exist";
        } catch (const OpenRasError& e) {
            EXPECT_EQ(e.error().code, ErrorCode::Io);
            EXPECT_NE(e.error().message.find("no decision record here"), std::string::npos);
        }
    }
    EXPECT_TRUE(folder_listing(dir.file("")).empty());
}

TEST(StoreBadFiles, AFolderIsRefused) {
    TempDir dir;
    fs::create_directory(dir.file("folder.db"));
    try {
        DecisionStore::open(dir.file("folder.db"), writer_options());
        ADD_FAILURE() << "opened a folder";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().code, ErrorCode::Io);
    }
}

TEST(StoreBadFiles, ANewRecordAppearsWholeOrNotAtAll) {
    TempDir dir;
    DecisionStore::open(dir.file("new.db"), writer_options());
    const std::set<std::string> listing = folder_listing(dir.file(""));
    for (const std::string& name : listing)
        EXPECT_EQ(name.find(".new-"), std::string::npos) << "a half-made record was left behind: " << name;
    EXPECT_TRUE(listing.count("new.db"));
}

}  // namespace
}  // namespace openras
