// Evaluations per second of the model rule set: with and without the explanation, one at a
// time and as a batch. Run: build/bench/openras_bench
#include "alloc/budget/assessment.hpp"
#include "alloc/budget/budget_report.hpp"
#include "alloc/budget/budget_text_writer.hpp"
#include "alloc/budget/budget_service.hpp"
#include "rules/budget_engine.hpp"
#include "rules/ruleset_loader.hpp"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
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

RuleLibrary model_library() {
    RuleLibrary library;
    Diagnostics problems;
    library.add(embedded_default_rule_set(), problems);
    return library;
}

// The JSON Lines input of `openras budget --batch` for `count` seeded people: one assessment a
// line, every question answered by name.
std::vector<std::string> batch_lines(const RuleSet& rules, std::size_t count) {
    const auto sheets = random_sheets(rules, count);
    std::vector<std::string> lines;
    for (std::size_t s = 0; s < sheets.size(); ++s) {
        std::string line = "{\"person\":\"P-" + std::to_string(100000 + s) + "\",\"date\":\"2026-05-01\",\"answers\":{";
        for (std::size_t q = 0; q < rules.questions.size(); ++q)
            line += (q ? ",\"" : "\"") + rules.questions[q].id + "\":\"" +
                    rules.questions[q].answers[std::size_t(sheets[s].answer_index[q])].id + "\"";
        lines.push_back(line + "}}");
    }
    return lines;
}

// One line of `openras budget --batch` in full, as each worker thread does it
// (write_batch_line): the JSON line read, the answers resolved by name, the budget worked out
// with its explanation, and the whole document written as a JSON line into the output buffer
// (BudgetJsonWriter). Not included: reading the file and writing the output file (see the
// README's whole-process figure).
void BM_BatchLineEndToEnd(benchmark::State& state) {
    BudgetService service(model_library());
    const auto lines = batch_lines(*embedded_default_rule_set(), 256);
    const std::string source = "batch.jsonl";
    IndicativeBudget scratch;
    std::size_t i = 0;
    std::string out;
    for (auto _ : state) {
        out.clear();
        if (write_batch_line(service, lines[i & 255], source, int(i & 255) + 1, std::nullopt, scratch, out))
            state.SkipWithError("a batch line was refused");
        ++i;
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * std::int64_t(out.size()));
}
BENCHMARK(BM_BatchLineEndToEnd);

// The baseline, the same line as the batch wrote it before: the document built as a
// nlohmann tree, then dumped.
void BM_BatchLineEndToEndThroughATree(benchmark::State& state) {
    BudgetService service(model_library());
    const auto lines = batch_lines(*embedded_default_rule_set(), 256);
    std::size_t i = 0;
    std::string out;
    for (auto _ : state) {
        const Assessment assessment = assessment_from_json_text(lines[i++ & 255], "batch.jsonl:1");
        const IndicativeBudget budget = service.compute(assessment, true);
        out = budget_json(budget).dump() + "\n";
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BatchLineEndToEndThroughATree);

// The explanation for people, as `openras budget` prints it (text), for the same budgets.
void BM_ExplanationAsText(benchmark::State& state) {
    BudgetService service(model_library());
    const auto lines = batch_lines(*embedded_default_rule_set(), 256);
    std::vector<IndicativeBudget> budgets;
    for (const auto& line : lines) budgets.push_back(service.compute(assessment_from_json_text(line, "b"), true));
    std::size_t i = 0;
    for (auto _ : state) {
        std::string text = budget_text(budgets[i++ & 255]);
        benchmark::DoNotOptimize(text.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ExplanationAsText);

// The same text by BudgetTextWriter, as `openras budget` writes it: what is the same for
// everyone laid out once, each line's wrapped words once for what fixes them, into one buffer.
void BM_ExplanationAsTextWriter(benchmark::State& state) {
    BudgetService service(model_library());
    const auto lines = batch_lines(*embedded_default_rule_set(), 256);
    std::vector<IndicativeBudget> budgets;
    for (const auto& line : lines) budgets.push_back(service.compute(assessment_from_json_text(line, "b"), true));
    const BudgetTextWriter writer(budgets.front().rules);
    std::string text;
    std::size_t i = 0, bytes = 0;
    for (auto _ : state) {
        text.clear();
        writer.write(budgets[i++ & 255], text);
        bytes += text.size();
        benchmark::DoNotOptimize(text.data());
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(std::int64_t(bytes));
}
BENCHMARK(BM_ExplanationAsTextWriter);

// `openras budget --batch` as a council runs it, the whole process: 100,000 lines read from a
// file, worked out on every core the machine has (or one, under taskset), written to a file.
// Wall-clock time; the file is made once, before timing.
void BM_BatchWholeProcess100k(benchmark::State& state) {
    const std::string input = (std::filesystem::temp_directory_path() / "openras-batch-100k.jsonl").string();
    const std::string output = (std::filesystem::temp_directory_path() / "openras-batch-100k.out.jsonl").string();
    {
        std::ofstream file(input, std::ios::binary | std::ios::trunc);
        for (const std::string& line : batch_lines(*embedded_default_rule_set(), 100000)) file << line << '\n';
    }
    const std::string command = std::string(OPENRAS_BINARY) + " budget --batch " + input + " --out " + output;
    for (auto _ : state) {
        if (std::system(command.c_str()) != 0) state.SkipWithError("openras budget --batch failed");
    }
    state.SetItemsProcessed(state.iterations() * 100000);
    state.counters["output_bytes"] = double(std::filesystem::file_size(output));
    std::filesystem::remove(input);
    std::filesystem::remove(output);
}
BENCHMARK(BM_BatchWholeProcess100k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// Reading a batch line alone: the JSON parsed and the assessment taken from it.
void BM_BatchLineRead(benchmark::State& state) {
    const auto lines = batch_lines(*embedded_default_rule_set(), 256);
    std::size_t i = 0;
    for (auto _ : state) {
        const Assessment assessment = assessment_from_json_text(lines[i++ & 255], "batch.jsonl:1");
        benchmark::DoNotOptimize(assessment.answers.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BatchLineRead);

}  // namespace
}  // namespace openras
