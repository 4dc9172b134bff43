// The catalogue of plan facts: names, types, slots and meanings.
#include "rules/expression/plan_facts.hpp"

#include "rules/plan_vocabulary.hpp"

#include <algorithm>

namespace openras::expr {
namespace {

// A text fact's values: "" (not given) first, then the vocabulary in its own order.
template <std::size_t N>
constexpr std::array<std::string_view, N + 1> with_blank(const std::array<std::string_view, N>& names) {
    std::array<std::string_view, N + 1> out{};
    for (std::size_t i = 0; i < N; ++i) out[i + 1] = names[i];
    return out;
}

constexpr auto kKinds = with_blank(kSupportKindNames);
constexpr auto kUnits = with_blank(kUnitNames);
constexpr auto kFrequencies = with_blank(kFrequencyNames);
constexpr auto kHeldAs = with_blank(kMoneyHeldAsNames);

using S = PlanScope;
using T = Type;
constexpr std::span<const std::string_view> none{};

constexpr PlanFactInfo plan(std::string_view name, PlanFact slot, Type type, std::string_view meaning,
                            std::span<const std::string_view> values = none) {
    return {name, S::Plan, int(slot), type, values, meaning};
}
template <typename Slot>
constexpr PlanFactInfo item(std::string_view name, S scope, Slot slot, Type type, std::string_view meaning,
                            std::span<const std::string_view> values = none) {
    return {name, scope, int(slot), type, values, meaning};
}

const PlanFactInfo kFacts[] = {
    plan("plan.days", PlanFact::Days, T::Number, "days in the plan period, first and last included"),
    plan("plan.weeks", PlanFact::Weeks, T::Number, "the plan period in weeks (days / 7)"),
    plan("plan.total", PlanFact::Total, T::Money, "what the plan costs over its whole period"),
    plan("plan.weekly", PlanFact::Weekly, T::Money, "the plan's cost a week (total x 7 / days)"),
    plan("plan.annual", PlanFact::Annual, T::Money, "the plan's cost a year (weekly x weeks_per_year)"),
    plan("plan.uncosted_lines", PlanFact::UncostedLines, T::Number, "support lines that cannot be costed"),
    plan("plan.line_count", PlanFact::LineCount, T::Number, "support lines"),
    plan("plan.outcome_count", PlanFact::OutcomeCount, T::Number, "outcomes"),
    plan("plan.risk_count", PlanFact::RiskCount, T::Number, "risks"),
    plan("plan.action_count", PlanFact::ActionCount, T::Number, "steps in the action plan"),
    plan("plan.review_count", PlanFact::ReviewCount, T::Number, "review dates"),
    plan("plan.questions_answered", PlanFact::QuestionsAnswered, T::Number, "the seven questions answered (0 to 7)"),
    plan("plan.has_contingency", PlanFact::HasContingency, T::Bool, "the plan says what happens when support does not turn up"),
    plan("plan.months_after_last_review", PlanFact::MonthsAfterLastReview, T::Number,
         "months from the last review (or the start of support) to the end of the plan"),
    plan("plan.over_budget", PlanFact::OverBudget, T::Money, "how much the plan costs above the budget for its period (0 if not)"),
    plan("plan.under_budget", PlanFact::UnderBudget, T::Money, "how much the plan costs below the budget for its period (0 if not)"),
    plan("plan.difference", PlanFact::Difference, T::Money, "plan total minus the budget for its period"),
    plan("plan.difference_explained", PlanFact::DifferenceExplained, T::Bool, "the plan says why it costs more or less than the budget"),
    plan("budget.known", PlanFact::BudgetKnown, T::Bool, "the budget the plan spends is known"),
    plan("budget.weekly", PlanFact::BudgetWeekly, T::Money, "the weekly budget"),
    plan("budget.for_period", PlanFact::BudgetForPeriod, T::Money, "the budget over the plan period (weekly x days / 7)"),
    plan("money.held_as", PlanFact::MoneyHeldAs, T::Text, "how the money is held", kHeldAs),
    plan("money.manager_named", PlanFact::MoneyManagerNamed, T::Bool, "the plan says who manages the money"),
    plan("money.support_manager_named", PlanFact::SupportManagerNamed, T::Bool, "the plan says who manages the day-to-day support"),
    plan("money.nominee_needed", PlanFact::NomineeNeeded, T::Bool, "some money is a direct payment to a nominated person"),
    plan("money.nominee_named", PlanFact::NomineeNamed, T::Bool, "the nominated person is named"),
    plan("money.fund_holder_needed", PlanFact::FundHolderNeeded, T::Bool, "some money is an individual service fund or a trust"),
    plan("money.fund_holder_named", PlanFact::FundHolderNamed, T::Bool, "the provider or trustees holding it are named"),
    plan("decisions.recorded", PlanFact::DecisionsRecorded, T::Bool, "the plan says who makes decisions"),
    plan("decisions.person_decides", PlanFact::PersonDecides, T::Bool, "the person makes the decisions in the plan"),
    plan("decisions.lacks_capacity", PlanFact::LacksCapacity, T::Bool, "the person lacks capacity for some decisions in the plan"),
    plan("decisions.representative_named", PlanFact::RepresentativeNamed, T::Bool, "a representative is named"),
    plan("decisions.best_interests_decider_named", PlanFact::BestInterestsDeciderNamed, T::Bool,
         "the plan names who decides in the person's best interests"),

    item("line.number", S::Line, LineFact::Number, T::Number, "the line's number, from 1"),
    item("line.kind", S::Line, LineFact::Kind, T::Text, "what the support is", kKinds),
    item("line.described", S::Line, LineFact::Described, T::Bool, "the line has a kind and a description"),
    item("line.provider_named", S::Line, LineFact::ProviderNamed, T::Bool, "the line says who provides it"),
    item("line.costed", S::Line, LineFact::Costed, T::Bool, "unit cost, quantity, unit and frequency are all given"),
    item("line.cost", S::Line, LineFact::Cost, T::Money, "the line's cost over the plan period"),
    item("line.weekly_cost", S::Line, LineFact::WeeklyCost, T::Money, "the line's cost a week (cost x 7 / plan days)"),
    item("line.unit_cost", S::Line, LineFact::UnitCost, T::Money, "the cost of one unit"),
    item("line.quantity", S::Line, LineFact::Quantity, T::Number, "units each week, month or time"),
    item("line.unit", S::Line, LineFact::Unit, T::Text, "what the quantity counts", kUnits),
    item("line.frequency", S::Line, LineFact::Frequency, T::Text, "how often", kFrequencies),
    item("line.inside_plan", S::Line, LineFact::InsidePlan, T::Bool, "the line's dates lie inside the plan period"),
    item("line.outcome_count", S::Line, LineFact::OutcomeCount, T::Number, "outcomes the line serves"),
    item("line.held_as", S::Line, LineFact::HeldAs, T::Text,
         "how the line's money is held: its own `held_as`, else the plan's unless that is a mix", kHeldAs),
    item("line.held_as_given", S::Line, LineFact::HeldAsGiven, T::Bool, "the line says how its money is held"),
    item("line.has_option", S::Line, LineFact::HasOption, T::Bool, "the line names a support option from the council's list"),
    item("line.option_known", S::Line, LineFact::OptionKnown, T::Bool, "that option is in the rule set's list"),
    item("line.option_unit_cost", S::Line, LineFact::OptionUnitCost, T::Money, "the option's unit cost in the council's list"),
    item("line.provider_close_relative", S::Line, LineFact::ProviderCloseRelative, T::Bool, "the provider is a close relative"),
    item("line.provider_lives_with_person", S::Line, LineFact::ProviderLivesWithPerson, T::Bool,
         "the provider lives in the same household as the person"),
    item("line.council_agreed", S::Line, LineFact::CouncilAgreed, T::Bool, "the line records the council's agreement"),

    item("outcome.number", S::Outcome, OutcomeFact::Number, T::Number, "the outcome's number, from 1"),
    item("outcome.described", S::Outcome, OutcomeFact::Described, T::Bool, "the outcome says what the person wants"),
    item("outcome.line_count", S::Outcome, OutcomeFact::LineCount, T::Number, "support lines that serve it"),
    item("outcome.met_without_budget", S::Outcome, OutcomeFact::MetWithoutBudget, T::Bool,
         "the plan explains how it is met without the budget"),

    item("risk.number", S::Risk, RiskFact::Number, T::Number, "the risk's number, from 1"),
    item("risk.described", S::Risk, RiskFact::Described, T::Bool, "the risk is described"),
    item("risk.has_mitigation", S::Risk, RiskFact::HasMitigation, T::Bool, "the plan says how the risk is reduced"),

    item("action.number", S::Action, ActionFact::Number, T::Number, "the step's number, from 1"),
    item("action.described", S::Action, ActionFact::Described, T::Bool, "the step says what will be done"),
    item("action.has_who", S::Action, ActionFact::HasWho, T::Bool, "the step says who does it"),
    item("action.has_date", S::Action, ActionFact::HasDate, T::Bool, "the step says by when"),

    item("review.number", S::Review, ReviewFact::Number, T::Number, "the review's number in date order, from 1"),
    item("review.is_first", S::Review, ReviewFact::IsFirst, T::Bool, "the earliest review"),
    item("review.weeks_after_start", S::Review, ReviewFact::WeeksAfterStart, T::Number,
         "weeks from the start of support to the review"),
    item("review.months_after_previous", S::Review, ReviewFact::MonthsAfterPrevious, T::Number,
         "calendar months since the review before (0 for the first)"),

    item("question.number", S::Question, QuestionFact::Number, T::Number, "which of the seven questions, 1 to 7"),
    item("question.answered", S::Question, QuestionFact::Answered, T::Bool, "the question has an answer"),
};

constexpr std::string_view kScopeNames[] = {"plan", "line", "outcome", "risk", "action", "review", "question"};
constexpr std::string_view kScopeSections[] = {"", "lines", "outcomes", "risks", "actions", "reviews", "questions"};

}  // namespace

std::string_view plan_scope_name(PlanScope scope) { return kScopeNames[std::size_t(scope)]; }
std::string_view plan_scope_section(PlanScope scope) { return kScopeSections[std::size_t(scope)]; }

Phase plan_phase(PlanScope scope) { return Phase(int(Phase::PlanCheck) + int(scope)); }

std::optional<PlanScope> plan_scope_of(Phase phase) {
    if (int(phase) < int(Phase::PlanCheck)) return std::nullopt;
    return PlanScope(int(phase) - int(Phase::PlanCheck));
}

std::span<const PlanFactInfo> plan_fact_catalogue() { return kFacts; }

const PlanFactInfo* find_plan_fact(std::string_view name) {
    for (const PlanFactInfo& fact : kFacts)
        if (fact.name == name) return &fact;
    return nullptr;
}

void PlanFacts::reset(const std::array<int, kPlanScopeCount>& counts) {
    counts_ = counts;
    counts_[0] = 1;
    for (std::size_t s = 0; s < values_.size(); ++s)
        values_[s].assign(std::size_t(counts_[s] * kPlanFactWidths[s]), Rational(0));
}

}  // namespace openras::expr
