// The service user's plan on the real screens, headless: the task list, each part by tapping,
// the council's plan check with its findings beside the parts they concern, and submitting the
// plan to a real decision record with the service-user role.
#include "headless_kiosk.hpp"

#include "alloc/case/plan_status.hpp"
#include "alloc/record/plan_reference.hpp"
#include "plan_journey.hpp"

#include "alloc/record/decision_store.hpp"
#include "alloc/plan/plan_file.hpp"
#include "kiosk/app/tour.hpp"

#include <filesystem>
#include <unistd.h>

namespace openras::kiosk::testing {
namespace {

namespace fs = std::filesystem;

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
    ASSERT_EQ(k.flow().screen(), Screen::Confirm);  // sending is asked about first
    EXPECT_TRUE(k.ui().text_log.contains("Send your plan to the council?"));
    k.tap("confirm-yes");
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
    // The receipt's reference is the plan's own, recorded with it, never a row number; it finds
    // the plan again, sent and waiting.
    EXPECT_TRUE(is_plan_reference(receipt.reference)) << receipt.reference;
    EXPECT_NE(std::to_string(events[3].id), receipt.reference);
    EXPECT_EQ(events[3].payload_json().at("reference").get<std::string>(), receipt.reference);
    const std::optional<PlanStatus> status = plan_status(store, receipt.reference);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->plan_event, events[3].id);
    EXPECT_EQ(status->state, PlanState::Sent);
    const std::string plan_text = events[3].payload_json().at("plan_toml").get<std::string>();
    const PlanLoad load = plan_from_toml_text(plan_text, "recorded plan");
    ASSERT_TRUE(load.plan) << plan_text;
    EXPECT_EQ(load.plan->lines.size(), 2u);
    EXPECT_EQ(load.plan->reviews.front().date, receipt.first_review);

    k.tap("finish");
    ASSERT_EQ(k.flow().screen(), Screen::Confirm);  // clearing is asked about first
    k.tap("confirm-no");
    EXPECT_EQ(k.flow().screen(), Screen::Receipt);  // "no": the reference is still there
    EXPECT_TRUE(k.ui().text_log.contains(receipt.reference));
    k.tap("finish");
    k.tap("confirm-yes");
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
    // On the task list, the part with the problem says so: it is not "Completed".
    k.tap("back");
    ASSERT_EQ(k.flow().screen(), Screen::PlanTasks);
    EXPECT_EQ(k.flow().task_status(PlanTask::Safety), TaskStatus::HasProblem);
    EXPECT_TRUE(k.ui().text_log.contains("There is a problem to put right"));
    k.flow().plan().contingency = 0;  // put right: the list is checked again when it shows
    k.flow().open_task(PlanTask::Safety);
    k.settle();
    k.tap("continue");
    ASSERT_EQ(k.flow().screen(), Screen::PlanTasks);
    EXPECT_EQ(k.flow().task_status(PlanTask::Safety), TaskStatus::Completed);
    EXPECT_FALSE(k.ui().text_log.contains("There is a problem to put right"));
    k.flow().plan().contingency = -1;  // the problem again, for what follows
    k.tap("check");
    ASSERT_EQ(k.flow().screen(), Screen::CheckPlan);
    // The finding's Change goes to the part it is about, where it is shown again.
    const PlanFinding& first = k.flow().plan_check()->findings.front();
    EXPECT_EQ(KioskFlow::task_for_field(first.field), PlanTask::Safety) << first.field;
    k.tap("finding.0");
    EXPECT_EQ(k.flow().screen(), Screen::PlanSafety);
    // In words for the person, from the kiosk's wording; the rule set's message is for staff.
    EXPECT_EQ(first.rule, "plan_check.no_contingency");
    EXPECT_TRUE(k.ui().text_log.contains("Choose what will happen if your support does not turn up."));
    EXPECT_FALSE(k.ui().text_log.contains(first.message));
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

TEST(KioskPlan, APlanWellUnderBudgetIsAskedWhyAndTheReasonIsRecorded) {
    TempRecord record;
    HeadlessKiosk k(1920, 1080, with_record(record.path));
    to_plan(k, "PLAN SIX");
    make_plan_by_tapping(k);
    k.tap("task.2");
    EXPECT_FALSE(k.has("difference.0")) << "nobody is asked before the council's check asks";
    for (int i = 0; i < 9; ++i) k.tap("support.pa_hour.less");
    k.tap("continue");
    k.tap("check");
    ASSERT_EQ(k.flow().screen(), Screen::CheckPlan);
    const auto reason_finding = [&]() -> const PlanFinding* {
        for (const PlanFinding& f : k.flow().plan_check()->findings)
            if (f.field == kDifferenceReasonField) return &f;
        return nullptr;
    };
    const PlanFinding* asked = reason_finding();
    ASSERT_NE(asked, nullptr) << "a plan costing £49.50 a week against a budget of "
                              << k.flow().journey().budget->weekly.to_string() << " should say why";
    EXPECT_FALSE(k.ui().text_log.contains(asked->message)) << "the rule set's words are for staff";
    EXPECT_TRUE(k.ui().text_log.contains("On the support page, choose why it costs less."));
    EXPECT_FALSE(k.ui().text_log.contains("{plan_total}")) << "every figure filled in";

    // Its Change goes to the support page, which now asks why, with choices.
    int index = 0;
    while (&k.flow().plan_check()->findings[std::size_t(index)] != asked) ++index;
    k.tap("finding." + std::to_string(index));
    ASSERT_EQ(k.flow().screen(), Screen::PlanSupport);
    EXPECT_TRUE(k.ui().text_log.contains("Why does your plan cost more or less than your budget?"));
    k.tap("difference.0");
    EXPECT_EQ(k.flow().plan().difference, 0);
    k.tap("continue");
    k.tap("check");
    EXPECT_EQ(reason_finding(), nullptr) << "the reason answers the check";
    k.tap("submit");
    k.tap("confirm-yes");
    ASSERT_EQ(k.flow().screen(), Screen::Receipt);

    StoreOptions read;
    read.access = StoreAccess::ReadOnly;
    const std::vector<StoredEvent> events = DecisionStore::open(record.path.string(), read).events_of("PLAN SIX");
    const PlanLoad load = plan_from_toml_text(events[3].payload_json().at("plan_toml").get<std::string>(), "recorded plan");
    ASSERT_TRUE(load.plan);
    EXPECT_EQ(load.plan->budget.difference_reason, Wording::built_in().get("plan.difference.free_support", false));
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
