// Evaluations per second of the model rule set: with and without the explanation, one at a
// time and as a batch. Run: build/bench/openras_bench
#include "alloc/budget/assessment.hpp"
#include "alloc/budget/budget_report.hpp"
#include "rules/budget_engine.hpp"
#include "rules/ruleset_loader.hpp"

#include <benchmark/benchmark.h>

#include <random>

namespace openras {
namespace {

// Seeded random answer sheets over every question of the model RAS.
std::vector<AnswerSheet> random_sheets(const RuleSet& rules, std::size_t count) {
    std::mt19937 random(20261122);
    std::vector<AnswerSheet> sheets(count);
    for (auto& sheet : sheets) {
        for (const auto& q : rules.questions)
            sheet.answer_index.push_back(int(random() % q.answers.size()));
    }
    return sheets;
}

void BM_EvaluateWithoutExplanation(benchmark::State& state) {
    const BudgetEngine engine(embedded_default_rule_set());
    const auto sheets = random_sheets(engine.rules(), 1024);
    IndicativeBudget out;
    std::size_t i = 0;
    for (auto _ : state) {
        engine.evaluate(sheets[i++ & 1023], out, false);
        benchmark::DoNotOptimize(out.weekly);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EvaluateWithoutExplanation);

void BM_EvaluateWithExplanation(benchmark::State& state) {
    const BudgetEngine engine(embedded_default_rule_set());
    const auto sheets = random_sheets(engine.rules(), 1024);
    IndicativeBudget out;
    std::size_t i = 0;
    for (auto _ : state) {
        engine.evaluate(sheets[i++ & 1023], out, true);
        benchmark::DoNotOptimize(out.explanation.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EvaluateWithExplanation);

// A batch: 10,000 assessments through one engine, with explanations, results kept.
void BM_EvaluateBatchWithExplanation(benchmark::State& state) {
    const BudgetEngine engine(embedded_default_rule_set());
    const auto sheets = random_sheets(engine.rules(), 10000);
    std::vector<IndicativeBudget> results(sheets.size());
    for (auto _ : state) {
        for (std::size_t i = 0; i < sheets.size(); ++i) engine.evaluate(sheets[i], results[i], true);
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * std::int64_t(sheets.size()));
}
BENCHMARK(BM_EvaluateBatchWithExplanation)->Unit(benchmark::kMillisecond);

// The whole batch path of `openras budget --batch`: answers resolved by name, evaluated,
// explained and written as a JSON line.
void BM_BatchLineEndToEnd(benchmark::State& state) {
    const auto rules = embedded_default_rule_set();
    const BudgetEngine engine(rules);
    const auto sheets = random_sheets(*rules, 256);
    std::vector<std::vector<GivenAnswer>> given(sheets.size());
    for (std::size_t s = 0; s < sheets.size(); ++s)
        for (std::size_t q = 0; q < rules->questions.size(); ++q)
            given[s].push_back({rules->questions[q].id,
                                rules->questions[q].answers[std::size_t(sheets[s].answer_index[q])].id, {}});
    std::size_t i = 0;
    IndicativeBudget out;
    for (auto _ : state) {
        const AnswerSheet sheet = resolve_answers(*rules, given[i++ & 255]);
        engine.evaluate(sheet, out, true);
        std::string line = budget_json(out).dump();
        benchmark::DoNotOptimize(line.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BatchLineEndToEnd);

}  // namespace
}  // namespace openras
