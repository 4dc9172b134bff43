// Writing a support plan as a plan file: what the kiosk records must read back as the same plan.
#include "alloc/plan/plan_checker.hpp"
#include "alloc/plan/plan_file.hpp"
#include "alloc/plan/plan_writer.hpp"
#include "rules/ruleset_loader.hpp"
#include "tests/plan_test_support.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace openras {
namespace {

namespace fs = std::filesystem;

SupportPlan read_back(const std::string& text, const std::string& source) {
    PlanLoad load = plan_from_toml_text(text, source);
    EXPECT_TRUE(load.problems.empty()) << source << ":\n"
                                       << text << "\n"
                                       << (load.problems.empty() ? "" : load.problems.errors().front().to_string());
    return load.plan.value_or(SupportPlan{});
}

// Everything the council's checks see: the costing, every finding and its figures.
std::string checked(const SupportPlan& plan) {
    const PlanChecker checker(embedded_default_rule_set());
    PlanBudget budget;
    if (plan.budget.weekly) budget = PlanBudget{true, *plan.budget.weekly, "the plan file"};
    const PlanCheckResult r = checker.check(plan, budget);
    std::string out = r.costing.total.to_string() + " " + r.costing.weekly.to_string() + "\n";
    for (const LineCosting& line : r.costing.lines) out += line.cost.to_string() + "\n";
    for (const PlanFinding& f : r.findings) {
        out += f.rule + " " + f.field + " " + f.message;
        for (const auto& [name, value] : f.figures) out += " [" + name + "=" + value + "]";
        out += "\n";
    }
    return out;
}

TEST(PlanWriter, GoodPlanReadsBackAsTheSamePlan) {
    const SupportPlan original = test::good_plan();
    const std::string text = plan_to_toml_text(original);
    const SupportPlan again = read_back(text, "written.toml");
    EXPECT_EQ(again.person, original.person);
    EXPECT_EQ(again.start, original.start);
    EXPECT_EQ(again.end, original.end);
    EXPECT_EQ(again.written, original.written);
    EXPECT_EQ(again.answers, original.answers);
    ASSERT_EQ(again.lines.size(), original.lines.size());
    for (std::size_t i = 0; i < original.lines.size(); ++i) {
        EXPECT_EQ(again.lines[i].description, original.lines[i].description) << i;
        EXPECT_EQ(again.lines[i].unit_cost, original.lines[i].unit_cost) << i;
        EXPECT_EQ(again.lines[i].quantity, original.lines[i].quantity) << i;
        EXPECT_EQ(again.lines[i].weekdays, original.lines[i].weekdays) << i;
        EXPECT_EQ(again.lines[i].once_on, original.lines[i].once_on) << i;
        EXPECT_EQ(again.lines[i].outcomes, original.lines[i].outcomes) << i;
        EXPECT_EQ(again.lines[i].held_as, original.lines[i].held_as) << i;
        EXPECT_EQ(again.lines[i].option, original.lines[i].option) << i;
    }
    EXPECT_EQ(again.money.held_as, original.money.held_as);
    EXPECT_EQ(again.money.fund_holder, original.money.fund_holder);
    EXPECT_EQ(again.decisions.person_decides, original.decisions.person_decides);
    EXPECT_EQ(again.risks.size(), original.risks.size());
    EXPECT_EQ(again.actions.size(), original.actions.size());
    ASSERT_EQ(again.reviews.size(), original.reviews.size());
    EXPECT_EQ(again.reviews[0].date, original.reviews[0].date);
    EXPECT_EQ(checked(again), checked(original));
}

// Every golden plan that loads: writing it and reading it back changes nothing the council's
// checks can see, and writing is a fixed point (the second writing is the first).
TEST(PlanWriter, EveryGoldenPlanSurvivesBeingWritten) {
    int plans = 0;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(OPENRAS_SOURCE_DIR) / "tests/golden/plan")) {
        if (entry.path().filename() != "plan.toml") continue;
        const PlanLoad load = plan_from_toml_text(test::read_text(entry.path().string()), entry.path().string());
        if (!load.plan) continue;  // the bad-input cases
        const std::string first = plan_to_toml_text(*load.plan);
        const SupportPlan again = read_back(first, entry.path().string() + " (written)");
        EXPECT_EQ(checked(again), checked(*load.plan)) << entry.path();
        EXPECT_EQ(plan_to_toml_text(again), first) << entry.path();
        ++plans;
    }
    EXPECT_GT(plans, 40);
}

TEST(PlanWriter, WordsThatNeedEscapingAreKept) {
    SupportPlan plan = test::plan_for(test::day(2026, 6, 1), test::day(2027, 5, 31));
    plan.answers[0] = "My \"quiet\" time\nand the back\\door, £5 and café";
    plan.outcomes.push_back({"", "Get out = see friends [weekly]", "", {}});
    SupportLine line = test::weekly(1450);
    line.quantity = Rational::parse_decimal("2.5");
    line.outcomes = {0};
    plan.lines.push_back(line);
    const SupportPlan again = read_back(plan_to_toml_text(plan), "escaped.toml");
    EXPECT_EQ(again.answers[0], plan.answers[0]);
    ASSERT_EQ(again.outcomes.size(), 1u);
    EXPECT_EQ(again.outcomes[0].id, "outcome-1");
    EXPECT_EQ(again.outcomes[0].title, plan.outcomes[0].title);
    ASSERT_EQ(again.lines.size(), 1u);
    EXPECT_EQ(again.lines[0].quantity, Rational::parse_decimal("2.5"));
    EXPECT_EQ(again.lines[0].outcomes, std::vector<int>{0});
}

}  // namespace
}  // namespace openras
