// The budget as people read it: each amount in money and what it is for, a chart of the same
// amounts, one yearly figure everywhere, and the points, rates and shares kept for "How it was
// worked out".
#include "headless_kiosk.hpp"
#include "plan_journey.hpp"

#include "kiosk/screens/budget_words.hpp"
#include "kiosk/screens/plan_widgets.hpp"

namespace openras::kiosk::testing {
namespace {

void to_budget(HeadlessKiosk& k, int answer) {
    k.tap("start");
    k.type_on_screen("Sam");
    k.tap("continue");
    while (k.flow().screen() == Screen::Question)
        k.answer(std::min(answer, int(k.flow().current_question().answers.size()) - 1));
    k.tap("confirm");
    ASSERT_EQ(k.flow().screen(), Screen::Budget);
}

TEST(KioskBudget, TheChartDrawsTheSameMoneyAsTheLines) {
    for (int answer : {1, 2, 9}) {
        HeadlessKiosk k;
        to_budget(k, answer);
        const IndicativeBudget& b = *k.flow().journey().budget;
        const std::vector<ChartRow> rows = money_chart_rows(k.ui(), b);
        ASSERT_EQ(rows.size(), b.domains.size());
        bool some_help = false;
        for (std::size_t d = 0; d < rows.size(); ++d) {
            Money added, taken;
            for (const ExplanationLine& line : b.explanation) {
                if (line.subject != int(d)) continue;
                if (line.kind == LineKind::DomainPoints) added += line.amount;
                if (line.kind == LineKind::InformalSupport) taken = taken - line.amount;
            }
            EXPECT_EQ(rows[d].counted + rows[d].not_counted, double(added.pence())) << rows[d].label;
            EXPECT_EQ(rows[d].not_counted, double(taken.pence())) << rows[d].label;
            EXPECT_TRUE(k.ui().text_log.contains((added - taken).to_string())) << rows[d].label;
            some_help = some_help || taken != Money{};
        }
        if (answer == 1) {
            EXPECT_TRUE(some_help) << "the sample answers have help from family and friends";
        }
        // The points chart on "How it was worked out" says all the points, as its lines do.
        for (std::size_t d = 0; d < b.domains.size(); ++d)
            EXPECT_EQ(points_chart_rows(k.ui(), b)[d].counted + points_chart_rows(k.ui(), b)[d].not_counted,
                      double(b.domains[d].raw_points.numerator()) / double(b.domains[d].raw_points.denominator()));
    }
}

TEST(KioskBudget, PeopleReadMoneyAndWhatItIsForNotPointsOrRates) {
    HeadlessKiosk k;
    to_budget(k, 1);
    for (const char* officer : {" points", "\u00d7", "%", "not counted"})
        EXPECT_FALSE(k.ui().text_log.contains(officer)) << "\"" << officer << "\" on the budget page";
    EXPECT_TRUE(k.ui().text_log.contains("Your family and friends help with some of this"));
    EXPECT_TRUE(k.ui().text_log.contains("-\u00a3"));  // taken away, in money
    EXPECT_TRUE(k.ui().text_log.contains("Meeting personal care needs"));
    k.tap("workings");
    ASSERT_EQ(k.flow().screen(), Screen::BudgetWorkings);
    EXPECT_TRUE(k.ui().text_log.contains(" points"));
    EXPECT_TRUE(k.ui().text_log.contains("\u00d7"));
    k.tap("back");
    EXPECT_EQ(k.flow().screen(), Screen::Budget);
}

TEST(KioskBudget, OneYearlyFigureOnTheBudgetAndOnCheckYourPlan) {
    TempRecord record;
    HeadlessKiosk k(1920, 1080, with_record(record.path));
    to_plan(k, "Sam");
    const Money yearly = k.flow().yearly_budget();
    k.tap("back");
    ASSERT_EQ(k.flow().screen(), Screen::Budget);
    EXPECT_TRUE(k.ui().text_log.contains("Over a year that is " + yearly.to_string() + "."));
    k.tap("plan");
    make_plan_by_tapping(k);
    k.tap("check");
    ASSERT_EQ(k.flow().screen(), Screen::CheckPlan);
    EXPECT_EQ(k.flow().plan_check()->budget_for_period, yearly);
    EXPECT_TRUE(k.ui().text_log.contains(yearly.to_string()));
}

}  // namespace
}  // namespace openras::kiosk::testing

namespace openras::kiosk::testing {
namespace {

// Check your plan shows the whole plan, as the person made it, before it is sent; each part
// has Change, which goes to its page.
TEST(KioskCheckPlan, ShowsThePlanAsASummaryListWithChangeBesideEachPart) {
    TempRecord record;
    HeadlessKiosk k(1920, 1080, with_record(record.path));
    to_plan(k, "Sam");
    make_plan_by_tapping(k);
    k.tap("check");
    ASSERT_EQ(k.flow().screen(), Screen::CheckPlan);
    for (const char* shown : {"Your plan", "What is important to you?", "MY ANSWER", "10 hours a week", "1 session a week",
                              "Get up, washed and dressed in the morning without rushing", "I will, with help from family or a friend",
                              "I make my own decisions", "I could fall at home", "A family member or friend will come instead"})
        EXPECT_TRUE(k.ui().text_log.contains(shown)) << shown;
    k.tap("summary.outcomes");
    EXPECT_EQ(k.flow().screen(), Screen::PlanOutcomes);
    k.tap("continue");
    k.tap("check");
    k.tap("summary.question.3");
    EXPECT_EQ(k.flow().screen(), Screen::PlanQuestion);
    EXPECT_EQ(k.flow().plan().question, 3);
}

// Seven unanswered questions are one line with their numbers, not seven lines that differ by one.
TEST(KioskCheckPlan, UnansweredQuestionsAreSaidOnceTogether) {
    TempRecord record;
    HeadlessKiosk k(1920, 1080, with_record(record.path));
    to_plan(k, "Sam");
    k.tap("check");
    ASSERT_EQ(k.flow().screen(), Screen::CheckPlan);
    int unanswered = 0;
    for (const PlanFinding& f : k.flow().plan_check()->findings) unanswered += f.rule == "plan_check.question_unanswered";
    ASSERT_EQ(unanswered, 7);
    EXPECT_TRUE(k.ui().text_log.contains(
        "Questions 1, 2, 3, 4, 5, 6 and 7 of \"Your plan in your own words\" are not answered yet. Write an answer to each."));
    EXPECT_FALSE(k.ui().text_log.contains("Question 1 of \"Your plan in your own words\" is not answered yet"));
    // The count is of the lines the person reads.
    EXPECT_EQ(k.flow().things_to_change(), k.flow().plan_check()->blockers - 6);
    EXPECT_TRUE(k.ui().text_log.contains(std::to_string(k.flow().things_to_change()) + " things need to change before you can send"));
}

// A task with a problem the check found is never "Completed": it says so in a red tag.
TEST(KioskCheckPlan, ATaskWithABlockerIsNotCompleted) {
    TempRecord record;
    HeadlessKiosk k(1920, 1080, with_record(record.path));
    to_plan(k, "Sam");
    make_plan_by_tapping(k);
    k.flow().plan().contingency = -1;
    k.tap("check");
    k.tap("back");
    ASSERT_EQ(k.flow().screen(), Screen::PlanTasks);
    EXPECT_EQ(k.flow().task_status(PlanTask::Safety), TaskStatus::HasProblem);
    EXPECT_TRUE(k.ui().text_log.contains("There is a problem to put right"));
    EXPECT_EQ(task_status_colour(TaskStatus::HasProblem), TagColour::Red);
    EXPECT_EQ(task_status_colour(TaskStatus::Completed), TagColour::Green);
}

}  // namespace
}  // namespace openras::kiosk::testing
