#include "kiosk/flow/plan_draft.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace openras::kiosk {

namespace greg = boost::gregorian;

void PlanDraft::reset(const RuleSet& rules) {
    for (PersonalText& answer : answers) answer.clear();
    question = 0;
    outcomes.assign(kOutcomeChoices.size(), 0);
    units.assign(rules.support_options.size(), 0);
    serves.assign(rules.support_options.size(), std::vector<char>(kOutcomeChoices.size(), 0));
    held_as = manager = decider = contingency = difference = -1;
    risks.assign(kRiskChoices.size(), 0);
    no_risks = false;
}

void PlanDraft::wipe(const RuleSet& rules) {
    for (PersonalText& answer : answers) kiosk::wipe(answer);
    reset(rules);
}

bool PlanDraft::started() const {
    for (const PersonalText& answer : answers)
        if (!answer.empty()) return true;
    const auto any = [](const auto& list) { return std::any_of(list.begin(), list.end(), [](auto v) { return v != 0; }); };
    return any(outcomes) || any(units) || any(risks) || no_risks || held_as >= 0 || manager >= 0 || decider >= 0 ||
           contingency >= 0 || difference >= 0;
}

Date plan_start_for(Date assessed) {
    Date start = assessed + greg::days(14);
    while (start.day_of_week() != greg::Monday) start += greg::days(1);
    return start;
}

namespace {

int whole_parameter(const RuleSet& rules, std::string_view id, int otherwise) {
    for (const Parameter& p : rules.parameters)
        if (p.id == id && p.value.type == expr::Type::Number) return int(p.value.number.floor());
    return otherwise;
}

std::string plain(const Wording& words, std::string_view key) { return std::string(words.get("plan." + std::string(key), false)); }

}  // namespace

std::vector<Date> review_dates_for(const RuleSet& rules, Date start, Date end) {
    const int earliest = whole_parameter(rules, "first_review_earliest_weeks", 6);
    const int latest = whole_parameter(rules, "first_review_latest_weeks", 8);
    const int gap_months = std::max(1, whole_parameter(rules, "review_max_gap_months", 12));
    std::vector<Date> reviews{start + greg::weeks((earliest + latest) / 2)};
    while (reviews.back() < end) reviews.push_back(std::min(end, reviews.back() + greg::months(gap_months)));
    return reviews;
}

Date plan_end_for(Date start) { return start + greg::years(1) - greg::days(1); }

Money weekly_cost(const PlanDraft& draft, const RuleSet& rules) {
    Money total;
    for (std::size_t o = 0; o < rules.support_options.size() && o < draft.units.size(); ++o)
        total += Money::from_pence(rules.support_options[o].unit_cost.pence() * draft.units[o]);
    return total;
}

SupportPlan build_support_plan(const PlanDraft& draft, const RuleSet& rules, const Wording& words,
                               std::string_view reference, Date assessed, Money weekly_budget) {
    SupportPlan plan;
    plan.person = std::string(reference);
    plan.written = assessed;
    plan.start = plan_start_for(assessed);
    plan.end = plan_end_for(plan.start);
    plan.budget.weekly = weekly_budget;
    plan.budget.kind = "indicative";
    if (draft.difference >= 0) plan.budget.difference_reason = plain(words, kDifferenceChoices[std::size_t(draft.difference)]);
    for (int q = 0; q < kSevenQuestions; ++q)
        plan.answers[std::size_t(q)].assign(draft.answers[std::size_t(q)].data(), draft.answers[std::size_t(q)].size());

    // Outcomes in the list's order; `index_of` maps a choice to its place in the plan.
    std::vector<int> index_of(kOutcomeChoices.size(), -1);
    for (std::size_t c = 0; c < kOutcomeChoices.size(); ++c) {
        if (!draft.outcomes[c]) continue;
        index_of[c] = int(plan.outcomes.size());
        Outcome outcome;
        outcome.id = std::string(kOutcomeChoices[c].substr(kOutcomeChoices[c].find('.') + 1));
        outcome.title = plain(words, kOutcomeChoices[c]);
        plan.outcomes.push_back(std::move(outcome));
    }

    for (std::size_t o = 0; o < rules.support_options.size(); ++o) {
        if (draft.units[o] <= 0) continue;
        const SupportOption& option = rules.support_options[o];
        SupportLine line;
        line.kind = option.kind;
        line.description = option.title;
        line.unit_cost = option.unit_cost;
        line.quantity = Rational(draft.units[o]);
        line.unit = option.unit;
        line.frequency = Frequency::Weekly;
        line.option = option.id;
        for (std::size_t c = 0; c < kOutcomeChoices.size(); ++c)
            if (draft.serves[o][c] && index_of[c] >= 0) line.outcomes.push_back(index_of[c]);
        plan.lines.push_back(std::move(line));
    }

    if (draft.held_as >= 0) plan.money.held_as = kHeldAsChoices[std::size_t(draft.held_as)];
    if (draft.manager >= 0) {
        plan.money.managed_by = plain(words, kManagerChoices[std::size_t(draft.manager)]);
        plan.money.support_managed_by = plan.money.managed_by;
    }
    if (draft.decider >= 0) {
        plan.decisions.recorded = true;
        plan.decisions.person_decides = true;
        if (kDeciderChoices[std::size_t(draft.decider)] == "decider.with_help")
            plan.decisions.representative = plain(words, "decider.helper");
    }
    for (std::size_t r = 0; r < kRiskChoices.size(); ++r) {
        if (!draft.risks[r]) continue;
        const std::string key(kRiskChoices[r]);
        plan.risks.push_back({plain(words, key), plain(words, key + "_reduced"), {}});
    }
    if (draft.contingency >= 0) plan.contingency.arrangement = plain(words, kContingencyChoices[std::size_t(draft.contingency)]);

    // What happens next is the council's part: the kiosk writes it down rather than asking.
    plan.actions.push_back({plain(words, "action.agree_what"), plain(words, "action.agree_who"), plan.start - greg::days(1), {}});
    for (const Date& day : review_dates_for(rules, plan.start, plan.end))
        plan.reviews.push_back({day, plain(words, plan.reviews.empty() ? "review.first" : "review.later"), {}});
    return plan;
}

namespace {

void zero(std::string& s) {
    zero_memory(s.data(), s.size());
    s.clear();
}

}  // namespace

void zero_plan_text(SupportPlan& plan) {
    zero(plan.person);
    for (std::string& answer : plan.answers) zero(answer);
    for (Outcome& o : plan.outcomes) zero(o.title);
    zero(plan.money.managed_by);
    zero(plan.money.support_managed_by);
    zero(plan.decisions.representative);
    for (Risk& r : plan.risks) zero(r.description), zero(r.mitigation);
    zero(plan.contingency.arrangement);
}

}  // namespace openras::kiosk
