#pragma once
// Support plans built in code for the plan tests: a plan period, and lines of each frequency.
#include "alloc/plan/plan_file.hpp"
#include "alloc/plan/support_plan.hpp"

#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace openras::test {

inline Date day(int year, int month, int day_of_month) {
    return Date(boost::gregorian::greg_year(year), month, day_of_month);
}

inline SupportPlan plan_for(Date start, Date end) {
    SupportPlan plan;
    plan.person = "TEST-0001";
    plan.start = start;
    plan.end = end;
    return plan;
}

inline SupportLine costed_line(std::int64_t unit_pence, Rational quantity, Frequency frequency) {
    SupportLine line;
    line.kind = SupportKind::Other;
    line.description = "test line";
    line.unit_cost = Money::from_pence(unit_pence);
    line.quantity = quantity;
    line.unit = Unit::Hours;
    line.frequency = frequency;
    return line;
}

inline SupportLine weekly(std::int64_t pence_a_week) { return costed_line(pence_a_week, Rational(1), Frequency::Weekly); }
inline SupportLine monthly(std::int64_t pence_a_month) { return costed_line(pence_a_month, Rational(1), Frequency::Monthly); }
// Weekday numbers as Boost counts them: Sunday 0, Monday 1, ... Saturday 6.
inline SupportLine on_days(std::int64_t pence_each, std::initializer_list<int> weekdays) {
    SupportLine line = costed_line(pence_each, Rational(1), Frequency::OnDays);
    for (int d : weekdays) line.weekdays = std::uint8_t(line.weekdays | 1 << d);
    return line;
}
inline SupportLine once(std::int64_t pence, Date on) {
    SupportLine line = costed_line(pence, Rational(1), Frequency::Once);
    line.once_on = on;
    return line;
}

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline const std::string kGoodPlanPath = std::string(OPENRAS_SOURCE_DIR) + "/examples/plans/good-plan.toml";

// The example good plan, loaded (the test fails if it does not load).
inline SupportPlan good_plan() {
    PlanLoad load = plan_from_toml_text(read_text(kGoodPlanPath), "good-plan.toml");
    EXPECT_TRUE(load.problems.empty()) << (load.problems.empty() ? "" : load.problems.errors().front().to_string());
    return load.plan.value_or(SupportPlan{});
}

}  // namespace openras::test
