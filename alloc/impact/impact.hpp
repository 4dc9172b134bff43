#pragma once
// The impact of a rule-set change: every person's budget worked out under the old and the new
// rule set, with the difference and the rules that caused it (impact_explainer.hpp). The
// caseload is split between threads, one slice each; each thread has its own budgets and
// scratch space and shares only the immutable engines and explainer, so nothing is locked.
#include "alloc/impact/impact_explainer.hpp"
#include "alloc/impact/result_blocks.hpp"
#include "rules/budget_engine.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace openras {

// A person's reasons in plain words, as the phrases of the text in order: each change ("Daily
// living: £75.00 → £78.00 (…)", then "; Extra for …"), any change of panel referral, and what
// is said once (". Why: …"). A phrase is kept once per thread however many people share it,
// and a person holds only its number, so a million people's reasons take a few tens of
// megabytes, not a few hundred.
struct ImpactWords {
    std::span<const std::uint32_t> ids;                  // into phrases
    const std::vector<std::string_view>* phrases = nullptr;

    bool empty() const { return ids.empty(); }
    std::size_t size() const { return ids.size(); }
    std::string_view operator[](std::size_t i) const { return (*phrases)[ids[i]]; }
    void append_to(std::string& out) const {
        for (const std::uint32_t id : ids) out += (*phrases)[id];
    }
    std::string text() const {
        std::string out;
        append_to(out);
        return out;
    }
};

// One person's result, in 64 bytes: a run holds a million of them. Its lists are one run of
// numbers in the run's blocks (result_blocks.hpp): the old and the new panel thresholds, the
// changed line keys, then the phrase ids of its words. They live as long as the ImpactRun.
struct ImpactPerson {
    Money old_weekly, new_weekly;
    Money old_annual, new_annual;
    const std::uint32_t* numbers = nullptr;
    std::uint32_t old_panels = 0, new_panels = 0, changed = 0, phrases = 0;  // how many of each
    const std::vector<std::string_view>* phrase_table = nullptr;               // the thread's

    std::int64_t weekly_change_pence() const { return new_weekly.pence() - old_weekly.pence(); }
    // Threshold indices in each rule set.
    std::span<const std::uint32_t> old_panel() const { return {numbers, old_panels}; }
    std::span<const std::uint32_t> new_panel() const { return {numbers + old_panels, new_panels}; }
    // ImpactExplainer line keys whose pence changed.
    std::span<const std::uint32_t> changed_keys() const { return {numbers + old_panels + new_panels, changed}; }
    // Plain words, empty when nothing changed.
    ImpactWords explanation() const {
        return {{numbers + old_panels + new_panels + changed, phrases}, phrase_table};
    }
};

// Per explanation line (ImpactExplainer key): how many people it changed for, and by how much.
struct LineTally {
    std::size_t people = 0;
    std::int64_t change_pence = 0;  // weekly, summed over the caseload
};

// Movable, not copyable: its people's views point into its blocks.
struct ImpactRun {
    std::vector<ImpactPerson, HugePageAllocator<ImpactPerson>> people;  // in caseload order
    std::vector<LineTally> lines;                                       // by key
    unsigned threads = 1;
    std::vector<ResultBlocks> blocks;  // one per thread: what the people's views point into

    ImpactRun() = default;
    ImpactRun(ImpactRun&&) noexcept = default;
    ImpactRun& operator=(ImpactRun&&) noexcept = default;
};

// Thrown by run_impact: which person (index) a rule could not be computed for, and why.
class ImpactEvaluationError : public OpenRasError {
public:
    ImpactEvaluationError(std::size_t person, Error error) : OpenRasError(std::move(error)), person_(person) {}
    std::size_t person() const { return person_; }

private:
    std::size_t person_;
};

// `from_sheets[i]` and `to_sheets[i]` are person i's answers resolved against each rule set.
// `threads` 0 means one per processor core. Throws ImpactEvaluationError, naming the person,
// when a council rule cannot be computed for them.
ImpactRun run_impact(const BudgetEngine& from, const BudgetEngine& to, const ImpactExplainer& explainer,
                     const std::vector<AnswerSheet>& from_sheets, const std::vector<AnswerSheet>& to_sheets,
                     unsigned threads = 0);


}  // namespace openras
