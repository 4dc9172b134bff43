// The decision record on a council's PostgreSQL server, used as OpenRAS uses it: a kiosk, a
// social worker, a panel member and an auditor, each with their own login, record and read a
// person's case through DecisionStore, and `audit verify` and replay check it; what the server
// refuses comes back as OpenRAS errors; the command line takes postgresql://… for --db.
#include "alloc/audit/record_verifier.hpp"
#include "alloc/audit/replay.hpp"
#include "alloc/audit/subject_access.hpp"
#include "alloc/case/case_queue.hpp"
#include "alloc/case/plan_recording.hpp"
#include "alloc/case/plan_status.hpp"
#include "alloc/record/plan_reference.hpp"
#include "alloc/record/council/council_schema.hpp"
#include "alloc/record/events/review_scheduled.hpp"
#include "council_server.hpp"
#include "store_test_support.hpp"

#include <cstdio>

namespace openras {
namespace {

using namespace openras::test;

constexpr const char* kKiosk = "kiosk-central-library";

class CouncilStore : public ::testing::Test {
protected:
    void SetUp() override {
        server.make_record({{kKiosk, Role::ServiceUser},
                            {"sam.patel", Role::SocialWorker},
                            {"pat.jones", Role::PanelMember},
                            {"alex.auditor", Role::Auditor}});
    }

    DecisionStore open_as(const std::string& login, StoreAccess access = StoreAccess::ReadWrite) {
        StoreOptions options;
        options.access = access;
        return DecisionStore::open(server.address(login), options);
    }

    void as_owner(const std::string& sql) {
        pqxx::connection owner(server.conninfo("openras_owner"));
        pqxx::work work(owner);
        work.exec(sql);
        work.commit();
    }

    // SAMPLE-0001 (the example plan's person) at the kiosk: registered, assessed, plan sent.
    struct KioskCase {
        RecordedBudget budget;
        RecordedPlan plan;
    };
    KioskCase sample_at_the_kiosk(DecisionStore& kiosk) {
        const std::string text = file_bytes(std::string(OPENRAS_SOURCE_DIR) + "/examples/plans/good-plan.toml");
        Assessment a = generated_assessments(1, 9).front();
        a.person = "SAMPLE-0001";
        const Actor person = person_actor(a.person);
        if (!kiosk.person_registered(a.person)) register_person(kiosk, a.person, person);
        KioskCase c;
        c.budget = record_assessment(kiosk, a, person, model_ras());
        c.plan = record_plan(kiosk, text, "good-plan.toml", person, model_ras(), c.budget.budget_event, reference);
        return c;
    }

    CouncilServer server;
    const std::string reference = new_plan_reference();
};

TEST_F(CouncilStore, APersonsCaseIsRecordedFromThreeLoginsAndVerifiesAndReplays) {
    DecisionStore kiosk = open_as(kKiosk);
    DecisionStore worker = open_as("sam.patel");
    DecisionStore panel = open_as("pat.jones");
    const KioskCase c = sample_at_the_kiosk(kiosk);

    // Two more people, registered and assessed by the social worker at a desk.
    for (Assessment a : generated_assessments(2, 4)) {
        register_person(worker, a.person, kWorker);
        const RecordedBudget b = record_assessment(kiosk.person_registered(a.person) ? kiosk : worker, a, person_actor(a.person),
                                                   model_ras());
        EXPECT_GT(b.budget_event, 0);
    }
    // The final budget covers the plan; agreeing it records the plan checked again (an append
    // that names the ids it will be given), then the plan is confirmed.
    DecisionStore& decider = c.budget.budget.refer_to_panel() ? panel : worker;
    const Actor decider_actor = c.budget.budget.refer_to_panel() ? kPanel : kWorker;
    const Money covering = c.plan.result.costing.weekly + Money::from_pence(100);
    const EventId agreed = agree_final_budget(decider, "SAMPLE-0001", decider_actor, c.budget.budget_event, covering,
                                              "The plan's support is what Ms Sample needs");
    ASSERT_TRUE(recheck_plan_against_final_budget(decider, decider_actor, agreed));
    decide_plan(decider, EventType::PlanConfirmed, "SAMPLE-0001", decider_actor, std::nullopt, "Agreed");

    // Who recorded each event is the server's word: the login, whatever name OpenRAS was given.
    const DecisionStore auditor = open_as("alex.auditor", StoreAccess::ReadOnly);
    const std::vector<StoredEvent> sample = auditor.events_of("SAMPLE-0001");
    ASSERT_GE(sample.size(), 6u);
    EXPECT_EQ(sample[0].actor, kKiosk);
    EXPECT_EQ(sample[0].role, "service-user");
    EXPECT_EQ(sample.back().actor, &decider == &panel ? "pat.jones" : "sam.patel");
    EXPECT_EQ(sample.back().type, "plan-confirmed");

    const VerifyReport verified = verify_record(auditor);
    EXPECT_TRUE(verified.intact()) << (verified.problems.empty() ? "" : verified.problems.front().what);
    EXPECT_EQ(verified.events, auditor.head().event);
    EXPECT_EQ(verified.head.hash, auditor.meta_head().hash);
    EXPECT_EQ(verified.rule_sets, 1u);
    const ReplayReport replayed = replay_record(auditor, {});
    EXPECT_TRUE(replayed.all_reproduce());
    EXPECT_EQ(replayed.replayed_by_type.at("indicative-budget-computed"), 3);
    EXPECT_EQ(replayed.replayed_by_type.at("plan-checked"), 2);

    const std::optional<PlanStatus> status = plan_status(auditor, reference);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->state, PlanState::Confirmed);
    EXPECT_EQ(status->final_budget, covering);
    EXPECT_EQ(subject_access_export(auditor, "SAMPLE-0001").at("events").size(), sample.size());
    EXPECT_EQ(auditor.people().size(), 3u);
}

TEST_F(CouncilStore, AKioskReadsOnlyWhatItRecordedButKnowsWhoIsRegistered) {
    DecisionStore kiosk = open_as(kKiosk);
    DecisionStore worker = open_as("sam.patel");
    register_person(worker, "P-DESK", kWorker);
    sample_at_the_kiosk(kiosk);
    EXPECT_TRUE(kiosk.person_registered("P-DESK"));
    EXPECT_FALSE(kiosk.person_registered("P-NOBODY"));
    EXPECT_TRUE(kiosk.events_of("P-DESK").empty()) << "another login's event is not the kiosk's to read";
    EXPECT_EQ(kiosk.event(1), std::nullopt);
    EXPECT_EQ(kiosk.events_of("SAMPLE-0001").size(), 5u);  // registered, assessed, budget, plan sent and checked
    EXPECT_EQ(worker.events_of("SAMPLE-0001").size(), 5u);
    // Registering someone already registered elsewhere is refused, before the server would.
    try {
        register_person(kiosk, "P-DESK", person_actor("P-DESK"));
        ADD_FAILURE() << "registered twice";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().code, ErrorCode::Duplicate);
    }
}

TEST_F(CouncilStore, WhatALoginMayNotRecordIsRefusedByTheServerAsAnOpenRasError) {
    DecisionStore worker = open_as("sam.patel");
    register_person(worker, "P-0001", kWorker);
    // A kiosk that says it is a social worker: OpenRAS's own check would let a social worker
    // confirm a plan; the server knows the login is a kiosk's.
    DecisionStore kiosk = open_as(kKiosk);
    try {
        kiosk.append(events::new_event(EventType::ReviewScheduled, "P-0001", kWorker,
                                       events::ReviewScheduled{boost::gregorian::date(2026, 7, 1), "first review"}.payload()));
        ADD_FAILURE() << "a kiosk recorded as a social worker";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().code, ErrorCode::Permission) << e.what();
        EXPECT_NE(std::string(e.what()).find(kKiosk), std::string::npos) << e.what();
    }
    // An auditor whose store was opened to write, claiming a social worker's role.
    DecisionStore auditor = open_as("alex.auditor");
    EXPECT_THROW(register_person(auditor, "P-0002", kWorker), OpenRasError);
    // The server's own rules, to plain SQL from a login allowed to insert: no event about a person
    // before their registration, and no reference to another person's event.
    pqxx::connection kiosk_sql(server.conninfo(kKiosk));
    EXPECT_THROW(pqxx::work(kiosk_sql).exec("INSERT INTO openras.events (type, person, payload) VALUES "
                                            "('plan-submitted', 'P-NEVER', '{}')"),
                 pqxx::foreign_key_violation);
    register_person(worker, "P-0003", kWorker);
    pqxx::connection worker_sql(server.conninfo("sam.patel"));
    EXPECT_THROW(pqxx::work(worker_sql).exec("INSERT INTO openras.events (type, person, refers_to, payload) VALUES "
                                             "('review-completed', 'P-0003', 1, '{}')"),
                 pqxx::check_violation);
    const DecisionStore reader = open_as("alex.auditor", StoreAccess::ReadOnly);
    EXPECT_EQ(reader.head().event, 2);
    EXPECT_TRUE(verify_record(reader).intact());
}

TEST_F(CouncilStore, AnAppendThatNamesItsIdsIsRefusedOnceAnotherWriterWentFirst) {
    DecisionStore worker = open_as("sam.patel");
    register_person(worker, "P-0001", kWorker);
    const EventId last = worker.head().event;
    DecisionStore other_desk = open_as("sam.patel");
    register_person(other_desk, "P-0002", kWorker);  // another desk, first
    std::vector<NewEvent> late;
    late.push_back(events::new_event(EventType::PersonRegistered, "P-0003", kWorker, nlohmann::json::object()));
    EXPECT_EQ(worker.append_if_last_is(last, std::move(late)), std::nullopt);
    EXPECT_FALSE(worker.person_registered("P-0003"));
    std::vector<NewEvent> in_time;
    in_time.push_back(events::new_event(EventType::PersonRegistered, "P-0003", kWorker, nlohmann::json::object()));
    const auto ids = worker.append_if_last_is(worker.head().event, std::move(in_time));
    ASSERT_TRUE(ids);
    EXPECT_EQ(ids->front(), 3);
}

TEST_F(CouncilStore, VerifyNamesWhatTheOwnerChangedBehindTheGuards) {
    DecisionStore worker = open_as("sam.patel");
    for (const char* person : {"P-0001", "P-0002", "P-0003"}) register_person(worker, person, kWorker, "first contact");
    {
        const DecisionStore auditor = open_as("alex.auditor", StoreAccess::ReadOnly);
        ASSERT_TRUE(verify_record(auditor).intact());
    }
    // The owner switches a guard off and rewrites an event's payload.
    as_owner("ALTER TABLE openras.events DISABLE TRIGGER events_never_change");
    as_owner("UPDATE openras.events SET payload = '{\"note\":\"changed\"}' WHERE id = 2");
    const DecisionStore auditor = open_as("alex.auditor", StoreAccess::ReadOnly);
    const VerifyReport report = verify_record(auditor);
    ASSERT_FALSE(report.intact());
    ASSERT_FALSE(report.problems.empty());
    EXPECT_EQ(report.problems.front().event, 2) << report.problems.front().what;
    bool guard_named = false;
    for (const ChainProblem& p : report.problems) guard_named |= p.what.find("events_never_change") != std::string::npos;
    EXPECT_TRUE(guard_named);
}

std::pair<int, std::string> openras(const std::string& arguments) { return run_openras_line(arguments); }

TEST_F(CouncilStore, TheCommandLineTakesTheServersAddressForEveryRecordCommand) {
    const std::string worker = "'" + server.address("sam.patel") + "'", auditor = "'" + server.address("alex.auditor") + "'";
    auto [code, out] = openras("case register --db " + worker + " --role social-worker --person P-0001");
    EXPECT_EQ(code, 0) << out;
    EXPECT_NE(out.find("Recorded event 1 for P-0001"), std::string::npos) << out;
    std::tie(code, out) = openras("case register --db " + worker + " --actor 'Sam Patel' --role social-worker --person P-0002");
    EXPECT_EQ(code, 1) << out;
    EXPECT_NE(out.find("recorded as your own login"), std::string::npos) << out;
    std::tie(code, out) = openras("case register --db " + worker + " --role panel-member --person P-0002");
    EXPECT_EQ(code, 1) << out;
    std::tie(code, out) = openras("audit verify " + auditor);
    EXPECT_EQ(code, 0) << out;
    EXPECT_NE(out.find("is intact"), std::string::npos) << out;
    EXPECT_NE(out.find("Events: 1,"), std::string::npos) << out;
    std::tie(code, out) = openras("audit show " + auditor + " --person P-0001");
    EXPECT_EQ(code, 0) << out;
    EXPECT_NE(out.find("sam.patel"), std::string::npos) << out;
    std::tie(code, out) = openras("audit backup --db " + auditor + " --out /tmp/never-made.db");
    EXPECT_EQ(code, 1) << out;
    EXPECT_NE(out.find("pg_dump"), std::string::npos) << out;

    // A new database made a record by its owner, and a login added, from the command line.
    {
        pqxx::connection owner(server.conninfo("openras_owner"));
        pqxx::nontransaction(owner).exec("CREATE DATABASE second_council");
    }
    std::tie(code, out) = openras("record create --db '" + server.address("openras_owner", "second_council") + "'");
    EXPECT_EQ(code, 0) << out;
    std::tie(code, out) = openras("record add-login --db '" + server.address("openras_owner", "second_council") +
                                  "' --login kiosk-north --role service-user");
    EXPECT_EQ(code, 0) << out;
    std::tie(code, out) = openras("case register --db '" + server.address("kiosk-north", "second_council") +
                                  "' --role service-user --person P-0009");
    EXPECT_EQ(code, 0) << out;
    std::tie(code, out) = openras("audit verify '" + server.address("no_such_login") + "'");
    EXPECT_EQ(code, 1) << out;
    EXPECT_NE(out.find("cannot be reached"), std::string::npos) << out;
}

TEST_F(CouncilStore, AKiosksFileMovesOntoTheServerKeepingEveryHashAndTheChainGoesOn) {
    TempDir dir;
    const std::string file = dir.file("kiosk.db");
    StoreHead before;
    {
        DecisionStore store = DecisionStore::open(file, writer_options());
        record_story(store, 6);
        before = store.head();
    }
    const std::string owner = "'" + server.address("openras_owner") + "'";
    auto [code, out] = openras("record migrate --from " + file + " --to " + owner);
    ASSERT_EQ(code, 0) << out;
    EXPECT_NE(out.find("chain hash " + chain_hash_hex(before.hash) + ", the same as in"), std::string::npos) << out;

    const DecisionStore moved = open_as("alex.auditor", StoreAccess::ReadOnly);
    EXPECT_EQ(moved.head().event, before.event);
    EXPECT_EQ(moved.head().hash, before.hash);
    const DecisionStore original = DecisionStore::open_to_read(file);
    EXPECT_EQ(moved.store_id(), original.store_id());
    for (EventId id : {EventId(1), before.event / 2, before.event}) {
        const StoredEvent a = *original.event(id), b = *moved.event(id);
        EXPECT_EQ(a.actor, b.actor);
        EXPECT_EQ(a.recorded_at, b.recorded_at);
        EXPECT_EQ(a.payload, b.payload);
        EXPECT_EQ(a.chain_hash, b.chain_hash);
    }
    EXPECT_TRUE(replay_record(moved, {}).all_reproduce());

    // The chain goes on from the file's last event, and a second move into it is refused.
    DecisionStore worker = open_as("sam.patel");
    register_person(worker, "P-AFTER", kWorker);
    EXPECT_EQ(worker.head().event, before.event + 1);
    EXPECT_TRUE(verify_record(moved).intact());
    std::tie(code, out) = openras("record migrate --from " + file + " --to " + owner);
    EXPECT_EQ(code, 1) << out;
    EXPECT_NE(out.find("only into an empty one"), std::string::npos) << out;
}

TEST_F(CouncilStore, OnlyARecordThatVerifiesMovesAndTheServerChecksEveryLink) {
    TempDir dir;
    const std::string file = dir.file("kiosk.db");
    {
        DecisionStore store = DecisionStore::open(file, writer_options());
        record_story(store, 2);
    }
    {
        SQLite::Database db(file, SQLite::OPEN_READWRITE);
        drop_guards(db);
        db.exec("UPDATE events SET payload = '{\"note\":\"changed\"}' WHERE id = 1");
    }
    auto [code, out] = openras("record migrate --from " + file + " --to '" + server.address("openras_owner") + "'");
    EXPECT_EQ(code, 1) << out;
    EXPECT_NE(out.find("does not verify"), std::string::npos) << out;
    EXPECT_EQ(open_as("alex.auditor", StoreAccess::ReadOnly).head().event, 0) << "nothing was moved";

    // The server's own check, which does not rely on OpenRAS having verified first: a link that
    // does not hold is refused, and only the owner may move events in at all.
    const auto move_one = [&](const std::string& login, const std::string& hash) {
        pqxx::connection connection(server.conninfo(login));
        pqxx::work work(connection);
        work.exec("SET LOCAL openras.moving_in = 'on'");
        work.exec("INSERT INTO openras.events (id, type, person, actor, role, recorded_at, payload, chain_hash) VALUES "
                  "(1, 'person-registered', 'P-1', 'Sam Patel', 'social-worker', '2026-05-01T09:00:00Z', '{}', '\\x" + hash + "')");
        work.commit();
    };
    EXPECT_THROW(move_one("openras_owner", std::string(64, 'a')), pqxx::check_violation);
    EXPECT_THROW(move_one("sam.patel", std::string(64, 'a')), pqxx::insufficient_privilege);
}

TEST_F(CouncilStore, TheCheckpointerSignsTheServersRecordIntoAWitnessDatabaseTheRecordsOwnerCannotChange) {
    {
        pqxx::connection owner(server.conninfo("openras_owner"));
        pqxx::nontransaction(owner).exec("CREATE DATABASE witness");
        add_council_login(owner, "signer", Role::Auditor);
    }
    TempDir dir;
    const std::string key = dir.file("checkpoint.key");
    ASSERT_EQ(openras("audit keygen --out " + key).first, 0);
    auto [code, out] = openras("record create-witness --db '" + server.address("openras_owner", "witness") +
                               "' --login signer --reader alex.auditor");
    ASSERT_EQ(code, 0) << out;
    DecisionStore worker = open_as("sam.patel");
    for (const char* person : {"P-1", "P-2", "P-3", "P-4"}) register_person(worker, person, kWorker);
    const std::string record = "'" + server.address("signer") + "'", witness = "'" + server.address("signer", "witness") + "'";
    std::tie(code, out) = openras("record checkpointer --db " + record + " --key " + key + " --witness " + witness + " --every 3 --once");
    ASSERT_EQ(code, 0) << out;
    EXPECT_NE(out.find("Signed a checkpoint of event 4"), std::string::npos) << out;
    const std::string read_witness = "'" + server.address("alex.auditor", "witness") + "'";
    std::tie(code, out) = openras("audit verify '" + server.address("alex.auditor") + "' --witness " + read_witness +
                                  " --public-key " + key + ".pub");
    EXPECT_EQ(code, 0) << out;
    pqxx::connection reader(server.conninfo("alex.auditor", "witness"));
    EXPECT_THROW(pqxx::work(reader).exec("INSERT INTO openras_witness.checkpoints (text) VALUES ('x')"), pqxx::insufficient_privilege);

    // The signer itself cannot change what it witnessed.
    pqxx::connection signer(server.conninfo("signer", "witness"));
    EXPECT_THROW(pqxx::work(signer).exec("DELETE FROM openras_witness.checkpoints"), pqxx::insufficient_privilege);
    EXPECT_THROW(pqxx::work(signer).exec("UPDATE openras_witness.checkpoints SET text = ''"), pqxx::insufficient_privilege);

    // The record's owner takes the guards down and removes the last event: the witness says so.
    as_owner("ALTER TABLE openras.events DISABLE TRIGGER events_never_change");
    as_owner("DELETE FROM openras.events WHERE id = 4");
    as_owner("UPDATE openras.meta SET value = '3' WHERE key = 'head_event'");
    std::tie(code, out) = openras("audit verify " + record + " --witness " + witness + " --public-key " + key + ".pub");
    EXPECT_EQ(code, 1) << out;
    EXPECT_NE(out.find("events were removed"), std::string::npos) << out;
    EXPECT_NE(out.find("events_never_change"), std::string::npos) << out;
}

}  // namespace
}  // namespace openras
