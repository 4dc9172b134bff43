// Costing support plans exactly over their dates: each frequency, part weeks and months,
// February in leap and common years, financial years that split at 1 April, and rounding.
// Every expected figure is worked out by hand in the comment beside it.
#include "alloc/plan/plan_costing.hpp"

#include "plan_test_support.hpp"

#include <gtest/gtest.h>

namespace openras {
namespace {

using test::day;
using test::plan_for;

PlanCosting cost(const SupportPlan& plan, RoundingRule rule = RoundingRule::HalfUp) {
    return cost_plan(plan, CostingRules{rule, Rational(52143, 1000)});
}

PlanCosting cost_one(Date start, Date end, SupportLine line) {
    SupportPlan plan = plan_for(start, end);
    plan.lines.push_back(std::move(line));
    return cost(plan);
}

Money pounds(std::int64_t pence) { return Money::from_pence(pence); }

// --- weekly ----------------------------------------------------------------------------------

TEST(PlanCosting, WeeklyLineCostsOneWeekForSevenDays) {
    // 1 to 7 June 2026 is seven days: one week of £70.
    const PlanCosting c = cost_one(day(2026, 6, 1), day(2026, 6, 7), test::weekly(7000));
    EXPECT_EQ(c.lines[0].cost, pounds(7000));
    EXPECT_EQ(c.lines[0].units.rational(), Rational(1));
    EXPECT_EQ(c.total, pounds(7000));
    EXPECT_EQ(c.weekly, pounds(7000));
}

TEST(PlanCosting, WeeklyLinePartWeekIsPaidByTheDay) {
    // 10 days of £70 a week: £70 × 10 / 7 = £100 exactly.
    const PlanCosting c = cost_one(day(2026, 6, 1), day(2026, 6, 10), test::weekly(7000));
    EXPECT_EQ(c.lines[0].exact.rational(), Rational(10000));
    EXPECT_EQ(c.lines[0].cost, pounds(10000));
}

TEST(PlanCosting, WeeklyLineIsRoundedOnceAtTheEnd) {
    // One day of £10 a week is 1000/7 = 142.857...p, which rounds half-up to £1.43.
    const PlanCosting c = cost_one(day(2026, 6, 1), day(2026, 6, 1), test::weekly(1000));
    EXPECT_EQ(c.lines[0].exact.rational(), Rational(1000, 7));
    EXPECT_EQ(c.lines[0].cost, pounds(143));
}

TEST(PlanCosting, WeeklyQuantityMultipliesTheUnitCost) {
    // 10.5 hours a week at £14.50 for 14 days: 1450 × 10.5 × 2 = 30450p.
    const PlanCosting c = cost_one(day(2026, 6, 1), day(2026, 6, 14),
                                   test::costed_line(1450, Rational(21, 2), Frequency::Weekly));
    EXPECT_EQ(c.lines[0].units.rational(), Rational(21));
    EXPECT_EQ(c.lines[0].cost, pounds(30450));
}

// --- monthly ---------------------------------------------------------------------------------

TEST(PlanCosting, MonthlyLineWholeCalendarMonthCostsOneMonthWhateverItsLength) {
    // February 2027 has 28 days and March 31; each whole month costs exactly £120.
    EXPECT_EQ(cost_one(day(2027, 2, 1), day(2027, 2, 28), test::monthly(12000)).total, pounds(12000));
    EXPECT_EQ(cost_one(day(2027, 3, 1), day(2027, 3, 31), test::monthly(12000)).total, pounds(12000));
    // A leap February (29 days in 2028) is one month too.
    EXPECT_EQ(cost_one(day(2028, 2, 1), day(2028, 2, 29), test::monthly(12000)).total, pounds(12000));
}

TEST(PlanCosting, MonthlyLinePartFebruaryIsItsShareOfThatFebruary) {
    // 14 days of February 2027: 14/28 of £120 = £60.
    EXPECT_EQ(cost_one(day(2027, 2, 1), day(2027, 2, 14), test::monthly(12000)).total, pounds(6000));
    // 14 days of February 2028 (a leap year): 14/29 of 12000p = 5793.10...p → £57.93.
    const PlanCosting leap = cost_one(day(2028, 2, 1), day(2028, 2, 14), test::monthly(12000));
    EXPECT_EQ(leap.lines[0].exact.rational(), Rational(12000 * 14, 29));
    EXPECT_EQ(leap.total, pounds(5793));
}

TEST(PlanCosting, MonthlyLineAcrossMonthsAddsEachMonthsShare) {
    // 17 January to 14 March 2027: January 15/31, all of February, March 14/31:
    // 1 + 29/31 months = 60/31 × 12000p = 23225.806...p → £232.26.
    const PlanCosting c = cost_one(day(2027, 1, 17), day(2027, 3, 14), test::monthly(12000));
    EXPECT_EQ(c.lines[0].units.rational(), Rational(60, 31));
    EXPECT_EQ(c.total, pounds(23226));
}

TEST(PlanCosting, MonthlyLineOverAYearIsTwelveMonths) {
    // 1 June 2026 to 31 May 2027: twelve whole months of £120 = £1,440.
    EXPECT_EQ(cost_one(day(2026, 6, 1), day(2027, 5, 31), test::monthly(12000)).total, pounds(144000));
}

// --- on named weekdays -----------------------------------------------------------------------

TEST(PlanCosting, OnDaysCountsEveryMatchingDate) {
    // June 2026: Mondays 1, 8, 15, 22, 29 and Thursdays 4, 11, 18, 25: 9 visits at £24.
    const PlanCosting c = cost_one(day(2026, 6, 1), day(2026, 6, 30), test::on_days(2400, {1, 4}));
    EXPECT_EQ(c.lines[0].units.rational(), Rational(9));
    EXPECT_EQ(c.total, pounds(21600));
}

TEST(PlanCosting, OnDaysInLeapFebruaryCountsTheTwentyNinth) {
    // February 2028 starts on a Tuesday and has 29 days: Tuesdays 1, 8, 15, 22 and 29.
    EXPECT_EQ(cost_one(day(2028, 2, 1), day(2028, 2, 29), test::on_days(3500, {2})).total, pounds(17500));
    // February 2027 starts on a Monday: Tuesdays 2, 9, 16 and 23.
    EXPECT_EQ(cost_one(day(2027, 2, 1), day(2027, 2, 28), test::on_days(3500, {2})).total, pounds(14000));
}

TEST(PlanCosting, OnDaysOverAYearCountsTheExtraDay) {
    // 1 June 2026 (a Monday) to 31 May 2027 is 52 weeks and a day, the extra day a Monday:
    // Mondays 53, Wednesdays 52, Fridays 52 = 157 visits at £24 = £3,768.
    const PlanCosting c = cost_one(day(2026, 6, 1), day(2027, 5, 31), test::on_days(2400, {1, 3, 5}));
    EXPECT_EQ(c.lines[0].units.rational(), Rational(157));
    EXPECT_EQ(c.total, pounds(376800));
}

// --- once --------------------------------------------------------------------------------------

TEST(PlanCosting, OnceCostsOnceWhenTheDateIsInThePlan) {
    const PlanCosting inside = cost_one(day(2026, 6, 1), day(2026, 6, 30), test::once(18000, day(2026, 6, 10)));
    EXPECT_EQ(inside.total, pounds(18000));
    EXPECT_TRUE(inside.lines[0].inside_plan);
    // On a date after the plan ends it costs nothing here, and is flagged as outside.
    const PlanCosting outside = cost_one(day(2026, 6, 1), day(2026, 6, 30), test::once(18000, day(2026, 7, 1)));
    EXPECT_EQ(outside.total, Money{});
    EXPECT_FALSE(outside.lines[0].inside_plan);
    EXPECT_FALSE(outside.lines[0].first.has_value());
}

// --- dates, gaps and rounding ----------------------------------------------------------------

TEST(PlanCosting, OnlyTheLineDaysInsideThePlanAreCosted) {
    // The line runs 25 May to 7 June; the plan starts on 1 June: 7 days of £70 a week = £70.
    SupportLine line = test::weekly(7000);
    line.start = day(2026, 5, 25);
    line.end = day(2026, 6, 7);
    const PlanCosting c = cost_one(day(2026, 6, 1), day(2026, 6, 30), line);
    EXPECT_EQ(c.lines[0].cost, pounds(7000));
    EXPECT_EQ(*c.lines[0].first, day(2026, 6, 1));
    EXPECT_FALSE(c.lines[0].inside_plan);
}

TEST(PlanCosting, LineWithAMissingFieldIsNotCostedAndSaysWhich) {
    SupportLine line = test::weekly(7000);
    line.quantity.reset();
    const PlanCosting c = cost_one(day(2026, 6, 1), day(2026, 6, 30), line);
    EXPECT_FALSE(c.lines[0].costed);
    EXPECT_EQ(c.lines[0].missing, "quantity");
    EXPECT_EQ(c.total, Money{});
    SupportLine no_days = test::on_days(100, {});
    EXPECT_EQ(missing_cost_field(no_days), "days");
}

TEST(PlanCosting, RoundingRowMakesTheLinesAddUpToTheTotal) {
    // Three lines, each one day of £2 a week: 200/7 = 28.571...p, each rounded to 29p, 87p in
    // all; but the exact total is 600/7 = 85.714...p, which rounds to 86p. The rounding row is -1p.
    SupportPlan plan = plan_for(day(2026, 6, 1), day(2026, 6, 1));
    for (int i = 0; i < 3; ++i) plan.lines.push_back(test::weekly(200));
    const PlanCosting c = cost(plan);
    EXPECT_EQ(c.lines[0].cost, pounds(29));
    EXPECT_EQ(c.total, pounds(86));
    EXPECT_EQ(c.rounding, pounds(-1));
}

TEST(PlanCosting, RoundingFollowsTheRuleSetsRule) {
    // Half an hour a week at 5p for 7 days is 2.5p: half-up gives 3p, half-even 2p.
    SupportPlan plan = plan_for(day(2026, 6, 1), day(2026, 6, 7));
    plan.lines.push_back(test::costed_line(5, Rational(1, 2), Frequency::Weekly));
    EXPECT_EQ(cost(plan, RoundingRule::HalfUp).total, pounds(3));
    EXPECT_EQ(cost(plan, RoundingRule::HalfEven).total, pounds(2));
}

TEST(PlanCosting, WeeklyAndYearlyFiguresComeFromTheExactTotal) {
    // 365 days of £70 a week: £3,650. A week: 365000 × 7 / 365 = £70.00; a year: £70 × 52.143
    // = £3,650.01.
    const PlanCosting c = cost_one(day(2026, 6, 1), day(2027, 5, 31), test::weekly(7000));
    EXPECT_EQ(c.total, pounds(365000));
    EXPECT_EQ(c.weekly, pounds(7000));
    EXPECT_EQ(c.annual, pounds(365001));
}

// --- financial years -----------------------------------------------------------------------

TEST(PlanCosting, PlanCrossing1AprilIsSplitIntoFinancialYears) {
    // 25 March to 7 April 2027: 7 days in 2026/27 and 7 in 2027/28, £70 each at £70 a week.
    const PlanCosting c = cost_one(day(2027, 3, 25), day(2027, 4, 7), test::weekly(7000));
    ASSERT_EQ(c.years.size(), 2u);
    EXPECT_EQ(c.years[0].label(), "2026/27");
    EXPECT_EQ(c.years[0].last, day(2027, 3, 31));
    EXPECT_EQ(c.years[1].first, day(2027, 4, 1));
    EXPECT_EQ(c.years[1].days(), 7);
    EXPECT_EQ(c.year_totals[0], pounds(7000));
    EXPECT_EQ(c.year_totals[1], pounds(7000));
    EXPECT_EQ(c.lines[0].by_year[1], pounds(7000));
}

TEST(PlanCosting, FinancialYearsAreRoundedOnTheRunningTotal) {
    // 31 March and 1 April 2027 at £10 a week: 1000/7 p each day. The whole is 2000/7 =
    // 285.71p → £2.86. 2026/27 is round(142.86) = £1.43 and 2027/28 is £2.86 − £1.43 = £1.43.
    const PlanCosting c = cost_one(day(2027, 3, 31), day(2027, 4, 1), test::weekly(1000));
    EXPECT_EQ(c.total, pounds(286));
    EXPECT_EQ(c.year_totals[0], pounds(143));
    EXPECT_EQ(c.year_totals[1], pounds(143));
    EXPECT_EQ(c.lines[0].by_year[0] + c.lines[0].by_year[1], c.lines[0].cost);
}

TEST(PlanCosting, MonthlyLineInTheYearOfALeapFebruary) {
    // 1 April 2027 to 31 March 2028 holds February 2028 (29 days): still twelve months, £1,440.
    const PlanCosting c = cost_one(day(2027, 4, 1), day(2028, 3, 31), test::monthly(12000));
    ASSERT_EQ(c.years.size(), 1u);
    EXPECT_EQ(c.years[0].days(), 366);
    EXPECT_EQ(c.total, pounds(144000));
}

}  // namespace
}  // namespace openras
