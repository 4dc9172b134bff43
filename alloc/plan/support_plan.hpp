#pragma once
// A support plan: how a person will spend their personal budget, in the shape of In Control's
// seven questions. The file format is described in alloc/plan/plan_file.hpp and
// docs/support-plans.md; costing is alloc/plan/plan_costing.hpp and checking alloc/plan/plan_checker.hpp.
//
// A plan can be incomplete: almost every part is optional here, because the council's plan
// checks, not the file reader, say what is missing (so the kiosk can show each gap beside its
// field). Only the person's reference and the plan's dates are always present, because nothing
// can be costed without them.
#include "rules/error.hpp"
#include "rules/money.hpp"
#include "rules/plan_vocabulary.hpp"
#include "rules/rational.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace openras {

using Date = boost::gregorian::date;

// The seven questions a support plan must answer (In Control).
inline constexpr int kSevenQuestions = 7;
struct PlanQuestion {
    std::string_view key;   // the field in the plan file's [questions] table
    std::string_view text;  // the question as people are asked it
};
inline constexpr std::array<PlanQuestion, kSevenQuestions> kPlanQuestions = {{
    {"important_to_me", "What is important to you?"},
    {"what_to_change", "What do you want to change or achieve?"},
    {"how_supported", "How will you be supported?"},
    {"how_money_used", "How will you use your budget?"},
    {"how_managed", "How will your support be managed?"},
    {"staying_in_control", "How will you stay in control?"},
    {"making_it_happen", "What will you do to make this plan happen?"},
}};

// The plan field a finding about the missing reason for a difference from the budget names.
inline constexpr std::string_view kDifferenceReasonField = "budget.difference_reason";

struct PlanBudgetStatement {
    std::optional<Money> weekly;   // the budget the plan spends, a week
    std::string kind;              // "indicative" or "agreed"; empty when not said
    std::string difference_reason; // why the plan costs more or less than the budget
};

struct Outcome {
    std::string id;
    std::string title;               // what the person wants to change or achieve
    std::string met_without_budget;  // how it is met with no paid support, if it is
    SourceLocation where;
};

struct SupportLine {
    std::optional<SupportKind> kind;
    std::string description;
    std::string provider;
    std::optional<Money> unit_cost;
    std::optional<Rational> quantity;  // per week, per month, or per occurrence
    std::optional<Unit> unit;
    std::optional<Frequency> frequency;
    std::uint8_t weekdays = 0;       // OnDays: bit d for boost weekday d (Sunday = 0)
    std::optional<Date> once_on;     // Once
    std::optional<Date> start, end;  // default: the plan's own dates
    std::vector<int> outcomes;       // indices into SupportPlan::outcomes
    std::optional<MoneyHeldAs> held_as;
    std::string option;              // a support option id from the rule set
    bool provider_close_relative = false;
    bool provider_lives_with_person = false;
    std::string council_agreement;   // the council's agreement, e.g. a decision reference
    SourceLocation where;
};

struct MoneyManagement {
    std::optional<MoneyHeldAs> held_as;
    std::string managed_by;          // who manages the money
    std::string nominee;             // for a direct payment to a nominated person
    std::string fund_holder;         // the provider holding an ISF, or the trustees
    std::string support_managed_by;  // who manages the day-to-day support
};

struct DecisionMaking {
    bool recorded = false;           // the plan has a [decisions] section
    bool person_decides = false;
    std::string representative;      // an advocate, attorney or deputy who speaks for the person
    bool lacks_capacity = false;     // for some decisions in this plan (Mental Capacity Act 2005)
    std::string capacity_decisions;  // which decisions
    std::string best_interests_decider;
};

struct Risk {
    std::string description;
    std::string mitigation;
    SourceLocation where;
};

struct Contingency {
    std::string arrangement;  // what happens when support does not turn up
    std::string contact;
};

struct PlanAction {
    std::string what;
    std::string who;
    std::optional<Date> by;
    SourceLocation where;
};

struct PlanReview {
    Date date;
    std::string note;
    SourceLocation where;
};

struct SupportPlan {
    std::string person;
    Date start, end;                  // the plan period, both days included
    std::optional<Date> written;      // picks the rule-set version; default `start`
    std::optional<Date> support_starts;  // reviews count from here; default `start`
    PlanBudgetStatement budget;
    std::array<std::string, kSevenQuestions> answers;  // in kPlanQuestions order; "" = unanswered
    std::vector<Outcome> outcomes;
    std::vector<SupportLine> lines;
    MoneyManagement money;
    DecisionMaking decisions;
    std::vector<Risk> risks;
    Contingency contingency;
    std::vector<PlanAction> actions;
    std::vector<PlanReview> reviews;
    std::string source;  // the file it came from

    Date rules_date() const { return written.value_or(start); }
    Date support_start() const { return support_starts.value_or(start); }
    int days() const { return int((end - start).days()) + 1; }
};

// True when `text` holds more than spaces.
bool is_given(std::string_view text);

}  // namespace openras
