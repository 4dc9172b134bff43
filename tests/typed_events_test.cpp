// Typed events (alloc/record/events/): each kind's decoding and encoding give back the very bytes
// the record holds, for records written before events became types (the fixtures under
// tests/golden/audit/fixtures/, kept as they were written); a payload that does not read names
// its field; and the queue of waiting plans is read through them.
#include "alloc/case/case_file.hpp"
#include "alloc/case/case_queue.hpp"
#include "alloc/io/canonical_json.hpp"
#include "alloc/record/events/recorded_events.hpp"
#include "store_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <set>
#include <string>

namespace openras::test {
namespace {

const fs::path kFixtures = fs::path(OPENRAS_SOURCE_DIR) / "tests" / "golden" / "audit" / "fixtures";

// A copy, so that opening the fixture never touches the file kept in the repository.
std::string copy_of(const TempDir& dir, const fs::path& fixture) {
    const std::string path = dir.file(fixture.filename().string());
    fs::copy_file(fixture, path);
    return path;
}

DecisionStore open_read_only(const std::string& path) {
    StoreOptions options;
    options.access = StoreAccess::ReadOnly;
    return DecisionStore::open(path, options);
}

std::vector<StoredEvent> every_event(const DecisionStore& store) {
    std::vector<StoredEvent> all;
    for (const std::string& person : store.people())
        for (StoredEvent& e : store.events_of(person)) all.push_back(std::move(e));
    return all;
}

std::string error_field(const std::function<void()>& run) {
    try {
        run();
    } catch (const OpenRasError& e) {
        return e.error().where.field;
    }
    return "(no error)";
}

class RecordWrittenBeforeTypes : public ::testing::TestWithParam<const char*> {};

TEST_P(RecordWrittenBeforeTypes, EveryEventDecodesAndEncodesToTheBytesStored) {
    TempDir dir;
    const DecisionStore store = open_read_only(copy_of(dir, kFixtures / GetParam()));
    const std::vector<StoredEvent> events = every_event(store);
    ASSERT_FALSE(events.empty());
    for (const StoredEvent& e : events) {
        const nlohmann::json payload = e.payload_json();
        const events::PayloadFields fields(payload, "events[" + std::to_string(e.id) + "].payload");
        EXPECT_EQ(canonical_json(events::decode_and_encode(*e.known_type(), fields)), e.payload)
            << "event " << e.id << " (" << e.type << ")";
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, RecordWrittenBeforeTypes,
                         ::testing::Values("every-kind/every-kind.db", "record.db"),
                         [](const ::testing::TestParamInfo<const char*>& info) {
                             return info.index == 0 ? std::string("EveryKind") : std::string("Record");
                         });

TEST(TypedEvents, TheEveryKindFixtureHoldsEveryKindOfEvent) {
    TempDir dir;
    const DecisionStore store = open_read_only(copy_of(dir, kFixtures / "every-kind" / "every-kind.db"));
    std::set<std::string> kinds;
    for (const StoredEvent& e : every_event(store)) kinds.insert(e.type);
    EXPECT_EQ(kinds.size(), std::size_t(kEventTypeCount));
}

TEST(TypedEvents, AStoredPayloadThatDoesNotReadNamesItsField) {
    TempDir dir;
    const DecisionStore store = open_read_only(copy_of(dir, kFixtures / "every-kind" / "every-kind.db"));
    std::optional<StoredEvent> agreed = store.latest_of("SAMPLE-0003", EventType::FinalBudgetAgreed);
    ASSERT_TRUE(agreed);
    agreed->payload = R"({"indicative_weekly_pence":123900,"reason":"x","weekly_pence":"a lot"})";
    EXPECT_EQ(error_field([&] { events::read_event<events::FinalBudgetAgreed>(*agreed); }),
              "events[" + std::to_string(agreed->id) + "].payload.weekly_pence");

    std::optional<StoredEvent> checked = store.latest_of("SAMPLE-0003", EventType::PlanChecked);
    ASSERT_TRUE(checked);
    nlohmann::json damaged = checked->payload_json();
    damaged["result"]["findings"][0].erase("message");
    checked->payload = damaged.dump();
    EXPECT_EQ(error_field([&] { events::read_event<events::PlanChecked>(*checked); }),
              "events[" + std::to_string(checked->id) + "].payload.result.findings[0].message");
}

TEST(TypedEvents, ReadingAnEventAsAnotherKindIsRefused) {
    TempDir dir;
    const DecisionStore store = open_read_only(copy_of(dir, kFixtures / "every-kind" / "every-kind.db"));
    const std::optional<StoredEvent> registered = store.event(1);
    ASSERT_TRUE(registered);
    EXPECT_EQ(error_field([&] { events::read_event<events::PlanChecked>(*registered); }), "events[1].type");
}

TEST(TypedEvents, ANewEventWithAFieldOfTheWrongKindIsRefusedWithItsName) {
    TempDir dir;
    StoreOptions options;
    options.create_if_missing = true;
    DecisionStore store = DecisionStore::open(dir.file("record.db"), options);
    const Actor worker{"Sam Patel", Role::SocialWorker};
    register_person(store, "P-1", worker);
    NewEvent e = events::new_event(EventType::ReviewScheduled, "P-1", worker, {{"date", 20260727}, {"reason", "first"}});
    EXPECT_EQ(error_field([&] { store.append(e); }), "date");
    e.payload = {{"date", "2026-07-27"}, {"reason", 7}};
    EXPECT_EQ(error_field([&] { store.append(e); }), "reason");
    e.payload = {{"date", "2026-07-27"}, {"reason", "first"}};
    EXPECT_NO_THROW(store.append(e));
}

TEST(CaseQueue, ListsOnlyPlansWithNoDecisionAfterThemOldestFirst) {
    TempDir dir;
    const DecisionStore store = open_read_only(copy_of(dir, kFixtures / "every-kind" / "every-kind.db"));
    const std::vector<WaitingPlan> queue = waiting_plans(store);
    ASSERT_EQ(queue.size(), 1u);  // SAMPLE-0001's plan was confirmed
    EXPECT_EQ(queue[0].person, "SAMPLE-0003");
    EXPECT_EQ(queue[0].plan_event, 21);
    EXPECT_EQ(queue[0].check_event, 22);
    EXPECT_EQ(queue[0].plan_weekly, Money::from_pence(28324));
    EXPECT_EQ(queue[0].budget_weekly, Money::from_pence(123900));
    EXPECT_EQ(queue[0].blockers, 0);
    EXPECT_EQ(queue[0].warnings, 2);
    EXPECT_TRUE(queue[0].problem.empty());
}

TEST(CaseQueue, APlanReturnedAndSentAgainWaitsOnceAsItsLatestCheck) {
    TempDir dir;
    const DecisionStore store = open_read_only(copy_of(dir, kFixtures / "every-kind" / "every-kind.db"));
    std::vector<StoredEvent> events = store.events_of("SAMPLE-0001");
    // The record up to the second plan's check (event 8), before the referral: that plan waits.
    events.erase(std::remove_if(events.begin(), events.end(), [](const StoredEvent& e) { return e.id > 8; }), events.end());
    const std::optional<WaitingPlan> waiting = waiting_plan_of("SAMPLE-0001", events);
    ASSERT_TRUE(waiting);
    EXPECT_EQ(waiting->plan_event, 7);
    EXPECT_EQ(waiting->check_event, 8);
    // Up to the return (event 6): nothing waits.
    events.erase(std::remove_if(events.begin(), events.end(), [](const StoredEvent& e) { return e.id > 6; }), events.end());
    EXPECT_FALSE(waiting_plan_of("SAMPLE-0001", events));
}

TEST(CaseFile, ACaseReadBackWorksTheBudgetAndCheckOutAgain) {
    TempDir dir;
    const std::string path = copy_of(dir, kFixtures / "every-kind" / "every-kind.db");
    const DecisionStore store = open_read_only(path);
    StoredRuleSets rules;
    const CaseFile c = read_case(store, waiting_plans(store).at(0), rules, path);
    EXPECT_TRUE(c.problems.empty()) << c.problems.front();
    EXPECT_EQ(c.budget_event, 19);
    EXPECT_EQ(c.indicative_weekly, Money::from_pence(123900));
    ASSERT_TRUE(c.budget);
    EXPECT_EQ(c.budget->weekly, Money::from_pence(123900));
    ASSERT_TRUE(c.check);
    EXPECT_EQ(c.check->warnings, 2);
    EXPECT_EQ(c.final_budget, Money::from_pence(110000));
    EXPECT_EQ(c.history.size(), 6u);
}

// Replay checks stored assessments by writing them again without a tree: the same bytes as the
// tree's canonical text, answers given twice and text that needs escaping included.
TEST(TypedEvents, AnAssessmentWrittenStraightIsItsCanonicalPayload) {
    events::AssessmentRecorded recorded;
    recorded.assessment.person = "Siân \"Molly\" O'Brien\t\\";
    recorded.assessment.date = boost::gregorian::date(2026, 12, 7);
    recorded.assessment.answers = {{"washing", "some_help", {}}, {"eating", "regular", {}}, {"Zebra", "x", {}},
                                   {"eating", "constant", {}}, {"wörds", "ünïcode ×", {}}};
    std::string direct;
    recorded.append_canonical_payload(direct);
    EXPECT_EQ(direct, canonical_json(recorded.payload()));
    recorded.assessment.answers.clear();
    direct.clear();
    recorded.append_canonical_payload(direct);
    EXPECT_EQ(direct, canonical_json(recorded.payload()));
}

}  // namespace
}  // namespace openras::test
