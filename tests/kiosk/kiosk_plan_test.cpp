// The service user's plan on the real screens, headless: the task list, each part by tapping,
// the council's plan check with its findings beside the parts they concern, and submitting the
// plan to a real decision record with the service-user role.
#include "headless_kiosk.hpp"

#include "alloc/decision_store.hpp"
#include "alloc/plan_file.hpp"
#include "kiosk/app/tour.hpp"

#include <filesystem>
#include <unistd.h>

namespace openras::kiosk::testing {
namespace {

namespace fs = std::filesystem;

// A record file of this test's own, removed when the test ends.
struct TempRecord {
    fs::path path = fs::temp_directory_path() / ("openras-kiosk-plan-" + std::to_string(::getpid()) + "-" +
                                                 std::to_string(reinterpret_cast<std::uintptr_t>(this)) + ".db");
    ~TempRecord() {
        for (const char* tail : {"", "-wal", "-shm"}) fs::remove(path.string() + tail);
    }
};

FlowSettings with_record(const fs::path& record) {
    FlowSettings s = test_settings();
    s.record_path = record.string();
    return s;
}

// Start to the plan's task list by tapping.
void to_plan(HeadlessKiosk& k, const std::string& name) {
    k.tap("start");
    k.type_on_screen(name);
    k.tap("continue");
    k.tap("continue");
    while (k.flow().screen() == Screen::Question) k.answer(std::min(1, int(k.flow().current_question().answers.size()) - 1));
    k.tap("confirm");
    ASSERT_EQ(k.flow().screen(), Screen::Budget);
    k.tap("plan");
    ASSERT_EQ(k.flow().screen(), Screen::PlanTasks);
}

// Every part of the plan by tapping, as a person would.
void make_plan_by_tapping(HeadlessKiosk& k) {
    k.tap("task.0");
    for (int q = 0; q < kSevenQuestions; ++q) {
        ASSERT_EQ(k.flow().screen(), Screen::PlanQuestion);
        EXPECT_TRUE(k.ui().text_log.contains("Question " + std::to_string(q + 1) + " of 7"));
        k.type_on_screen("MY ANSWER");
        k.tap("continue");
    }
    ASSERT_EQ(k.flow().screen(), Screen::PlanTasks);
    EXPECT_EQ(k.flow().task_status(PlanTask::Questions), TaskStatus::Completed);
    k.tap("task.1");
    k.tap("outcome.0");
    k.tap("outcome.1");
    k.tap("continue");
    k.tap("task.2");
    for (int i = 0; i < 10; ++i) k.tap("support.pa_hour.more");
    k.tap("support.pa_hour.for.0");
    k.tap("support.day_centre_session.more");
    k.tap("support.day_centre_session.for.1");
    k.tap("continue");
    k.tap("task.3");
    k.tap("held.0");
    k.tap("manager.1");
    k.tap("continue");
    k.tap("task.4");
    k.tap("decider.0");
    k.tap("continue");
    k.tap("task.5");
    k.tap("risk.0");
    k.tap("contingency.0");
    k.tap("continue");
    ASSERT_EQ(k.flow().screen(), Screen::PlanTasks);
}

TEST(KioskPlan, AWholePlanFromTheTaskListToTheReceipt) {
    TempRecord record;
    HeadlessKiosk k(1920, 1080, with_record(record.path));
    to_plan(k, "PLAN ONE");
    make_plan_by_tapping(k);
    for (int t = 0; t < kPlanTaskCount; ++t) EXPECT_EQ(k.flow().task_status(PlanTask(t)), TaskStatus::Completed) << t;
    // 10 hours at £14.50 and one session at £35.00: the running total says so.
    EXPECT_EQ(k.flow().plan_weekly_cost(), Money::from_pence(10 * 1450 + 3500));
    EXPECT_TRUE(k.ui().text_log.contains("Your plan costs £180.00 a week."));
    k.tap("check");
    ASSERT_EQ(k.flow().screen(), Screen::CheckPlan);
    ASSERT_TRUE(k.flow().plan_check());
    EXPECT_EQ(k.flow().plan_check()->blockers, 0) << (k.flow().plan_check()->findings.empty() ? "" : k.flow().plan_check()->findings[0].message);
    k.tap("submit");
    ASSERT_EQ(k.flow().screen(), Screen::Receipt);
    const PlanReceipt receipt = *k.flow().receipt();
    EXPECT_TRUE(k.ui().text_log.contains(receipt.reference));

    // The record holds the person, the assessment, the budget, the plan and its check, each
    // appended with the service-user role; the plan reads back as a plan file.
    StoreOptions read;
    read.access = StoreAccess::ReadOnly;
    const DecisionStore store = DecisionStore::open(record.path.string(), read);
    const std::vector<StoredEvent> events = store.events_of("PLAN ONE");
    std::vector<std::string> types;
    for (const StoredEvent& e : events) {
        types.push_back(e.type);
        EXPECT_EQ(e.role, "service-user") << e.type;
    }
    EXPECT_EQ(types, (std::vector<std::string>{"person-registered", "assessment-recorded", "indicative-budget-computed",
                                               "plan-submitted", "plan-checked"}));
    EXPECT_EQ(std::to_string(events[3].id), receipt.reference);
    const std::string plan_text = events[3].payload_json().at("plan_toml").get<std::string>();
    const PlanLoad load = plan_from_toml_text(plan_text, "recorded plan");
    ASSERT_TRUE(load.plan) << plan_text;
    EXPECT_EQ(load.plan->lines.size(), 2u);
    EXPECT_EQ(load.plan->reviews.front().date, receipt.first_review);

    k.tap("finish");
    EXPECT_EQ(k.flow().screen(), Screen::Start);
    EXPECT_FALSE(k.flow().plan().started());
}

TEST(KioskPlan, APlanWithABlockerCannotBeSentAndSaysWhere) {
    TempRecord record;
    HeadlessKiosk k(1920, 1080, with_record(record.path));
    to_plan(k, "PLAN TWO");
    make_plan_by_tapping(k);
    // Take away the only contingency: the council's check must refuse the plan.
    k.flow().plan().contingency = -1;
    k.tap("check");
    ASSERT_EQ(k.flow().screen(), Screen::CheckPlan);
    ASSERT_GT(k.flow().plan_check()->blockers, 0);
    EXPECT_TRUE(k.ui().text_log.contains("There is a problem"));
    k.tap("submit");
    EXPECT_EQ(k.flow().screen(), Screen::CheckPlan);
    EXPECT_FALSE(k.flow().receipt());
    EXPECT_FALSE(fs::exists(record.path)) << "nothing is recorded for a plan that cannot be sent";
    // The finding's Change goes to the part it is about, where it is shown again.
    const PlanFinding& first = k.flow().plan_check()->findings.front();
    EXPECT_EQ(KioskFlow::task_for_field(first.field), PlanTask::Safety) << first.field;
    k.tap("finding.0");
    EXPECT_EQ(k.flow().screen(), Screen::PlanSafety);
    EXPECT_TRUE(k.ui().text_log.contains(first.message));
}

TEST(KioskPlan, EachPartSaysWhatIsMissingBesideItsField) {
    HeadlessKiosk k;
    to_plan(k, "PLAN THREE");
    k.tap("task.2");
    k.tap("continue");
    EXPECT_EQ(k.flow().screen(), Screen::PlanSupport);
    EXPECT_TRUE(k.ui().text_log.contains("Error: Choose some support: tap + beside it"));
    k.tap("support.pa_hour.more");
    k.tap("continue");
    EXPECT_EQ(k.flow().screen(), Screen::PlanSupport);
    EXPECT_TRUE(k.ui().text_log.contains("Error: Choose what \"An hour of a personal assistant you employ\" is for"));
    k.tap("back");
    k.tap("task.3");
    k.tap("continue");
    EXPECT_TRUE(k.ui().text_log.contains("Error: Choose how the money will be held"));
    EXPECT_TRUE(k.ui().text_log.contains("Error: Choose who will manage the money and the support"));
}

TEST(KioskPlan, WithoutARecordThePlanIsCheckedButNotSent) {
    HeadlessKiosk k;  // test_settings(): no decision record
    to_plan(k, "PLAN FOUR");
    fill_plan(k.flow());
    k.settle();
    k.tap("check");
    ASSERT_EQ(k.flow().plan_check()->blockers, 0);
    k.tap("submit");
    EXPECT_EQ(k.flow().screen(), Screen::CheckPlan);
    EXPECT_TRUE(k.ui().text_log.contains("Plans cannot be sent from this kiosk"));
}

TEST(KioskPlan, ReviewsFollowTheRuleSet) {
    HeadlessKiosk k;
    const Date start = plan_start_for(Date(2026, 5, 1));
    EXPECT_EQ(start, Date(2026, 5, 18));  // the first Monday two weeks on
    const std::vector<Date> reviews = review_dates_for(k.flow().rules(), start, start + boost::gregorian::years(1) - boost::gregorian::days(1));
    ASSERT_EQ(reviews.size(), 2u);
    EXPECT_EQ(reviews[0], start + boost::gregorian::weeks(7));  // 6 to 8 weeks in the model
    EXPECT_EQ(reviews[1], Date(2027, 5, 17));
}

TEST(KioskPlan, TheWipeClearsThePlansWords) {
    HeadlessKiosk k;
    to_plan(k, "PLAN FIVE");
    k.tap("task.0");
    k.type_on_screen("SECRET WORDS");
    const PersonalText& answer = k.flow().plan().answers[0];
    const char* buffer = answer.data();
    const std::size_t size = answer.size();
    k.flow().wipe(k.flow().now());
    EXPECT_TRUE(k.flow().plan().answers[0].empty());
    // The short-string buffer lives inside the object: the wipe zeroed it in place.
    if (buffer == k.flow().plan().answers[0].data()) {
        for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(buffer[i], '\0');
    }
    EXPECT_FALSE(k.flow().plan().started());
}

}  // namespace
}  // namespace openras::kiosk::testing
