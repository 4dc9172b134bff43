// The decision record's canonical JSON writer against nlohmann's dump(), which gives the same
// bytes (alloc/io/canonical_json.hpp). Run: build/bench/openras_bench --benchmark_filter=CanonicalJson
//
//   BM_CanonicalJsonVsDump/0   an indicative budget's payload with its whole explanation, as
//                              record_assessment stores it (the model RAS, seeded answers)
//   BM_CanonicalJsonVsDump/1   a dispute with a 7,500-byte reason, as the append benchmark uses
// Both writers run interleaved in one loop; counters: canonical_per_s, dump_per_s, speedup.
#include "alloc/budget/assessment.hpp"
#include "alloc/io/canonical_json.hpp"
#include "alloc/record/events/indicative_budget_computed.hpp"
#include "rules/budget_engine.hpp"
#include "rules/ruleset_loader.hpp"

#include <benchmark/benchmark.h>

#include <chrono>
#include <random>

namespace openras {
namespace {

using Clock = std::chrono::steady_clock;

nlohmann::json budget_payload() {
    const BudgetEngine engine(embedded_default_rule_set());
    const RuleSet& rules = engine.rules();
    std::mt19937 random(20261203);
    Assessment a;
    a.person = "P-0001";
    a.date = {2026, 5, 1};
    for (const auto& q : rules.questions) a.answers.push_back({q.id, q.answers[random() % q.answers.size()].id, {}});
    IndicativeBudget budget;
    engine.evaluate(resolve_answers(rules, a.answers, a.person), budget, true);
    budget.person = a.person;
    budget.assessment_date = a.date;
    return events::IndicativeBudgetComputed::of(a, budget).payload();
}

void BM_CanonicalJsonVsDump(benchmark::State& state) {
    const nlohmann::json payload =
        state.range(0) == 0 ? budget_payload() : nlohmann::json{{"reason", std::string(7500, 'r')}};
    double canonical_seconds = 0, dump_seconds = 0;
    std::int64_t n = 0;
    for (auto _ : state) {
        auto start = Clock::now();
        const std::string ours = canonical_json(payload);
        const auto middle = Clock::now();
        const std::string theirs = payload.dump();
        dump_seconds += std::chrono::duration<double>(Clock::now() - middle).count();
        canonical_seconds += std::chrono::duration<double>(middle - start).count();
        if (ours != theirs) state.SkipWithError("the canonical writer and dump() differ");
        benchmark::DoNotOptimize(ours.data());
        ++n;
    }
    state.counters["bytes"] = double(payload.dump().size());
    state.counters["canonical_per_s"] = double(n) / canonical_seconds;
    state.counters["dump_per_s"] = double(n) / dump_seconds;
    state.counters["speedup"] = dump_seconds / canonical_seconds;
}
BENCHMARK(BM_CanonicalJsonVsDump)->Arg(0)->Arg(1);

}  // namespace
}  // namespace openras
