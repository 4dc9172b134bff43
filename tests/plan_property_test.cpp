// Properties of plan costing, over many seeded random plans:
//   - the lines' costs and the rounding row add up exactly to the plan total, and each line's
//     financial years to the line, and the years to the total;
//   - costing a period in two halves (split at any day) gives exactly the whole's exact cost,
//     and rounded totals that differ from the whole's by at most a penny;
//   - counting weekdays and month shares agrees with walking the days one by one with Boost's
//     day_iterator.
#include "alloc/plan/plan_costing.hpp"

#include "plan_test_support.hpp"

#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <random>

namespace openras {
namespace {

using test::day;

class RandomPlans {
public:
    explicit RandomPlans(std::uint32_t seed) : random_(seed) {}

    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }

    Date some_day() { return day(2026, 1, 1) + boost::gregorian::days(between(0, 365 * 4)); }

    SupportLine line(const Date& start, const Date& end) {
        const auto frequency = Frequency(between(0, 3));
        SupportLine line = test::costed_line(between(0, 50000), Rational(between(1, 400), 4), frequency);
        if (frequency == Frequency::OnDays) line.weekdays = std::uint8_t(between(1, 127));
        if (frequency == Frequency::Once) line.once_on = start + boost::gregorian::days(between(0, int((end - start).days())));
        else if (between(0, 2) == 0) {
            line.start = start + boost::gregorian::days(between(-20, 40));
            line.end = *line.start + boost::gregorian::days(between(0, 400));
        }
        return line;
    }

    SupportPlan plan() {
        const Date start = some_day();
        const Date end = start + boost::gregorian::days(between(0, 800));
        SupportPlan plan = test::plan_for(start, end);
        const int lines = between(0, 12);
        for (int i = 0; i < lines; ++i) plan.lines.push_back(line(start, end));
        return plan;
    }

private:
    std::mt19937 random_;
};

const CostingRules kRules{RoundingRule::HalfUp, Rational(52143, 1000)};

TEST(PlanCostingProperty, LineCostsAndRoundingAddUpExactlyToThePlanTotal) {
    RandomPlans random(20260601);
    for (int n = 0; n < 400; ++n) {
        const SupportPlan plan = random.plan();
        const PlanCosting c = cost_plan(plan, kRules);
        Money lines = c.rounding;
        Money years;
        ScaledExact exact;
        for (std::size_t i = 0; i < c.lines.size(); ++i) {
            lines += c.lines[i].cost;
            exact += c.lines[i].exact;
            Money line_years;
            for (Money m : c.lines[i].by_year) line_years += m;
            ASSERT_EQ(line_years, c.lines[i].cost) << "plan " << n << " line " << i;
        }
        for (std::size_t y = 0; y < c.years.size(); ++y) {
            years += c.year_totals[y];
            Money column = c.year_rounding[y];
            for (const LineCosting& line : c.lines) column += line.by_year[y];
            ASSERT_EQ(column, c.year_totals[y]) << "plan " << n << " year " << y;
        }
        ASSERT_EQ(lines, c.total) << "plan " << n;
        ASSERT_EQ(years, c.total) << "plan " << n;
        ASSERT_EQ(exact, c.exact_total) << "plan " << n;
        // The scaled integers round as the exact fraction does.
        ASSERT_EQ(c.total, Money::round(c.exact_total.rational(), RoundingRule::HalfUp)) << "plan " << n;
    }
}

TEST(PlanCostingProperty, CostingTwoHalvesEqualsCostingTheWhole) {
    RandomPlans random(20270401);
    int checked = 0;
    for (int n = 0; n < 400; ++n) {
        const SupportPlan whole = random.plan();
        if (whole.days() < 2) continue;
        const Date split = whole.start + boost::gregorian::days(random.between(0, whole.days() - 2));
        SupportPlan first = whole, second = whole;
        first.end = split;
        second.start = split + boost::gregorian::days(1);
        const PlanCosting a = cost_plan(first, kRules), b = cost_plan(second, kRules), all = cost_plan(whole, kRules);
        for (std::size_t i = 0; i < whole.lines.size(); ++i)
            ASSERT_EQ(a.lines[i].exact + b.lines[i].exact, all.lines[i].exact) << "plan " << n << " line " << i;
        ASSERT_EQ(a.exact_total + b.exact_total, all.exact_total) << "plan " << n;
        const std::int64_t gap = (a.total + b.total - all.total).pence();
        ASSERT_LE(std::abs(gap), 1) << "plan " << n;
        if (a.exact_total.rational().is_integer()) {
            ASSERT_EQ(gap, 0) << "plan " << n;
        }
        ++checked;
    }
    EXPECT_GT(checked, 300);
}

TEST(PlanCostingProperty, CountingAgreesWithWalkingTheDays) {
    RandomPlans random(1997);
    for (int n = 0; n < 300; ++n) {
        const Date first = random.some_day();
        const Date last = first + boost::gregorian::days(random.between(0, 500));
        SupportLine visits = test::on_days(100, {});
        visits.weekdays = std::uint8_t(random.between(1, 127));
        std::int64_t matching = 0;
        Rational months;
        for (boost::gregorian::day_iterator d(first); *d <= last; ++d) {
            matching += visits.weekdays >> d->day_of_week().as_number() & 1;
            months += Rational(1, d->end_of_month().day());
        }
        ASSERT_EQ(line_units(visits, first, last).rational(), Rational(matching)) << first << " to " << last;
        ASSERT_EQ(line_units(test::monthly(100), first, last).rational(), months) << first << " to " << last;
    }
}

}  // namespace
}  // namespace openras
