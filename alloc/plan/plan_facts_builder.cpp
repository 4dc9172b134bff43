#include "alloc/plan/plan_facts_builder.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace openras {
namespace {

using expr::PlanFact;
using expr::PlanScope;

Rational yes(bool value) { return Rational(value ? 1 : 0); }
Rational pence(Money amount) { return Rational(amount.pence()); }
// A text fact's slot: 0 for "not given", else 1 + the vocabulary ordinal.
template <typename Enum>
Rational ordinal(const std::optional<Enum>& value) { return Rational(value ? int(*value) + 1 : 0); }

bool is_held(const std::optional<MoneyHeldAs>& held, MoneyHeldAs a, MoneyHeldAs b) { return held == a || held == b; }

void money_facts(const SupportPlan& plan, expr::PlanFacts& f) {
    const MoneyManagement& m = plan.money;
    bool nominee = m.held_as == MoneyHeldAs::NominatedDirectPayment;
    bool fund = is_held(m.held_as, MoneyHeldAs::IndividualServiceFund, MoneyHeldAs::Trust);
    for (const SupportLine& line : plan.lines) {
        const auto held = line_held_as(plan, line);
        nominee = nominee || held == MoneyHeldAs::NominatedDirectPayment;
        fund = fund || is_held(held, MoneyHeldAs::IndividualServiceFund, MoneyHeldAs::Trust);
    }
    f.plan(PlanFact::MoneyHeldAs) = ordinal(m.held_as);
    f.plan(PlanFact::MoneyManagerNamed) = yes(is_given(m.managed_by));
    f.plan(PlanFact::SupportManagerNamed) = yes(is_given(m.support_managed_by));
    f.plan(PlanFact::NomineeNeeded) = yes(nominee);
    f.plan(PlanFact::NomineeNamed) = yes(is_given(m.nominee));
    f.plan(PlanFact::FundHolderNeeded) = yes(fund);
    f.plan(PlanFact::FundHolderNamed) = yes(is_given(m.fund_holder));
    const DecisionMaking& d = plan.decisions;
    f.plan(PlanFact::DecisionsRecorded) = yes(d.recorded);
    f.plan(PlanFact::PersonDecides) = yes(d.person_decides);
    f.plan(PlanFact::LacksCapacity) = yes(d.lacks_capacity);
    f.plan(PlanFact::RepresentativeNamed) = yes(is_given(d.representative));
    f.plan(PlanFact::BestInterestsDeciderNamed) = yes(is_given(d.best_interests_decider));
}

void cost_facts(const SupportPlan& plan, const PlanCosting& c, const PlanBudget& budget, Money for_period,
                expr::PlanFacts& f) {
    int uncosted = 0;
    for (const LineCosting& line : c.lines) uncosted += line.costed ? 0 : 1;
    f.plan(PlanFact::Days) = Rational(c.days);
    f.plan(PlanFact::Weeks) = Rational(c.days, 7);
    f.plan(PlanFact::Total) = pence(c.total);
    f.plan(PlanFact::Weekly) = pence(c.weekly);
    f.plan(PlanFact::Annual) = pence(c.annual);
    f.plan(PlanFact::UncostedLines) = Rational(uncosted);
    const Money difference = budget.known ? c.total - for_period : Money{};
    f.plan(PlanFact::Difference) = pence(difference);
    f.plan(PlanFact::OverBudget) = pence(std::max(difference, Money{}));
    f.plan(PlanFact::UnderBudget) = pence(std::max(-difference, Money{}));
    f.plan(PlanFact::DifferenceExplained) = yes(is_given(plan.budget.difference_reason));
    f.plan(PlanFact::BudgetKnown) = yes(budget.known);
    f.plan(PlanFact::BudgetWeekly) = pence(budget.weekly);
    f.plan(PlanFact::BudgetForPeriod) = pence(for_period);
}

void count_facts(const SupportPlan& plan, expr::PlanFacts& f) {
    int answered = 0;
    for (const std::string& answer : plan.answers) answered += is_given(answer) ? 1 : 0;
    f.plan(PlanFact::LineCount) = Rational(std::int64_t(plan.lines.size()));
    f.plan(PlanFact::OutcomeCount) = Rational(std::int64_t(plan.outcomes.size()));
    f.plan(PlanFact::RiskCount) = Rational(std::int64_t(plan.risks.size()));
    f.plan(PlanFact::ActionCount) = Rational(std::int64_t(plan.actions.size()));
    f.plan(PlanFact::ReviewCount) = Rational(std::int64_t(plan.reviews.size()));
    f.plan(PlanFact::QuestionsAnswered) = Rational(answered);
    f.plan(PlanFact::HasContingency) = yes(is_given(plan.contingency.arrangement));
    Date last = plan.support_start();
    for (const PlanReview& review : plan.reviews) last = std::max(last, review.date);
    f.plan(PlanFact::MonthsAfterLastReview) = months_between(last, plan.end);
}

void line_facts(const SupportPlan& plan, const PlanCosting& c, const RuleSet& rules, expr::PlanFacts& f) {
    using L = expr::LineFact;
    for (std::size_t i = 0; i < plan.lines.size(); ++i) {
        const SupportLine& line = plan.lines[i];
        const LineCosting& cost = c.lines[i];
        auto set = [&](L fact, Rational value) { f.at(PlanScope::Line, int(i), int(fact)) = value; };
        const int option = is_given(line.option) ? rules.support_option_index(line.option) : -1;
        set(L::Number, Rational(std::int64_t(i + 1)));
        set(L::Kind, ordinal(line.kind));
        set(L::Described, yes(line.kind && is_given(line.description)));
        set(L::ProviderNamed, yes(is_given(line.provider)));
        set(L::Costed, yes(cost.costed));
        set(L::Cost, pence(cost.cost));
        set(L::WeeklyCost, pence(cost.weekly));
        set(L::UnitCost, line.unit_cost ? line.unit_cost->exact() : Rational(0));
        set(L::Quantity, line.quantity.value_or(Rational(0)));
        set(L::Unit, ordinal(line.unit));
        set(L::Frequency, ordinal(line.frequency));
        set(L::InsidePlan, yes(cost.inside_plan));
        set(L::OutcomeCount, Rational(std::int64_t(line.outcomes.size())));
        set(L::HeldAs, ordinal(line_held_as(plan, line)));
        set(L::HeldAsGiven, yes(line.held_as.has_value()));
        set(L::HasOption, yes(is_given(line.option)));
        set(L::OptionKnown, yes(option >= 0));
        set(L::OptionUnitCost, option >= 0 ? rules.support_options[std::size_t(option)].unit_cost.exact() : Rational(0));
        set(L::ProviderCloseRelative, yes(line.provider_close_relative));
        set(L::ProviderLivesWithPerson, yes(line.provider_lives_with_person));
        set(L::CouncilAgreed, yes(is_given(line.council_agreement)));
    }
}

void item_facts(const SupportPlan& plan, expr::PlanFacts& f) {
    for (std::size_t i = 0; i < plan.outcomes.size(); ++i) {
        std::int64_t lines = 0;
        for (const SupportLine& line : plan.lines)
            lines += std::count(line.outcomes.begin(), line.outcomes.end(), int(i));
        const Outcome& o = plan.outcomes[i];
        const Rational values[] = {Rational(std::int64_t(i + 1)), yes(is_given(o.title)), Rational(lines),
                                   yes(is_given(o.met_without_budget))};
        for (int s = 0; s < int(expr::OutcomeFact::Count); ++s) f.at(PlanScope::Outcome, int(i), s) = values[s];
    }
    for (std::size_t i = 0; i < plan.risks.size(); ++i) {
        const Risk& risk = plan.risks[i];
        const Rational values[] = {Rational(std::int64_t(i + 1)), yes(is_given(risk.description)),
                                   yes(is_given(risk.mitigation))};
        for (int s = 0; s < int(expr::RiskFact::Count); ++s) f.at(PlanScope::Risk, int(i), s) = values[s];
    }
    for (std::size_t i = 0; i < plan.actions.size(); ++i) {
        const PlanAction& action = plan.actions[i];
        const Rational values[] = {Rational(std::int64_t(i + 1)), yes(is_given(action.what)), yes(is_given(action.who)),
                                   yes(action.by.has_value())};
        for (int s = 0; s < int(expr::ActionFact::Count); ++s) f.at(PlanScope::Action, int(i), s) = values[s];
    }
    for (int q = 0; q < kSevenQuestions; ++q) {
        f.at(PlanScope::Question, q, int(expr::QuestionFact::Number)) = Rational(q + 1);
        f.at(PlanScope::Question, q, int(expr::QuestionFact::Answered)) = yes(is_given(plan.answers[std::size_t(q)]));
    }
}

void review_facts(const SupportPlan& plan, expr::PlanFacts& f) {
    using R = expr::ReviewFact;
    for (std::size_t i = 0; i < plan.reviews.size(); ++i) {
        const PlanReview& review = plan.reviews[i];
        std::int64_t earlier = 0;
        for (std::size_t j = 0; j < plan.reviews.size(); ++j)
            earlier += plan.reviews[j].date < review.date || (plan.reviews[j].date == review.date && j < i) ? 1 : 0;
        const auto previous = previous_review(plan, i);
        f.at(PlanScope::Review, int(i), int(R::Number)) = Rational(earlier + 1);
        f.at(PlanScope::Review, int(i), int(R::IsFirst)) = yes(earlier == 0);
        f.at(PlanScope::Review, int(i), int(R::WeeksAfterStart)) = Rational((review.date - plan.support_start()).days(), 7);
        f.at(PlanScope::Review, int(i), int(R::MonthsAfterPrevious)) =
            previous ? months_between(*previous, review.date) : Rational(0);
    }
}

}  // namespace

Date add_months(const Date& from, int months) {
    const int index = int(from.year()) * 12 + int(from.month()) - 1 + months;
    const int year = index / 12, month = index % 12 + 1;
    const int last = boost::gregorian::gregorian_calendar::end_of_month_day(year, month);
    return Date(boost::gregorian::greg_year(year), month, std::min(int(from.day()), last));
}

Rational months_between(const Date& from, const Date& to) {
    if (to <= from) return Rational(0);
    int whole = (int(to.year()) - int(from.year())) * 12 + int(to.month()) - int(from.month());
    if (add_months(from, whole) > to) --whole;
    const Date anchor = add_months(from, whole);
    const Date next = add_months(from, whole + 1);
    return Rational(whole) + Rational((to - anchor).days(), (next - anchor).days());
}

std::optional<Date> previous_review(const SupportPlan& plan, std::size_t index) {
    std::optional<Date> best;
    std::size_t best_index = 0;
    const auto before = [&](std::size_t a, std::size_t b) {
        return plan.reviews[a].date < plan.reviews[b].date || (plan.reviews[a].date == plan.reviews[b].date && a < b);
    };
    for (std::size_t j = 0; j < plan.reviews.size(); ++j)
        if (before(j, index) && (!best || before(best_index, j))) {
            best = plan.reviews[j].date;
            best_index = j;
        }
    return best;
}

std::optional<MoneyHeldAs> line_held_as(const SupportPlan& plan, const SupportLine& line) {
    if (line.held_as) return line.held_as;
    if (plan.money.held_as == MoneyHeldAs::Mix) return std::nullopt;
    return plan.money.held_as;
}

void build_plan_facts(const SupportPlan& plan, const PlanCosting& costing, const PlanBudget& budget,
                      Money budget_for_period, const RuleSet& rules, expr::PlanFacts& facts) {
    facts.reset({1, int(plan.lines.size()), int(plan.outcomes.size()), int(plan.risks.size()),
                 int(plan.actions.size()), int(plan.reviews.size()), kSevenQuestions});
    cost_facts(plan, costing, budget, budget_for_period, facts);
    count_facts(plan, facts);
    money_facts(plan, facts);
    line_facts(plan, costing, rules, facts);
    item_facts(plan, facts);
    review_facts(plan, facts);
}

}  // namespace openras
