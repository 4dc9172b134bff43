// The checkpointer signs a checkpoint every N events and every M minutes into each witness, never
// over events that do not link; `audit verify --witness` then names a rewrite, a truncation or a
// forged tail (events added after the last checkpoint with an earlier time).
#include "alloc/audit/record_verifier.hpp"
#include "alloc/record/checkpointer.hpp"
#include "store_test_support.hpp"

#include <cstdio>

namespace openras {
namespace {

using namespace openras::test;

// A clock the test moves on by hand.
struct HandClock {
    std::shared_ptr<boost::posix_time::ptime> now = std::make_shared<boost::posix_time::ptime>(
        boost::gregorian::date(2026, 5, 1), boost::posix_time::hours(12));
    UtcClock clock() const {
        return [now = now] { return *now; };
    }
    void pass(int minutes) { *now += boost::posix_time::minutes(minutes); }
};

std::vector<std::unique_ptr<Witness>> witnesses_at(const std::vector<std::string>& places) {
    std::vector<std::unique_ptr<Witness>> out;
    for (const std::string& place : places) out.push_back(open_witness(place));
    return out;
}

void register_people(DecisionStore& store, int from, int count) {
    for (int i = from; i < from + count; ++i) register_person(store, "P-" + std::to_string(i), kWorker);
}

TEST(Checkpointer, SignsEveryNEventsAndEveryMMinutesIntoEachWitness) {
    TempDir dir;
    DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
    const SigningKey key = generate_signing_key();
    HandClock hand;
    Checkpointer signer(store, key, witnesses_at({dir.file("a.witness"), dir.file("b.witness")}), {10, std::chrono::minutes(30)},
                        hand.clock());
    std::vector<EventId> signed_at;
    for (int i = 0; i < 25; ++i) {
        register_people(store, i, 1);
        if (const auto c = signer.run_once()) signed_at.push_back(c->event);
    }
    EXPECT_EQ(signed_at, (std::vector<EventId>{10, 20}));
    hand.pass(29);
    EXPECT_FALSE(signer.run_once()) << "neither ten events nor thirty minutes yet";
    hand.pass(1);
    const auto late = signer.run_once();
    ASSERT_TRUE(late);
    EXPECT_EQ(late->event, 25);
    EXPECT_EQ(late->chain_hash, store.head().hash);
    hand.pass(120);
    EXPECT_FALSE(signer.run_once()) << "nothing added, nothing to sign";

    for (const char* name : {"a.witness", "b.witness"}) {
        const std::vector<Checkpoint> kept = open_witness(dir.file(name))->checkpoints();
        ASSERT_EQ(kept.size(), 3u) << name;
        std::optional<Checkpoint> newest;
        EXPECT_TRUE(check_witnessed(store, kept, key.public_key, newest).empty());
        EXPECT_EQ(newest->event, 25);
    }
    // Started again, it goes on from the last checkpoint its first witness kept.
    Checkpointer again(store, key, witnesses_at({dir.file("a.witness")}), {10, std::chrono::minutes(30)}, hand.clock());
    EXPECT_EQ(again.last_signed().event, 25);
}

TEST(Checkpointer, NeverSignsEventsThatDoNotLinkNorARecordRewrittenSinceItsLastCheckpoint) {
    TempDir dir;
    const std::string record = dir.file("r.db");
    DecisionStore store = DecisionStore::open(record, writer_options());
    const SigningKey key = generate_signing_key();
    HandClock hand;
    Checkpointer signer(store, key, witnesses_at({dir.file("w")}), {10, std::chrono::minutes(30)}, hand.clock());
    register_people(store, 0, 10);
    ASSERT_TRUE(signer.run_once());
    register_people(store, 10, 10);
    {
        SQLite::Database db(record, SQLite::OPEN_READWRITE);
        drop_guards(db);
        db.exec("UPDATE events SET payload = '{\"note\":\"changed\"}' WHERE id = 14");
    }
    try {
        signer.run_once();
        ADD_FAILURE() << "signed over a broken link";
    } catch (const OpenRasError& e) {
        EXPECT_NE(std::string(e.what()).find("event 14 does not link"), std::string::npos) << e.what();
    }
    // Event 5, which the checkpoint saw, changed and the chain made again whole: the new chain
    // links, but not to what was signed.
    {
        SQLite::Database db(record, SQLite::OPEN_READWRITE);
        drop_guards(db);
        db.exec("UPDATE events SET payload = '{\"note\":\"changed\"}' WHERE id = 5");
    }
    rewrite_chain(record);
    try {
        Checkpointer restarted(store, key, witnesses_at({dir.file("w")}), {10, std::chrono::minutes(30)}, hand.clock());
        ADD_FAILURE() << "went on over a rewritten record";
    } catch (const OpenRasError& e) {
        EXPECT_NE(std::string(e.what()).find("rewritten"), std::string::npos) << e.what();
    }
    EXPECT_EQ(open_witness(dir.file("w"))->checkpoints().size(), 1u);
}

std::pair<int, std::string> openras(const std::string& arguments) { return run_openras_line(arguments); }

TEST(Checkpointer, VerifyWithTheWitnessNamesAForgedTailATruncationAndARewrite) {
    TempDir dir;
    const std::string record = dir.file("r.db"), witness = dir.file("w"), key = dir.file("k");
    {
        // Written at 09:00 on 1 May, a minute an event.
        DecisionStore store = DecisionStore::open(record, writer_options(ticking_clock(0)));
        register_people(store, 0, 12);
    }
    ASSERT_EQ(openras("audit keygen --out " + key).first, 0);
    auto [code, out] = openras("record checkpointer --db " + record + " --key " + key + " --witness " + witness + " --every 5 --once");
    ASSERT_EQ(code, 0) << out;
    EXPECT_NE(out.find("Signed a checkpoint of event 12"), std::string::npos) << out;
    std::tie(code, out) = openras("audit verify " + record + " --witness " + witness + " --public-key " + key + ".pub");
    EXPECT_EQ(code, 0) << out;
    EXPECT_NE(out.find("1 checkpoint, the latest of event 12"), std::string::npos) << out;

    // A forger who can write the file appends three events, chained as OpenRAS chains them, with
    // times of 1 May: the chain holds, but the checkpoint signed today did not see them.
    {
        DecisionStore forger = DecisionStore::open(record, writer_options(ticking_clock(30)));
        register_people(forger, 100, 3);
    }
    EXPECT_EQ(verify_record(DecisionStore::open_to_read(record)).problem_count, 0u) << "the chain alone cannot tell";
    std::tie(code, out) = openras("audit verify " + record + " --witness " + witness + " --public-key " + key + ".pub");
    EXPECT_EQ(code, 1) << out;
    EXPECT_NE(out.find("forged tail"), std::string::npos) << out;
    EXPECT_NE(out.find("event 13"), std::string::npos) << out;

    // Cut short below the checkpoint: the witness names the removal.
    {
        SQLite::Database db(record, SQLite::OPEN_READWRITE);
        drop_guards(db);
        db.exec("DELETE FROM events WHERE id > 8");
        db.exec("UPDATE meta SET value = '8' WHERE key = 'head_event'");
    }
    rewrite_chain(record);
    std::tie(code, out) = openras("audit verify " + record + " --witness " + witness + " --public-key " + key + ".pub");
    EXPECT_EQ(code, 1) << out;
    EXPECT_NE(out.find("no longer holds: events were removed"), std::string::npos) << out;

    // Rewritten: event 3 changed and the whole chain made again.
    {
        SQLite::Database db(record, SQLite::OPEN_READWRITE);
        drop_guards(db);
        db.exec("UPDATE events SET payload = '{\"note\":\"changed\"}' WHERE id = 3");
    }
    rewrite_chain(record);
    {
        DecisionStore store = DecisionStore::open(record, writer_options(ticking_clock(0)));
        register_people(store, 200, 4);  // back up to event 12
    }
    std::tie(code, out) = openras("audit verify " + record + " --witness " + witness + " --public-key " + key + ".pub");
    EXPECT_EQ(code, 1) << out;
    EXPECT_NE(out.find("the record was rewritten: event 12"), std::string::npos) << out;
}

}  // namespace
}  // namespace openras
