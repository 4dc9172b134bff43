#pragma once
// The support plan a person makes on the kiosk, as they make it: mostly choices (a shared
// touchscreen has no keyboard, and choices are easier for everyone), plus the seven questions
// in their own words. build_support_plan() turns it into a SupportPlan for the council's plan
// checks and for the decision record. Everything here is personal: wipe() clears it.
#include "alloc/plan/support_plan.hpp"
#include "kiosk/flow/personal_text.hpp"
#include "kiosk/text/wording.hpp"
#include "rules/ruleset.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace openras::kiosk {

// The choices the kiosk offers, each a wording key under `plan.` (kiosk/text/). What the plan
// records is the plain-English wording of the choice, so the record reads the same whatever
// wording the person used on screen.
inline constexpr std::array<std::string_view, 6> kOutcomeChoices = {
    "outcome.mornings", "outcome.out_and_about", "outcome.home", "outcome.carer_break", "outcome.safe", "outcome.learning"};
inline constexpr std::array<std::string_view, 4> kRiskChoices = {
    "risk.falls", "risk.medicines", "risk.lonely", "risk.money"};
inline constexpr std::array<std::string_view, 3> kContingencyChoices = {
    "contingency.family", "contingency.provider", "contingency.council"};
// How the money is held: the two arrangements a person can set up here without naming anyone.
inline constexpr std::array<MoneyHeldAs, 2> kHeldAsChoices = {MoneyHeldAs::DirectPayment, MoneyHeldAs::CouncilManaged};
inline constexpr std::array<std::string_view, 3> kManagerChoices = {"manager.me", "manager.family", "manager.council"};
inline constexpr std::array<std::string_view, 2> kDeciderChoices = {"decider.me", "decider.with_help"};
// Why the plan costs more or less than the budget, when the council's check asks.
inline constexpr std::array<std::string_view, 5> kDifferenceChoices = {
    "difference.free_support", "difference.less_needed", "difference.starting_slowly", "difference.other_funding",
    "difference.needs_more"};

// The longest answer to one of the seven questions, in bytes.
inline constexpr std::size_t kMaxPlanAnswerLength = 600;

// Most units of one kind of support a week the kiosk offers (a week has 168 hours).
inline constexpr int kMaxUnitsAWeek = 70;

struct PlanDraft {
    std::array<PersonalText, kSevenQuestions> answers;
    int question = 0;                          // which of the seven is showing
    std::vector<char> outcomes;                // per kOutcomeChoices: chosen
    std::vector<int> units;                    // per RuleSet::support_options: units a week
    std::vector<std::vector<char>> serves;     // per support option, per kOutcomeChoices
    int held_as = -1;                          // index into kHeldAsChoices
    int manager = -1;                          // index into kManagerChoices
    int decider = -1;                          // index into kDeciderChoices
    std::vector<char> risks;                   // per kRiskChoices: chosen
    bool no_risks = false;                     // "none of these"
    int contingency = -1;                      // index into kContingencyChoices
    int difference = -1;                       // index into kDifferenceChoices

    void reset(const RuleSet& rules);  // empty, sized for the rule set's support options
    void wipe(const RuleSet& rules);   // zeroes the typed words, then reset()
    bool started() const;              // anything chosen or typed yet
};

// The plan period: it starts on the first Monday at least two weeks after `assessed` (time
// for the council to agree it) and lasts a year.
Date plan_start_for(Date assessed);
Date plan_end_for(Date start);  // a year on, the day before

// First review the middle of the rule set's window after support starts (6 to 8 weeks in
// the model), then one at the plan's end, with more between if the rule set's longest gap
// between reviews is shorter than the time left.
std::vector<Date> review_dates_for(const RuleSet& rules, Date start, Date end);

// The plan as the council's checks and the decision record see it. `reference` is the
// person's reference; `weekly_budget` their indicative budget.
SupportPlan build_support_plan(const PlanDraft& draft, const RuleSet& rules, const Wording& words,
                               std::string_view reference, Date assessed, Money weekly_budget);

// What the chosen support costs a week, exactly (unit cost × units, added up).
Money weekly_cost(const PlanDraft& draft, const RuleSet& rules);

// Zeroes the bytes of every string in `plan` before it is destroyed, so the person's words do
// not stay behind in freed memory (PersonalText's guarantee, for a plan built from it).
void zero_plan_text(SupportPlan& plan);

}  // namespace openras::kiosk
