// A kiosk's outbox: what people sent while the council's server could not be reached, kept
// chained and signed on the kiosk, then sent exactly once, in order, however the sending is cut
// off: before its transaction commits (nothing of it is on the server), or after (the server has
// it, and the next try learns so instead of sending it again).
#include "alloc/audit/record_verifier.hpp"
#include "alloc/audit/replay.hpp"
#include "alloc/case/outbox_sending.hpp"
#include "alloc/record/council/council_schema.hpp"
#include "alloc/record/plan_reference.hpp"
#include "council_server.hpp"
#include "store_test_support.hpp"

namespace openras {
namespace {

using namespace openras::test;

OutboxSubmission submission_for(const std::string& person) {
    std::string plan = file_bytes(std::string(OPENRAS_SOURCE_DIR) + "/examples/plans/good-plan.toml");
    for (std::size_t at = plan.find("SAMPLE-0001"); at != std::string::npos; at = plan.find("SAMPLE-0001", at + 1))
        plan.replace(at, 11, person);
    const Assessment a = generated_assessments(1, 9).front();
    OutboxSubmission s;
    s.person = person;
    s.date = a.date;
    for (const GivenAnswer& given : a.answers) s.answers.emplace_back(given.question, given.answer);
    s.plan = plan;
    s.reference = new_plan_reference();
    return s;
}

TEST(Outbox, KeepsEachEntryChainedAndSignedAndFindsOneChangedOnTheKiosk) {
    TempDir dir;
    const SigningKey key = generate_signing_key();
    {
        Outbox outbox(dir.file("outbox.db"), key);
        outbox.keep(submission_for("SAMPLE-0001"), "2026-05-01T09:00:00Z");
        outbox.keep(submission_for("SAMPLE-0002"), "2026-05-01T09:05:00Z");
        EXPECT_TRUE(outbox.check().empty());
        ASSERT_EQ(outbox.waiting().size(), 2u);
        EXPECT_EQ(OutboxSubmission::from_json(outbox.waiting()[1].body, "test").person, "SAMPLE-0002");
    }
    EXPECT_THROW(Outbox(dir.file("outbox.db"), generate_signing_key()), OpenRasError) << "another kiosk's key";
    {
        SQLite::Database db(dir.file("outbox.db"), SQLite::OPEN_READWRITE);
        db.exec("UPDATE entries SET body = replace(body, 'SAMPLE-0001', 'SOMEONE-ELSE') WHERE seq = 1");
    }
    Outbox outbox(dir.file("outbox.db"), key);
    const std::vector<std::string> problems = outbox.check();
    ASSERT_FALSE(problems.empty());
    EXPECT_NE(problems.front().find("entry 1"), std::string::npos) << problems.front();
}

class CouncilOutbox : public ::testing::Test {
protected:
    void SetUp() override {
        server.make_record({{"kiosk-central-library", Role::ServiceUser}, {"alex.auditor", Role::Auditor}});
    }
    // Cuts the kiosk's connection as a network would: the server ends its session.
    void cut_the_kiosk_off() {
        pqxx::connection owner(server.conninfo("openras_owner"));
        pqxx::nontransaction(owner).exec(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'kiosk-central-library'");
    }
    DecisionStore kiosk() { return DecisionStore::open(server.address("kiosk-central-library")); }
    test::CouncilServer server;
};

TEST_F(CouncilOutbox, EachEntryIsRecordedOnceInOrderWhereverSendingIsCutOff) {
    TempDir dir;
    const SigningKey key = generate_signing_key();
    Outbox outbox(dir.file("outbox.db"), key);
    outbox.keep(submission_for("SAMPLE-0001"), "2026-05-01T09:00:00Z");
    outbox.keep(submission_for("SAMPLE-0002"), "2026-05-01T09:05:00Z");
    const Actor actor{"the kiosk", Role::ServiceUser};
    const UtcClock clock = ticking_clock();

    // Cut off after the first person's answers were inserted, before anything commits.
    {
        DecisionStore store = kiosk();
        EXPECT_THROW(send_outbox(outbox, store, actor, model_ras(), clock,
                                 [&](SendingStep step) {
                                     if (step == SendingStep::Assessed) cut_the_kiosk_off();
                                 }),
                     OpenRasError);
    }
    EXPECT_EQ(outbox.waiting().size(), 2u);
    EXPECT_EQ(DecisionStore::open_to_read(server.address("alex.auditor")).head().event, 0) << "nothing of it is on the server";

    // Cut off after the first entry committed, before the kiosk heard: the next try must not send it again.
    {
        DecisionStore store = kiosk();
        EXPECT_THROW(send_outbox(outbox, store, actor, model_ras(), clock,
                                 [&](SendingStep step) {
                                     if (step == SendingStep::Committed) throw std::runtime_error("the answer never came");
                                 }),
                     std::runtime_error);
    }
    EXPECT_EQ(outbox.waiting().size(), 2u);

    DecisionStore store = kiosk();
    const OutboxSent sent = send_outbox(outbox, store, actor, model_ras(), clock);
    EXPECT_EQ(sent.sent_before, 1u);
    EXPECT_EQ(sent.sent, 1u);
    EXPECT_EQ(sent.still_waiting, 0u);
    EXPECT_TRUE(outbox.waiting().empty());
    EXPECT_EQ(send_outbox(outbox, store, actor, model_ras(), clock).sent, 0u);

    const DecisionStore auditor = DecisionStore::open_to_read(server.address("alex.auditor"));
    std::vector<std::string> order;
    for (const std::string& person : {std::string("SAMPLE-0001"), std::string("SAMPLE-0002")}) {
        int assessments = 0, plans = 0;
        for (const StoredEvent& e : auditor.events_of(person)) {
            assessments += e.type == "assessment-recorded";
            plans += e.type == "plan-submitted";
            EXPECT_EQ(e.actor, "kiosk-central-library");
        }
        EXPECT_EQ(assessments, 1) << person;
        EXPECT_EQ(plans, 1) << person;
    }
    EXPECT_LT(auditor.events_of("SAMPLE-0001").back().id, auditor.events_of("SAMPLE-0002").front().id) << "in the order kept";
    EXPECT_TRUE(verify_record(auditor).intact());
    EXPECT_TRUE(replay_record(auditor, {}).all_reproduce());
}

}  // namespace
}  // namespace openras
