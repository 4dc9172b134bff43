// The decision record through its library: creating, appending, who may append what, the rules
// every event must follow, atomic appends under injected faults, reading a person's timeline and
// export, and signed checkpoints.
#include "alloc/case/case_actions.hpp"
#include "alloc/record/checkpoint.hpp"
#include "alloc/record/decision_store.hpp"
#include "alloc/record/record_backup.hpp"
#include "alloc/audit/record_verifier.hpp"
#include "alloc/audit/subject_access.hpp"
#include "alloc/audit/timeline.hpp"
#include "store_test_support.hpp"

#include <SQLiteCpp/Database.h>
#include <sys/stat.h>

#include <filesystem>
#include <thread>

namespace openras {
namespace {

using namespace openras::test;

ErrorCode code_of(const std::function<void()>& action) {
    try {
        action();
    } catch (const OpenRasError& e) {
        return e.error().code;
    }
    ADD_FAILURE() << "expected an OpenRasError";
    return ErrorCode::Syntax;
}

std::string message_of(const std::function<void()>& action) {
    try {
        action();
    } catch (const OpenRasError& e) {
        return e.error().message;
    }
    ADD_FAILURE() << "expected an OpenRasError";
    return {};
}

struct StoreFixture : ::testing::Test {
    TempDir dir;
    std::string path = dir.file("record.db");
    DecisionStore store = DecisionStore::open(path, writer_options());
    Assessment assessment = generated_assessments(1, 11).front();

    RecordedBudget registered_and_assessed() {
        register_person(store, assessment.person, kWorker);
        return record_assessment(store, assessment, person_actor(assessment.person), model_ras());
    }
};

TEST_F(StoreFixture, NewRecordIsWalWithTheCurrentSchemaAndItsOwnIdentity) {
    SQLite::Database& db = store.database();
    EXPECT_EQ(db.execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), kStoreSchemaVersion);
    EXPECT_EQ(db.execAndGet("PRAGMA application_id").getInt(), kStoreApplicationId);
    EXPECT_EQ(db.execAndGet("PRAGMA synchronous").getInt(), 2) << "synchronous = FULL";
    EXPECT_EQ(store.store_id().size(), 32u);
    EXPECT_EQ(store.head().event, 0);
    EXPECT_TRUE(verify_record(store).intact());
}

TEST_F(StoreFixture, EventsAreNumberedInOrderAndStampedByTheGivenClock) {
    const RecordedBudget recorded = registered_and_assessed();
    EXPECT_EQ(recorded.assessment_event, 2);
    EXPECT_EQ(recorded.budget_event, 3);
    EXPECT_EQ(store.event(1)->recorded_at, "2026-05-01T09:00:00Z");
    EXPECT_EQ(store.event(3)->recorded_at, "2026-05-01T09:01:00Z") << "one append, one time";
    EXPECT_EQ(store.event(3)->refers_to, 2);
    EXPECT_EQ(store.event(3)->rule_set, embedded_default_rule_set()->hash);
    EXPECT_EQ(store.head().event, 3);
    EXPECT_EQ(store.meta_head().event, 3);
    EXPECT_EQ(store.meta_head().hash, store.head().hash);
}

TEST_F(StoreFixture, PayloadIsCanonicalJsonWithSortedKeys) {
    registered_and_assessed();
    const std::string payload = store.event(2)->payload;
    EXPECT_EQ(payload.rfind("{\"answers\":{", 0), 0u) << payload;
    EXPECT_EQ(nlohmann::json::parse(payload).dump(), payload);
}

TEST_F(StoreFixture, RuleSetIsStoredOnceWithItsExactText) {
    registered_and_assessed();
    Assessment again = assessment;
    again.date = boost::gregorian::date(2026, 9, 1);
    record_assessment(store, again, kWorker, model_ras());
    EXPECT_EQ(store.rule_set_hashes().size(), 1u);
    EXPECT_EQ(store.rule_set_text(embedded_default_rule_set()->hash), std::string(embedded_model_ras_text()));
}

TEST_F(StoreFixture, AnAuditorHandleIsReadOnlyAndRefusesEveryAppend) {
    registered_and_assessed();
    DecisionStore auditor = DecisionStore::open(path, auditor_options());
    EXPECT_TRUE(auditor.read_only());
    EXPECT_EQ(code_of([&] { register_person(auditor, "P-9", kWorker); }), ErrorCode::Permission);
    EXPECT_EQ(auditor.head().event, 3);
}

TEST_F(StoreFixture, AnAuditorRoleCanAppendNothing) {
    const Actor auditor{"Ann Auditor", Role::Auditor};
    EXPECT_EQ(code_of([&] { register_person(store, "P-1", auditor); }), ErrorCode::Permission);
    EXPECT_EQ(store.head().event, 0);
}

TEST_F(StoreFixture, OnlyASocialWorkerOrPanelMayDecide) {
    registered_and_assessed();
    const Actor service_user = person_actor(assessment.person);
    EXPECT_EQ(code_of([&] { decide_plan(store, EventType::PlanConfirmed, assessment.person, service_user, {}, "I like it"); }),
              ErrorCode::Permission);
    EXPECT_EQ(code_of([&] { agree_final_budget(store, assessment.person, service_user, {}, Money::from_pence(1), "x"); }),
              ErrorCode::Permission);
    const std::string message = message_of([&] { register_person(store, "P-2", kPanel); });
    EXPECT_NE(message.find("only a service user or a social worker may"), std::string::npos) << message;
    EXPECT_NO_THROW(decide_plan(store, EventType::PlanConfirmed, assessment.person, kWorker, {}, "Meets the outcomes"));
}

TEST_F(StoreFixture, FinalBudgetThatDiffersCannotBeSavedWithoutAReason) {
    const RecordedBudget recorded = registered_and_assessed();
    const Actor decider = recorded.budget.refer_to_panel() ? kPanel : kWorker;
    const Money different = recorded.budget.weekly + Money::from_pence(500);
    const std::string message = message_of([&] { agree_final_budget(store, assessment.person, decider, {}, different, "  "); });
    EXPECT_NE(message.find("cannot be saved without a reason"), std::string::npos) << message;
    EXPECT_NO_THROW(agree_final_budget(store, assessment.person, decider, {}, recorded.budget.weekly, ""));
    EXPECT_NO_THROW(agree_final_budget(store, assessment.person, decider, {}, different, "Extra travel costs"));
}

TEST_F(StoreFixture, ABudgetThatCrossedAPanelThresholdIsAgreedByThePanel) {
    const auto rules = embedded_default_rule_set();
    Assessment highest = assessment;
    highest.answers.clear();
    for (const Question& q : rules->questions)
        highest.answers.push_back({q.id, q.kind == QuestionKind::InformalSupport ? q.answers.front().id : q.answers.back().id, {}});
    register_person(store, highest.person, kWorker);
    const RecordedBudget recorded = record_assessment(store, highest, kWorker, model_ras());
    ASSERT_TRUE(recorded.budget.refer_to_panel());
    EXPECT_EQ(code_of([&] { agree_final_budget(store, highest.person, kWorker, {}, recorded.budget.weekly, ""); }),
              ErrorCode::Permission);
    EXPECT_NO_THROW(agree_final_budget(store, highest.person, kPanel, {}, recorded.budget.weekly, ""));
}

TEST_F(StoreFixture, APlanReferredToThePanelIsDecidedByThePanel) {
    registered_and_assessed();
    decide_plan(store, EventType::PlanReferredToPanel, assessment.person, kWorker, {}, "Above the tolerance");
    EXPECT_EQ(code_of([&] { decide_plan(store, EventType::PlanConfirmed, assessment.person, kWorker, {}, "ok"); }),
              ErrorCode::Permission);
    EXPECT_NO_THROW(decide_plan(store, EventType::PlanConfirmed, assessment.person, kPanel, {}, "Agreed at panel"));
    EXPECT_NO_THROW(decide_plan(store, EventType::PlanReturned, assessment.person, kWorker, {}, "Back to the worker"));
    // Referred a second time, after a return: the latest plan decision is the referral again.
    decide_plan(store, EventType::PlanReferredToPanel, assessment.person, kWorker, {}, "Still above the tolerance");
    EXPECT_EQ(code_of([&] { decide_plan(store, EventType::PlanReturned, assessment.person, kWorker, {}, "ok"); }),
              ErrorCode::Permission);
    EXPECT_EQ(code_of([&] { decide_plan(store, EventType::PlanReferredToPanel, assessment.person, kWorker, {}, "again"); }),
              ErrorCode::InvalidValue);
}

TEST_F(StoreFixture, TheLatestEventOfAnyOfSeveralTypesIsThePersonsOwn) {
    registered_and_assessed();
    register_person(store, "P-OTHER", kWorker);
    const std::initializer_list<EventType> decisions = {EventType::PlanConfirmed, EventType::PlanReturned};
    EXPECT_FALSE(store.latest_of(assessment.person, decisions));
    const EventId returned = decide_plan(store, EventType::PlanReturned, assessment.person, kWorker, {}, "More detail");
    const EventId confirmed = decide_plan(store, EventType::PlanConfirmed, assessment.person, kWorker, {}, "Agreed");
    decide_plan(store, EventType::PlanReturned, "P-OTHER", kWorker, {}, "Someone else's");
    record_dispute(store, assessment.person, kWorker, {}, "A later event of another type");
    EXPECT_EQ(store.latest_of(assessment.person, decisions)->id, confirmed);
    EXPECT_EQ(store.latest_of(assessment.person, {EventType::PlanReturned})->id, returned);
    EXPECT_EQ(store.latest_of(assessment.person, EventType::PlanReturned)->id, returned);
    EXPECT_FALSE(store.latest_of(assessment.person, {}));
}

TEST_F(StoreFixture, EveryDecisionNeedsItsReason) {
    registered_and_assessed();
    for (EventType decision : {EventType::PlanConfirmed, EventType::PlanReturned, EventType::PlanReferredToPanel})
        EXPECT_EQ(code_of([&] { decide_plan(store, decision, assessment.person, kWorker, {}, " "); }), ErrorCode::MissingField);
    EXPECT_EQ(code_of([&] { record_dispute(store, assessment.person, kWorker, {}, ""); }), ErrorCode::MissingField);
    EXPECT_EQ(code_of([&] { record_correction(store, kWorker, 3, ""); }), ErrorCode::MissingField);
}

TEST_F(StoreFixture, ACorrectionPointsAtTheOriginalWhichStaysAsItWas) {
    const RecordedBudget recorded = registered_and_assessed();
    const StoredEvent before = *store.event(recorded.budget_event);
    const EventId correction = record_correction(store, kWorker, recorded.budget_event, "wrong answer recorded", "eating: regular");
    EXPECT_EQ(store.event(correction)->refers_to, recorded.budget_event);
    EXPECT_EQ(store.event(recorded.budget_event)->payload, before.payload);
    EXPECT_EQ(store.event(recorded.budget_event)->chain_hash, before.chain_hash);
    EXPECT_EQ(code_of([&] { record_correction(store, kWorker, 99, "no such event"); }), ErrorCode::UnknownName);
}

TEST_F(StoreFixture, ReferencesStayWithinOnePersonAndPeopleMustBeRegistered) {
    registered_and_assessed();
    register_person(store, "P-OTHER", kWorker);
    EXPECT_EQ(code_of([&] { record_dispute(store, "P-OTHER", kWorker, 3, "not theirs"); }), ErrorCode::InvalidValue);
    EXPECT_EQ(code_of([&] { record_dispute(store, "P-NOBODY", kWorker, {}, "who?"); }), ErrorCode::UnknownName);
    EXPECT_EQ(code_of([&] { register_person(store, "P-OTHER", kWorker); }), ErrorCode::Duplicate);
}

TEST_F(StoreFixture, FloatingPointNeverEntersThePayload) {
    register_person(store, "P-1", kWorker);
    NewEvent e;
    e.type = EventType::DisputeRecorded;
    e.person = "P-1";
    e.actor = kWorker;
    e.payload = {{"reason", "x"}, {"amount", 12.5}};
    EXPECT_EQ(code_of([&] { store.append(e); }), ErrorCode::WrongType);
}

TEST_F(StoreFixture, TheAppendOnlyGuardsRefuseSqlThatChangesThePast) {
    registered_and_assessed();
    EXPECT_THROW(store.database().exec("UPDATE events SET person = 'X' WHERE id = 1"), SQLite::Exception);
    EXPECT_THROW(store.database().exec("DELETE FROM events WHERE id = 1"), SQLite::Exception);
    EXPECT_THROW(store.database().exec("UPDATE rule_sets SET text = ''"), SQLite::Exception);
    EXPECT_TRUE(verify_record(store).intact());
}

// As SQLite's own tests inject faults: an append that fails at any point leaves nothing behind.
TEST(DecisionStoreFaults, AnAppendThatFailsAtAnyStageLeavesTheRecordAsItWas) {
    for (AppendStage stage : {AppendStage::Locked, AppendStage::EventsWritten, AppendStage::HeadWritten}) {
        TempDir dir;
        StoreOptions options = writer_options();
        bool fail = false;
        options.fault = [&](AppendStage at) {
            if (fail && at == stage) throw std::runtime_error("injected fault");
        };
        DecisionStore store = DecisionStore::open(dir.file("r.db"), options);
        const Assessment a = generated_assessments(1, 3).front();
        register_person(store, a.person, kWorker);
        fail = true;
        EXPECT_THROW(record_assessment(store, a, kWorker, model_ras()), std::runtime_error);
        EXPECT_EQ(store.head().event, 1);
        EXPECT_TRUE(store.rule_set_hashes().empty()) << "the rule set stored with the failed append is gone";
        fail = false;
        const RecordedBudget recorded = record_assessment(store, a, kWorker, model_ras());
        EXPECT_EQ(recorded.assessment_event, 2) << "ids carry on without a gap";
        EXPECT_FALSE(store.rule_set_hashes().empty()) << "and the rule set is stored by the next append";
        EXPECT_TRUE(verify_record(store).intact());
    }
}

TEST(DecisionStoreReading, TimelineShowsDecisionsWhoMadeThemWhyAndCorrections) {
    TempDir dir;
    DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
    record_story(store, 1);
    const std::string person = generated_assessments(1, 7).front().person;
    const std::string text = person_timeline(store, person);
    EXPECT_NE(text.find("Decision record for " + person), std::string::npos);
    EXPECT_NE(text.find("Indicative budget worked out: £"), std::string::npos) << text;
    EXPECT_NE(text.find("Final budget agreed: £"), std::string::npos);
    EXPECT_NE(text.find("£10.00 more than the indicative"), std::string::npos);
    EXPECT_NE(text.find("By Sam Patel, social worker."), std::string::npos);
    EXPECT_NE(text.find("Why: \"Transport to the day centre\""), std::string::npos);
    EXPECT_NE(text.find("Starting amount for everyone"), std::string::npos) << "explanation lines are shown";
    EXPECT_NE(text.find("Corrected by event 6."), std::string::npos) << text;
    EXPECT_NE(text.find("Disputed in event 7."), std::string::npos) << text;
    EXPECT_EQ(code_of([&] { person_timeline(store, "P-UNKNOWN"); }), ErrorCode::UnknownName);
}

TEST(DecisionStoreReading, ExportHoldsEverythingAboutThePersonAndNothingElse) {
    TempDir dir;
    DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
    record_story(store, 2);
    const std::string person = generated_assessments(2, 7).front().person;
    const nlohmann::ordered_json doc = subject_access_export(store, person);
    EXPECT_EQ(doc["kind"], "openras-subject-access-export");
    EXPECT_EQ(doc["events"].size(), store.events_of(person).size());
    std::set<std::string> types;
    for (const auto& e : doc["events"]) {
        EXPECT_EQ(e["payload"].dump(), nlohmann::ordered_json::parse(store.event(e["id"].get<EventId>())->payload).dump());
        types.insert(e["type"].get<std::string>());
    }
    EXPECT_TRUE(types.count("correction") && types.count("dispute-recorded")) << "corrections and disputes are included";
    EXPECT_EQ(doc["events"][3]["corrected_by"], nlohmann::ordered_json::array({6}));
    ASSERT_EQ(doc["rule_sets"].size(), 1u);
    EXPECT_EQ(doc["rule_sets"][0]["hash"], embedded_default_rule_set()->hash);
    EXPECT_EQ(doc["rule_sets"][0]["id"], "model-ras");
}

struct CheckpointFixture : ::testing::Test {
    TempDir dir;
    std::string path = dir.file("r.db");
    SigningKey key = generate_signing_key();
    Checkpoint checkpoint;

    void SetUp() override {
        DecisionStore store = DecisionStore::open(path, writer_options());
        record_story(store, 2);
        checkpoint = sign_checkpoint(store.store_id(), store.head(), key, "2026-06-01T12:00:00Z");
    }
    std::vector<ChainProblem> check(const Checkpoint& c, std::optional<PublicKey> trusted) {
        return check_checkpoint(DecisionStore::open(path, auditor_options()), c, trusted);
    }
};

TEST_F(CheckpointFixture, ASignedCheckpointMatchesTheRecordItWasMadeFrom) {
    const Checkpoint read_back = parse_checkpoint(checkpoint_text(checkpoint), "cp");
    EXPECT_TRUE(check(read_back, key.public_key).empty());
}

TEST_F(CheckpointFixture, ARewriteOfTheWholeRecordIsCaughtOnlyByTheCheckpoint) {
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        drop_guards(db);
        db.exec("UPDATE events SET actor = 'Someone Else' WHERE id = 2");
        restore_guards(db);
    }
    rewrite_chain(path);
    EXPECT_TRUE(verify_record(DecisionStore::open(path, auditor_options())).intact()) << "the chain alone cannot tell";
    const auto problems = check(checkpoint, key.public_key);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].what.find("rewritten"), std::string::npos) << problems[0].what;
}

TEST_F(CheckpointFixture, RemovedEventsAnAlteredCheckpointAndAnotherKeyAreCaught) {
    Checkpoint later = checkpoint;
    later.event += 5;
    EXPECT_FALSE(check(later, key.public_key).empty()) << "an altered checkpoint fails its signature";
    const SigningKey other = generate_signing_key();
    const auto by_other = check(sign_checkpoint(checkpoint.store_id, {checkpoint.event, checkpoint.chain_hash}, other, "x"), key.public_key);
    ASSERT_EQ(by_other.size(), 1u);
    EXPECT_NE(by_other[0].what.find("another key"), std::string::npos);
    const auto beyond = check(sign_checkpoint(checkpoint.store_id, {checkpoint.event + 3, checkpoint.chain_hash}, key, "x"), key.public_key);
    ASSERT_EQ(beyond.size(), 1u);
    EXPECT_NE(beyond[0].what.find("events were removed"), std::string::npos);
}

TEST(SigningKeys, KeyFilesAreWrittenPrivatelyReadBackAndNeverOverwritten) {
    TempDir dir;
    const SigningKey key = generate_signing_key();
    write_signing_key_files(dir.file("k"), key);
    struct stat info {};
    ASSERT_EQ(::stat(dir.file("k").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    EXPECT_EQ(read_signing_key(dir.file("k")).public_key, key.public_key);
    EXPECT_EQ(read_public_key(dir.file("k.pub")), key.public_key);
    EXPECT_EQ(read_public_key(public_key_hex(key.public_key)), key.public_key);
    EXPECT_EQ(code_of([&] { write_signing_key_files(dir.file("k"), generate_signing_key()); }), ErrorCode::Io);
}

}  // namespace
}  // namespace openras

namespace openras {
namespace {

using namespace openras::test;

VerifyOptions options_with_readers(unsigned readers) {
    VerifyOptions options;
    options.readers = readers;
    return options;
}

void verify_reads_one_moment(unsigned readers) {
    // Issue 21: verify read the head, then the events, outside one read transaction; events a
    // kiosk appended in between looked like events added without going through OpenRAS.
    TempDir dir;
    const std::string path = dir.file("record.db");
    DecisionStore writer = DecisionStore::open(path, writer_options());
    const std::vector<Assessment> people = generated_assessments(4, 21);
    for (std::size_t i = 0; i < 3; ++i) {
        register_person(writer, people[i].person, kWorker);
        (void)record_assessment(writer, people[i], person_actor(people[i].person), model_ras());
    }
    const StoreHead before = writer.head();
    const Assessment& later = people[3];

    DecisionStore reader = DecisionStore::open(path, writer_options());
    VerifyOptions options;
    options.readers = readers;
    options.after_head_read = [&] {
        register_person(writer, later.person, kWorker);
        (void)record_assessment(writer, later, person_actor(later.person), model_ras());
    };
    const VerifyReport during = verify_record(reader, options);
    EXPECT_EQ(during.problem_count, 0u) << (during.problems.empty() ? std::string() : during.problems.front().what);
    EXPECT_EQ(during.head.event, before.event) << "the record as it was when verify began";
    EXPECT_EQ(during.readers, readers);
    EXPECT_GT(writer.head().event, before.event) << "the appends went in meanwhile";

    const VerifyReport after = verify_record(reader, options_with_readers(readers));
    EXPECT_EQ(after.problem_count, 0u);
    EXPECT_EQ(after.head.event, writer.head().event);
}

TEST(DecisionStoreReading, VerifyReadsOneMomentOfARecordThatIsBeingAppendedTo) { verify_reads_one_moment(1); }

// The second reader has a connection, and so a snapshot, of its own: it reads only as far as
// the first one's snapshot goes.
TEST(DecisionStoreReading, VerifyInTwoHalvesReadsOneMomentToo) { verify_reads_one_moment(2); }

}  // namespace
}  // namespace openras


namespace openras {
namespace {

using namespace openras::test;

TEST(DecisionStoreBackup, ACopyMadeWhileKiosksAppendIsWholeAndVerifies) {
    TempDir dir;
    const std::string path = dir.file("record.db");
    DecisionStore writer = DecisionStore::open(path, writer_options());
    const std::vector<Assessment> people = generated_assessments(40, 5);
    for (std::size_t i = 0; i < 20; ++i) {
        register_person(writer, people[i].person, kWorker);
        (void)record_assessment(writer, people[i], person_actor(people[i].person), model_ras());
    }
    // Another connection goes on appending while the copy is made.
    std::thread kiosk([&] {
        DecisionStore other = DecisionStore::open(path, writer_options());
        for (std::size_t i = 20; i < people.size(); ++i) {
            register_person(other, people[i].person, kWorker);
            (void)record_assessment(other, people[i], person_actor(people[i].person), model_ras());
        }
    });
    const std::string copy = dir.file("copy.db");
    const StoreHead copied = backup_record(DecisionStore::open_to_read(path), copy);
    kiosk.join();
    EXPECT_GE(copied.event, 60);
    const VerifyReport report = verify_record(DecisionStore::open_to_read(copy));
    EXPECT_EQ(report.problem_count, 0u) << (report.problems.empty() ? std::string() : report.problems.front().what);
    EXPECT_EQ(report.head.event, copied.event);
    // Never over an existing file, and nothing half-made is left beside it.
    EXPECT_THROW((void)backup_record(DecisionStore::open_to_read(path), copy), OpenRasError);
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        EXPECT_EQ(entry.path().filename().string().find(".partial"), std::string::npos) << entry.path();
}

}  // namespace
}  // namespace openras


namespace openras {
namespace {

using namespace openras::test;

TEST(DecisionStoreAppend, NothingIsAppendedAfterEventsAddedOutsideOpenRas) {
    // Issue 21: forged events inserted after the head were chained onto by the next append.
    TempDir dir;
    const std::string path = dir.file("record.db");
    const std::vector<Assessment> people = generated_assessments(2, 3);
    {
        DecisionStore store = DecisionStore::open(path, writer_options());
        register_person(store, people[0].person, kWorker);
    }
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("INSERT INTO events SELECT 2, type, person, actor, role, recorded_at, refers_to, rule_set, payload, "
                 "chain_hash FROM events WHERE id = 1");
    }
    DecisionStore store = DecisionStore::open(path, writer_options());
    try {
        register_person(store, people[1].person, kWorker);
        FAIL() << "appended after a forged event";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().code, ErrorCode::StoreFormat);
        EXPECT_NE(e.error().message.find("head (event 1) is not its last event (2)"), std::string::npos) << e.error().message;
    }
    EXPECT_EQ(store.head().event, 2) << "nothing more was written";
    EXPECT_FALSE(store.person_registered(people[1].person));
}

}  // namespace
}  // namespace openras
