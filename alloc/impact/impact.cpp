#include "alloc/impact/impact.hpp"

#include "alloc/io/cores.hpp"

#include <algorithm>
#include <exception>
#include <optional>
#include <thread>

namespace openras {
namespace {

static_assert(sizeof(ImpactPerson) == 64, "a run holds a million people: keep each to a cache line");

struct Slice {
    std::size_t begin = 0, end = 0;
    std::vector<LineTally> lines;
    ResultBlocks* blocks = nullptr;  // the run's, for this slice's thread
    std::optional<std::pair<std::size_t, Error>> failure;
};

// What a slice's thread reuses from person to person, so that a person's result is allocated
// once at its final size rather than grown.
struct Scratch {
    IndicativeBudget before, after;
    std::vector<LineChange> changes;
    std::vector<std::int64_t> old_pence, new_pence;
    std::vector<std::uint32_t> numbers;  // the person's, before they are kept
    std::string words;
    std::vector<std::size_t> phrase_ends;
};

void explain_one(const ImpactExplainer& explainer, const IndicativeBudget& before, const IndicativeBudget& after,
                 ImpactPerson& out, Scratch& scratch, std::vector<LineTally>& tally, ResultBlocks& blocks) {
    std::vector<LineChange>& changes = scratch.changes;
    std::vector<std::uint32_t>& numbers = scratch.numbers;
    out.old_weekly = before.weekly;
    out.new_weekly = after.weekly;
    out.old_annual = before.annual;
    out.new_annual = after.annual;
    numbers.assign(before.panel_referrals.begin(), before.panel_referrals.end());
    numbers.insert(numbers.end(), after.panel_referrals.begin(), after.panel_referrals.end());
    out.old_panels = std::uint32_t(before.panel_referrals.size());
    out.new_panels = std::uint32_t(after.panel_referrals.size());
    explainer.changed_lines(before, after, changes, scratch.old_pence, scratch.new_pence);
    for (const LineChange& change : changes) {
        numbers.push_back(std::uint32_t(change.key));
        LineTally& line = tally[std::size_t(change.key)];
        ++line.people;
        line.change_pence += change.new_pence - change.old_pence;
    }
    out.changed = std::uint32_t(changes.size());
    // The words in phrases, each kept once per thread: most people share most of theirs.
    scratch.words.clear();
    scratch.phrase_ends.clear();
    explainer.describe(before, after, changes, scratch.words, &scratch.phrase_ends);
    if (scratch.phrase_ends.empty() || scratch.phrase_ends.back() != scratch.words.size())
        scratch.phrase_ends.push_back(scratch.words.size());  // nothing is left out, whatever describe marks
    std::size_t start = 0;
    for (const std::size_t end : scratch.phrase_ends) {
        if (end > start) numbers.push_back(blocks.keep_phrase(std::string_view(scratch.words).substr(start, end - start)));
        start = end;
    }
    out.phrases = std::uint32_t(numbers.size()) - out.old_panels - out.new_panels - out.changed;
    out.phrase_table = &blocks.phrases();
    out.numbers = blocks.keep(std::span<const std::uint32_t>(numbers)).data();
}

void run_slice(const BudgetEngine& from, const BudgetEngine& to, const ImpactExplainer& explainer,
               const std::vector<AnswerSheet>& from_sheets, const std::vector<AnswerSheet>& to_sheets,
               ImpactPerson* people, Slice& slice) {
    Scratch scratch;  // reused for every person in the slice
    slice.lines.assign(explainer.line_count(), LineTally{});
    std::size_t i = slice.begin;
    try {
        for (; i < slice.end; ++i) {
            from.evaluate(from_sheets[i], scratch.before, true);
            to.evaluate(to_sheets[i], scratch.after, true);
            explain_one(explainer, scratch.before, scratch.after, people[i], scratch, slice.lines, *slice.blocks);
        }
    } catch (const OpenRasError& e) {
        slice.failure = std::make_pair(i, e.error());
    }
}

}  // namespace

ImpactRun run_impact(const BudgetEngine& from, const BudgetEngine& to, const ImpactExplainer& explainer,
                     const std::vector<AnswerSheet>& from_sheets, const std::vector<AnswerSheet>& to_sheets,
                     unsigned threads) {
    ImpactRun run;
    const std::size_t n = from_sheets.size();
    if (threads == 0) threads = usable_cores();
    threads = unsigned(std::max<std::size_t>(1, std::min<std::size_t>(threads, n / 64 + 1)));
    run.threads = threads;
    run.people.resize(n);
    run.blocks.resize(threads);
    std::vector<Slice> slices(threads);
    for (unsigned t = 0; t < threads; ++t) {
        slices[t].begin = n * t / threads;
        slices[t].end = n * (t + 1) / threads;
        slices[t].blocks = &run.blocks[t];
    }
    std::vector<std::thread> workers;
    for (unsigned t = 1; t < threads; ++t)
        workers.emplace_back(run_slice, std::cref(from), std::cref(to), std::cref(explainer), std::cref(from_sheets),
                             std::cref(to_sheets), run.people.data(), std::ref(slices[t]));
    run_slice(from, to, explainer, from_sheets, to_sheets, run.people.data(), slices[0]);  // this thread takes a slice too
    for (std::thread& worker : workers) worker.join();
    run.lines.assign(explainer.line_count(), LineTally{});
    for (const Slice& slice : slices) {
        if (slice.failure) throw ImpactEvaluationError(slice.failure->first, slice.failure->second);
        for (std::size_t k = 0; k < slice.lines.size(); ++k) {
            run.lines[k].people += slice.lines[k].people;
            run.lines[k].change_pence += slice.lines[k].change_pence;
        }
    }
    return run;
}

}  // namespace openras
