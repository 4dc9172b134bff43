// Support plans checked per second per core: a 40-line plan (the example good plan's five
// lines eight times over, spending eight times its budget) costed exactly over a year that
// crosses 1 April, then run through every plan check and excluded use of the model RAS.
// Target: 100,000 checks a second on one core. Run: build/bench/openras_bench --benchmark_filter=Plan
#include "alloc/plan/plan_checker.hpp"
#include "alloc/plan/plan_file.hpp"
#include "rules/ruleset_loader.hpp"

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

namespace openras {
namespace {

std::string good_plan_text() {
    std::ifstream in(std::string(OPENRAS_SOURCE_DIR) + "/examples/plans/good-plan.toml", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

SupportPlan forty_line_plan() {
    PlanLoad load = plan_from_toml_text(good_plan_text(), "good-plan.toml");
    if (!load.plan) throw std::runtime_error("the example plan does not load");
    SupportPlan plan = *load.plan;
    const std::vector<SupportLine> five = plan.lines;
    plan.lines.clear();
    for (int copy = 0; copy < 8; ++copy) plan.lines.insert(plan.lines.end(), five.begin(), five.end());
    plan.budget.weekly = Money::from_pence(plan.budget.weekly->pence() * 8);
    return plan;
}

PlanBudget budget_of(const SupportPlan& plan) { return {true, *plan.budget.weekly, "the plan"}; }

void BM_PlanCheckFortyLines(benchmark::State& state) {
    const PlanChecker checker(embedded_default_rule_set());
    const SupportPlan plan = forty_line_plan();
    const PlanBudget budget = budget_of(plan);
    PlanCheckResult result;
    checker.check(plan, budget, result);
    if (!result.findings.empty()) state.SkipWithError("the 40-line plan should have no findings");
    for (auto _ : state) {
        checker.check(plan, budget, result);
        benchmark::DoNotOptimize(result.blockers);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PlanCheckFortyLines);

// The same plan with no provider named on any line: 40 warnings, each worded for people.
void BM_PlanCheckFortyLinesFortyFindings(benchmark::State& state) {
    const PlanChecker checker(embedded_default_rule_set());
    SupportPlan plan = forty_line_plan();
    for (SupportLine& line : plan.lines) line.provider.clear();
    const PlanBudget budget = budget_of(plan);
    PlanCheckResult result;
    for (auto _ : state) {
        checker.check(plan, budget, result);
        benchmark::DoNotOptimize(result.findings.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PlanCheckFortyLinesFortyFindings);

void BM_PlanCostFortyLines(benchmark::State& state) {
    const SupportPlan plan = forty_line_plan();
    const CostingRules rules{RoundingRule::HalfUp, Rational(52143, 1000)};
    PlanCosting costing;
    for (auto _ : state) {
        cost_plan(plan, rules, costing);
        benchmark::DoNotOptimize(costing.total);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PlanCostFortyLines);

// The five-line example plan from its text: TOML read, checked, as `openras plan check` does.
void BM_PlanReadAndCheckExampleFile(benchmark::State& state) {
    const PlanChecker checker(embedded_default_rule_set());
    const std::string text = good_plan_text();
    PlanCheckResult result;
    for (auto _ : state) {
        const PlanLoad load = plan_from_toml_text(text, "good-plan.toml");
        checker.check(*load.plan, budget_of(*load.plan), result);
        benchmark::DoNotOptimize(result.blockers);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PlanReadAndCheckExampleFile);

}  // namespace
}  // namespace openras
