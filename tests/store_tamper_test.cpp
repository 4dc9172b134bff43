// Tamper detection: 1,100 seeded random changes to copies of a small decision record, made with
// SQLite directly as someone with the file would make them (dropping the append-only guards first
// and putting them back after, so that only the chain can tell): a byte changed in any column of
// any event, a row deleted, inserted or two swapped, a stored rule set replaced or removed, the
// record's head or store id changed. Every one must be caught by `audit verify` or `audit replay`.
// A rewrite of the whole record, chain recomputed, is caught only by a signed checkpoint.
#include "alloc/record/checkpoint.hpp"
#include "alloc/audit/record_verifier.hpp"
#include "alloc/audit/replay.hpp"
#include "store_test_support.hpp"

#include <algorithm>
#include <functional>
#include <random>

namespace openras {
namespace {

using namespace openras::test;

constexpr int kMutations = 1100;
constexpr std::uint64_t kSeed = 20260501;

const char* const kColumns[] = {"id", "type", "person", "actor", "role", "recorded_at", "refers_to", "rule_set", "payload", "chain_hash"};

struct Tamperer {
    SQLite::Database& db;
    std::mt19937_64& random;
    EventId events;

    std::uint64_t below(std::uint64_t n) { return random() % n; }
    EventId any_event() { return EventId(below(std::uint64_t(events))) + 1; }

    // A different byte at a random place of `bytes`.
    std::string with_a_byte_changed(std::string bytes) {
        if (bytes.empty()) return "x";
        const std::size_t at = below(bytes.size());
        bytes[at] = char(std::uint8_t(bytes[at]) ^ std::uint8_t(1 + below(255)));
        return bytes;
    }

    std::string change_column(EventId id, const std::string& column) {
        SQLite::Statement read(db, "SELECT " + column + ", typeof(" + column + ") FROM events WHERE id = ?");
        read.bind(1, static_cast<std::int64_t>(id));
        read.executeStep();
        const std::string kind = read.getColumn(1).getString();
        SQLite::Statement update(db, "UPDATE events SET " + column + " = ? WHERE id = ?");
        update.bind(2, static_cast<std::int64_t>(id));
        if (column == "id" || column == "refers_to") {
            const std::int64_t old = kind == "null" ? 0 : read.getColumn(0).getInt64();
            update.bind(1, static_cast<std::int64_t>(old ^ (std::int64_t(1) << below(20))));
        } else if (kind == "null") {
            update.bind(1, column == "rule_set" ? db.execAndGet("SELECT hash FROM rule_sets").getString() : std::string("x"));
        } else if (kind == "blob") {
            const std::string bytes(static_cast<const char*>(read.getColumn(0).getBlob()), std::size_t(read.getColumn(0).getBytes()));
            const std::string changed = with_a_byte_changed(bytes);
            update.bind(1, changed.data(), int(changed.size()));
        } else {
            update.bind(1, with_a_byte_changed(read.getColumn(0).getString()));
        }
        read.reset();
        try {
            update.exec();
        } catch (const SQLite::Exception&) {
            return "";  // an id that collided with another: try another change
        }
        return "a byte of event " + std::to_string(id) + "'s " + column;
    }

    std::string delete_row() {
        const EventId id = any_event();
        db.exec("DELETE FROM events WHERE id = " + std::to_string(id));
        return "event " + std::to_string(id) + " deleted";
    }

    std::string insert_row() {
        const EventId from = any_event();
        const EventId at = below(2) ? events + 1 : -EventId(below(3));
        db.exec("INSERT INTO events SELECT " + std::to_string(at) +
                ", type, person, actor, role, recorded_at, refers_to, rule_set, payload, chain_hash FROM events WHERE id = " +
                std::to_string(from));
        return "a copy of event " + std::to_string(from) + " inserted as event " + std::to_string(at);
    }

    std::string swap_rows() {
        const EventId a = any_event();
        EventId b = any_event();
        while (b == a) b = any_event();
        const std::string ids = std::to_string(a) + ", " + std::to_string(b);
        db.exec("CREATE TEMP TABLE pair AS SELECT * FROM events WHERE id IN (" + ids + ")");
        db.exec("DELETE FROM events WHERE id IN (" + ids + ")");
        db.exec("INSERT INTO events SELECT CASE id WHEN " + std::to_string(a) + " THEN " + std::to_string(b) + " ELSE " +
                std::to_string(a) + " END, type, person, actor, role, recorded_at, refers_to, rule_set, payload, chain_hash FROM pair");
        db.exec("DROP TABLE pair");
        return "events " + ids + " swapped";
    }

    std::string replace_rule_set() {
        const std::string text = db.execAndGet("SELECT text FROM rule_sets").getString();
        std::string replacement;
        switch (below(5)) {
            case 0: replacement = text + "\n# a comment added later (the canonical hash stays the same)\n"; break;
            case 1: replacement = std::string(text).replace(text.find("\"£3.20\""), 7, "\"£3.21\""); break;
            case 2: replacement = with_a_byte_changed(text); break;
            case 3:
                db.exec("UPDATE rule_set_digests SET text_sha256 = randomblob(32)");
                return "the recorded digest of the stored rule set changed";
            default:
                db.exec("DELETE FROM rule_sets");
                return "the stored rule set deleted";
        }
        SQLite::Statement update(db, "UPDATE rule_sets SET text = ?");
        update.bind(1, replacement);
        update.exec();
        return "the stored rule set replaced";
    }

    std::string change_meta() {
        const char* keys[] = {"store_id", "head_event", "head_hash"};
        const std::string key = keys[below(3)];
        SQLite::Statement update(db, "UPDATE meta SET value = ? WHERE key = ?");
        update.bind(1, with_a_byte_changed(db.execAndGet("SELECT value FROM meta WHERE key = '" + key + "'").getString()));
        update.bind(2, key);
        update.exec();
        return "a byte of meta." + key;
    }

    // One random change; an empty description means it could not be made (try again).
    std::string mutate() {
        const std::uint64_t kind = below(100);
        if (kind < 55) return change_column(any_event(), kColumns[below(10)]);
        if (kind < 65) return delete_row();
        if (kind < 75) return insert_row();
        if (kind < 85) return swap_rows();
        if (kind < 95) return replace_rule_set();
        return change_meta();
    }
};

class StoreTamper : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        directory_ = new TempDir;
        const std::string path = directory_->file("base.db");
        {
            DecisionStore store = DecisionStore::open(path, writer_options());
            record_story(store, 4, 99);
            events_ = store.head().event;
        }
        base_ = new std::string(file_bytes(path));
    }
    static void TearDownTestSuite() {
        delete base_;
        delete directory_;
    }
    static TempDir* directory_;
    static std::string* base_;
    static EventId events_;
};
TempDir* StoreTamper::directory_ = nullptr;
std::string* StoreTamper::base_ = nullptr;
EventId StoreTamper::events_ = 0;

// A report's problems as lines, to compare two reports whole.
std::vector<std::string> problem_lines(const VerifyReport& report) {
    std::vector<std::string> lines;
    for (const ChainProblem& p : report.problems) {
        lines.push_back(std::to_string(p.event) + ": " + p.what);
        for (const std::string& detail : p.details) lines.push_back("  " + detail);
    }
    lines.push_back(std::to_string(report.problem_count) + " problems, head " + std::to_string(report.head.event));
    return lines;
}

TEST_F(StoreTamper, TheUntouchedRecordIsIntactAndReplays) {
    const std::string path = directory_->file("copy.db");
    write_bytes(path, *base_);
    const DecisionStore store = DecisionStore::open(path, auditor_options());
    EXPECT_TRUE(verify_record(store).intact());
    EXPECT_TRUE(replay_record(store, {}).all_reproduce());
    EXPECT_GE(events_, 20);
}

TEST_F(StoreTamper, EveryOneOfOverAThousandRandomChangesIsDetected) {
    std::mt19937_64 random(kSeed);
    int by_verify = 0, by_replay_only = 0, in_halves = 0;
    for (int round = 0; round < kMutations; ++round) {
        const std::string path = directory_->file("tampered.db");
        fs::remove(path + "-wal");
        fs::remove(path + "-shm");
        write_bytes(path, *base_);
        std::string change;
        {
            SQLite::Database db(path, SQLite::OPEN_READWRITE);
            db.exec("PRAGMA synchronous = OFF");  // a copy thrown away after the round: no need to wait for the disk
            db.exec("BEGIN");
            drop_guards(db);
            Tamperer tamperer{db, random, events_};
            while (change.empty()) change = tamperer.mutate();
            restore_guards(db);
            db.exec("COMMIT");
        }
        const DecisionStore store = DecisionStore::open(path, auditor_options());
        VerifyOptions one_reader, two_readers;
        one_reader.readers = 1;
        two_readers.readers = 2;
        const VerifyReport report = verify_record(store, one_reader), in_two = verify_record(store, two_readers);
        ASSERT_EQ(problem_lines(in_two), problem_lines(report))
            << "round " << round << ": the record read in two halves gave another report for " << change;
        in_halves += in_two.readers == 2 ? 1 : 0;
        if (!report.intact()) {
            ++by_verify;
            continue;
        }
        ASSERT_FALSE(replay_record(store, {}).all_reproduce())
            << "round " << round << " (seed " << kSeed << "): " << change << " was not detected";
        ++by_replay_only;
    }
    EXPECT_EQ(by_verify + by_replay_only, kMutations);
    EXPECT_GT(in_halves, kMutations * 9 / 10) << "only a break where the halves meet reads the record again in one";
    RecordProperty("detected_by_verify", by_verify);
    RecordProperty("detected_by_replay_only", by_replay_only);
    RecordProperty("read_in_halves", in_halves);
}

TEST_F(StoreTamper, TheFirstBrokenLinkNamesTheEventAndWhatDiffers) {
    const std::string path = directory_->file("one.db");
    write_bytes(path, *base_);
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        drop_guards(db);
        db.exec("UPDATE events SET actor = 'Someone Else' WHERE id = 4");
        restore_guards(db);
    }
    const VerifyReport report = verify_record(DecisionStore::open(path, auditor_options()));
    ASSERT_EQ(report.problem_count, 1u);
    EXPECT_EQ(report.problems[0].event, 4);
    EXPECT_NE(report.problems[0].what.find("changed after it was recorded"), std::string::npos);
}

// A reference across the halves' seam is judged with the first half's people: an event of the
// second half pointed at another person's event of the first is named, read in one or in two.
TEST_F(StoreTamper, AReferenceToAnotherPersonAcrossTheHalvesIsNamedReadInOneOrTwo) {
    const std::string path = directory_->file("across.db");
    write_bytes(path, *base_);
    const EventId middle = events_ / 2;
    EventId referring = 0, target = 0;
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        referring = db.execAndGet("SELECT max(id) FROM events WHERE refers_to IS NOT NULL").getInt64();
        ASSERT_GT(referring, middle) << "the story ends with an event that refers to another";
        target = db.execAndGet("SELECT min(id) FROM events WHERE id <= " + std::to_string(middle) +
                               " AND person <> (SELECT person FROM events WHERE id = " + std::to_string(referring) + ")")
                     .getInt64();
        ASSERT_GT(target, 0);
        drop_guards(db);
        db.exec("UPDATE events SET refers_to = " + std::to_string(target) + " WHERE id = " + std::to_string(referring));
        restore_guards(db);
    }
    const DecisionStore store = DecisionStore::open(path, auditor_options());
    VerifyOptions one, two;
    one.readers = 1;
    two.readers = 2;
    const VerifyReport in_one = verify_record(store, one), in_two = verify_record(store, two);
    EXPECT_EQ(in_two.readers, 2u);
    EXPECT_EQ(problem_lines(in_two), problem_lines(in_one));
    const std::string named = std::to_string(referring) + ": it refers to event " + std::to_string(target) +
                              ", which is about another person";
    const std::vector<std::string> lines = problem_lines(in_two);
    EXPECT_NE(std::find(lines.begin(), lines.end(), named), lines.end()) << named;
}

// A stored rule set's text changed in place: named once, as edited (same rules) or replaced
// (other rules), and the events that used it still link, since they recorded the text's digest.
VerifyReport verify_with_rule_set_text(const std::string& path, const std::function<std::string(std::string)>& change) {
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        drop_guards(db);
        SQLite::Statement update(db, "UPDATE rule_sets SET text = ?");
        update.bind(1, change(db.execAndGet("SELECT text FROM rule_sets").getString()));
        update.exec();
        restore_guards(db);
    }
    return verify_record(DecisionStore::open(path, auditor_options()));
}

TEST_F(StoreTamper, ACommentAddedToAStoredRuleSetIsNamedOnceAsAnEditedRuleSet) {
    const std::string path = directory_->file("edited.db");
    write_bytes(path, *base_);
    const VerifyReport report = verify_with_rule_set_text(path, [](std::string text) { return text + "\n# later\n"; });
    ASSERT_EQ(report.problem_count, 1u) << problem_lines(report).front();
    EXPECT_EQ(report.problems[0].event, 0) << "no event is blamed";
    EXPECT_NE(report.problems[0].what.find("was edited"), std::string::npos) << report.problems[0].what;
    EXPECT_NE(report.problems[0].what.find("rules are the same"), std::string::npos) << report.problems[0].what;
}

TEST_F(StoreTamper, AStoredRuleSetWithOtherRulesIsNamedOnceAsReplaced) {
    const std::string path = directory_->file("replaced.db");
    write_bytes(path, *base_);
    const VerifyReport report = verify_with_rule_set_text(
        path, [](std::string text) { return text.replace(text.find("rate = \"£3.20\""), 15, "rate = \"£3.21\""); });
    ASSERT_EQ(report.problem_count, 1u) << problem_lines(report).front();
    EXPECT_EQ(report.problems[0].event, 0);
    EXPECT_NE(report.problems[0].what.find("was replaced"), std::string::npos) << report.problems[0].what;
}

TEST_F(StoreTamper, AChangedDigestOfARuleSetBreaksTheLinksOfTheEventsThatUseIt) {
    const std::string path = directory_->file("digest.db");
    write_bytes(path, *base_);
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        drop_guards(db);
        db.exec("UPDATE rule_set_digests SET text_sha256 = zeroblob(32)");
        restore_guards(db);
    }
    const VerifyReport report = verify_record(DecisionStore::open(path, auditor_options()));
    ASSERT_FALSE(report.intact());
    EXPECT_GT(report.problems.front().event, 0) << "the first event that used the rule set no longer links";
    bool named = false;
    for (const ChainProblem& p : report.problems) named |= p.what.find("was edited") != std::string::npos;
    EXPECT_TRUE(named) << "the text no longer has the recorded digest";
}

TEST_F(StoreTamper, AWholeRewriteWithTheChainRecomputedIsCaughtOnlyByTheCheckpoint) {
    const std::string path = directory_->file("rewritten.db");
    write_bytes(path, *base_);
    const SigningKey key = generate_signing_key();
    Checkpoint checkpoint;
    {
        const DecisionStore store = DecisionStore::open(path, auditor_options());
        checkpoint = sign_checkpoint(store.store_id(), verify_record(store).head, key, "2026-06-01T00:00:00Z");
    }
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        drop_guards(db);
        db.exec("UPDATE events SET payload = replace(payload, 'typed the wrong amount', 'nothing to see') WHERE type = 'correction'");
        restore_guards(db);
    }
    rewrite_chain(path);
    const DecisionStore store = DecisionStore::open(path, auditor_options());
    EXPECT_TRUE(verify_record(store).intact());
    EXPECT_TRUE(replay_record(store, {}).all_reproduce());
    EXPECT_FALSE(check_checkpoint(store, checkpoint, key.public_key).empty());
}

}  // namespace
}  // namespace openras
