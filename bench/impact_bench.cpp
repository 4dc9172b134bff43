// The impact of a rule-set change on a 100,000-person synthetic caseload: every person worked
// out under the model RAS and under a changed copy of it (one answer worth more points and a new
// rate), with each person's explanation of the difference, on every
// core. Real (wall-clock) time, since the work is spread over threads.
// Run: build/bench/openras_bench --benchmark_filter=Impact
#include "alloc/caseload/caseload_generator.hpp"
#include "alloc/impact/impact.hpp"
#include "alloc/impact/impact_run.hpp"
#include "alloc/io/cores.hpp"
#include "rules/ruleset_loader.hpp"

#include <benchmark/benchmark.h>

#include <chrono>
#include <map>
#include <memory>
#include <thread>

namespace openras {
namespace {

constexpr std::size_t kCaseload = 100000;

// The model RAS with eating_drinking = regular worth 2 more points and 10p more a point in the
// main stream: a change that touches nearly everyone in several lines of their explanation.
std::shared_ptr<const RuleSet> changed_model(const RuleSet& model) {
    auto changed = std::make_shared<RuleSet>(model);
    changed->header.version += "-changed";
    const int q = changed->question_index("eating_drinking");
    for (std::size_t a = 0; q >= 0 && a < changed->questions[std::size_t(q)].answers.size(); ++a) {
        AnswerOption& answer = changed->questions[std::size_t(q)].answers[a];
        if (answer.id != "regular") continue;
        answer.points += Rational(2);
        changed->catalogue.questions[std::size_t(q)].answer_points[a] = answer.points;
    }
    Conversion& main = changed->streams.front().conversion;
    main.rate = PreciseMoney::round(main.rate.exact() + Rational(10), 2, RoundingRule::HalfUp);  // 10p more
    return changed;
}

struct Fixture {
    std::shared_ptr<const RuleSet> from = embedded_default_rule_set();
    std::shared_ptr<const RuleSet> to = changed_model(*from);
    std::vector<GeneratedPerson> people;
    std::vector<AnswerSheet> sheets;
    explicit Fixture(std::size_t size) : people(generate_caseload(from, size, 20261122)) {
        for (const GeneratedPerson& p : people) sheets.push_back(p.answers);
    }
};

const Fixture& fixture(std::size_t size = kCaseload) {
    static std::map<std::size_t, std::unique_ptr<const Fixture>> made;
    std::unique_ptr<const Fixture>& shared = made[size];
    if (!shared) shared = std::make_unique<const Fixture>(size);
    return *shared;
}

// The whole run is timed, down to freeing every person's result. The first run in a process is
// also given alone (first_run_s): it is the one `openras impact` makes, and the only one that
// maps fresh memory for everyone's results (later runs reuse what the allocator kept).
void run_caseload(benchmark::State& state, unsigned threads, std::size_t size = kCaseload) {
    const Fixture& f = fixture(size);
    const BudgetEngine from(f.from), to(f.to);
    const ImpactExplainer explainer(*f.from, *f.to);
    std::size_t changed = 0, kept_bytes = 0;
    double first_run = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        {
            const ImpactRun run = run_impact(from, to, explainer, f.sheets, f.sheets, threads);
            changed = run.people.size() - std::size_t(std::count_if(run.people.begin(), run.people.end(),
                                                                    [](const ImpactPerson& p) { return p.explanation().empty(); }));
            kept_bytes = run.people.size() * sizeof(ImpactPerson);
            for (const ImpactPerson& p : run.people)
                kept_bytes += sizeof(std::uint32_t) * (p.old_panels + p.new_panels + p.changed + p.phrases);
            for (const ResultBlocks& blocks : run.blocks)
                for (const std::string_view phrase : blocks.phrases()) kept_bytes += sizeof phrase + phrase.size();
            benchmark::DoNotOptimize(run.people.data());
        }
        if (first_run == 0) first_run = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    state.SetItemsProcessed(state.iterations() * std::int64_t(size));
    state.counters["people_changed"] = double(changed);
    state.counters["threads"] = double(threads == 0 ? usable_cores() : threads);
    state.counters["first_run_s"] = first_run;
    state.counters["result_mb"] = double(kept_bytes) / 1e6;  // the people, their numbers and the phrases kept
}

// Both rule sets and the per-person explanations of the difference, on every core.
void BM_Impact100kAllCores(benchmark::State& state) { run_caseload(state, 0); }
BENCHMARK(BM_Impact100kAllCores)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

// The same on one core, to show what the second core buys.
void BM_Impact100kOneCore(benchmark::State& state) { run_caseload(state, 1); }
BENCHMARK(BM_Impact100kOneCore)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

// The scale: 1,000,000 people, both rule sets and each person's reasons, on both cores
// (target: under a second) and on one.
void BM_Impact1MAllCores(benchmark::State& state) { run_caseload(state, 0, 1000000); }
BENCHMARK(BM_Impact1MAllCores)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
void BM_Impact1MOneCore(benchmark::State& state) { run_caseload(state, 1, 1000000); }
BENCHMARK(BM_Impact1MOneCore)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// What `openras impact` does in memory: read and check the CSV against both rule sets, the
// impact above, the summary, both CSVs and the chart (everything except writing the files).
void BM_ImpactReport100kEndToEnd(benchmark::State& state) {
    const Fixture& f = fixture();
    const std::string csv = generated_caseload_csv(*f.from, f.people, {"SYNTHETIC DATA: benchmark caseload"});
    for (auto _ : state) {
        const ImpactOutcome outcome = run_impact_report(ImpactRequest{f.from, f.to, "bench.csv", csv, true, 0});
        benchmark::DoNotOptimize(outcome.people_csv.data());
    }
    state.SetItemsProcessed(state.iterations() * std::int64_t(kCaseload));
}
BENCHMARK(BM_ImpactReport100kEndToEnd)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

}  // namespace
}  // namespace openras
