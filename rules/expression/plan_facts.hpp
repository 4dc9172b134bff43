#pragma once
// The facts about a support plan that a council's plan checks may read.
//
// A plan check (`[[plan_check]]` in a rule set) is an expression over these facts: plan-wide
// ones such as `plan.total` or `money.nominee_named`, and, in a check written `for_each` line,
// outcome, risk, action, review or question, the facts of the one item being looked at, such
// as `line.unit_cost`. Names are dotted so they read as the plan file's own sections.
//
// The catalogue below is fixed: it does not depend on the rule set, and it is the whole of what
// a plan check can see. The library (alloc/plan_checker) works the facts out once per check of
// a plan into a PlanFacts table of slots, laid out as the compiled program expects, so reading
// a fact costs one array index. Yes/no facts are 1 or 0; money is exact pence; text facts hold
// the ordinal of their value in the fact's list of values, where 0 is "" (not given).
#include "rules/expression/expression.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace openras::expr {

enum class PlanScope : std::uint8_t { Plan, Line, Outcome, Risk, Action, Review, Question };
inline constexpr int kPlanScopeCount = 7;
// "plan", "line", ... : the word used in `for_each` and as the facts' prefix.
std::string_view plan_scope_name(PlanScope scope);
// The plan file section an item of this scope lives in: "lines", "outcomes", ...; "" for Plan.
std::string_view plan_scope_section(PlanScope scope);

// The phase a plan check's expressions compile in, for its scope, and back.
Phase plan_phase(PlanScope scope);
std::optional<PlanScope> plan_scope_of(Phase phase);

// Slots of the plan-wide facts.
enum class PlanFact : int {
    Days, Weeks, Total, Weekly, Annual, UncostedLines,
    LineCount, OutcomeCount, RiskCount, ActionCount, ReviewCount, QuestionsAnswered,
    HasContingency, MonthsAfterLastReview,
    OverBudget, UnderBudget, Difference, DifferenceExplained,
    BudgetKnown, BudgetWeekly, BudgetForPeriod,
    MoneyHeldAs, MoneyManagerNamed, SupportManagerNamed, NomineeNeeded, NomineeNamed,
    FundHolderNeeded, FundHolderNamed,
    DecisionsRecorded, PersonDecides, LacksCapacity, RepresentativeNamed, BestInterestsDeciderNamed,
    Count
};
enum class LineFact : int {
    Number, Kind, Described, ProviderNamed, Costed, Cost, WeeklyCost, UnitCost, Quantity, Unit, Frequency,
    InsidePlan, OutcomeCount, HeldAs, HeldAsGiven, HasOption, OptionKnown, OptionUnitCost,
    ProviderCloseRelative, ProviderLivesWithPerson, CouncilAgreed,
    Count
};
enum class OutcomeFact : int { Number, Described, LineCount, MetWithoutBudget, Count };
enum class RiskFact : int { Number, Described, HasMitigation, Count };
enum class ActionFact : int { Number, Described, HasWho, HasDate, Count };
enum class ReviewFact : int { Number, IsFirst, WeeksAfterStart, MonthsAfterPrevious, Count };
enum class QuestionFact : int { Number, Answered, Count };

// How many slots an item of `scope` has.
inline constexpr std::array<int, kPlanScopeCount> kPlanFactWidths = {
    int(PlanFact::Count),   int(LineFact::Count),   int(OutcomeFact::Count), int(RiskFact::Count),
    int(ActionFact::Count), int(ReviewFact::Count), int(QuestionFact::Count)};
inline int plan_fact_width(PlanScope scope) { return kPlanFactWidths[std::size_t(scope)]; }

struct PlanFactInfo {
    std::string_view name;     // "line.unit_cost"
    PlanScope scope;
    int slot;
    Type type;
    std::span<const std::string_view> values;  // text facts: the values, [0] = ""; else empty
    std::string_view meaning;  // one line for people, used in docs and messages
};

// Every fact, plan-wide first, then each scope in order.
std::span<const PlanFactInfo> plan_fact_catalogue();
const PlanFactInfo* find_plan_fact(std::string_view name);

// The facts of one plan, in slots. Filled by the plan checker, read by compiled expressions.
class PlanFacts {
public:
    // Makes room for `counts[scope]` items of each scope (the Plan scope always has one) and
    // sets every slot to 0.
    void reset(const std::array<int, kPlanScopeCount>& counts);
    int count(PlanScope scope) const { return counts_[std::size_t(scope)]; }

    Rational& at(PlanScope scope, int item, int slot) {
        return values_[std::size_t(scope)][std::size_t(item * plan_fact_width(scope) + slot)];
    }
    const Rational& get(PlanScope scope, int item, int slot) const {
        return values_[std::size_t(scope)][std::size_t(item * plan_fact_width(scope) + slot)];
    }
    Rational& plan(PlanFact fact) { return at(PlanScope::Plan, 0, int(fact)); }
    const Rational& plan(PlanFact fact) const { return get(PlanScope::Plan, 0, int(fact)); }

private:
    std::array<std::vector<Rational>, kPlanScopeCount> values_;
    std::array<int, kPlanScopeCount> counts_{};
};

}  // namespace openras::expr
