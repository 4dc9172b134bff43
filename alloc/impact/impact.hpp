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
#include <string_view>
#include <vector>

namespace openras {

// One person's result. Its lists and words are views into the run's blocks (result_blocks.hpp):
// they live as long as the ImpactRun that holds the person.
struct ImpactPerson {
    Money old_weekly, new_weekly;
    Money old_annual, new_annual;
    std::span<const int> old_panel, new_panel;  // threshold indices in each rule set
    std::span<const int> changed_keys;          // ImpactExplainer line keys whose pence changed
    std::string_view explanation;               // plain words, "" when nothing changed

    std::int64_t weekly_change_pence() const { return new_weekly.pence() - old_weekly.pence(); }
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
