#pragma once
// The wording and field paths of plan checks, with their blanks already worked out.
//
// A plan check's `message` and `field` are text with blanks in braces:
//   message = "Line {number} ({line.description}) has no unit cost"
//   field   = "lines[].unit_cost"
// A blank names the item's number ({number}, from 1) or index ({index}, from 0), a plan fact
// ({plan.total}, {line.cost}), a parameter ({review_max_gap_months}) or one of the item's own
// words listed below ({line.description}). In a field, "[]" is the item's index in brackets.
// "{{" and "}}" stand for braces. Every blank is checked when the rule set loads, so a message
// can never show an unfilled or misspelt blank to a person.
#include "rules/expression/expression.hpp"
#include "rules/expression/plan_facts.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace openras {

// Words from the plan itself that a message can quote.
enum class PlanWords {
    PlanPerson, PlanStart, PlanEnd,
    LineDescription, LineProvider, LineMissing, LineMissingField, LineOption, LineCouncilAgreement,
    OutcomeId, OutcomeTitle,
    RiskDescription,
    ActionWhat, ActionWho,
    ReviewDate, ReviewPreviousDate,
    QuestionKey, QuestionText,
};

struct PlanWordsInfo {
    std::string_view name;  // "line.description"
    expr::PlanScope scope;
    PlanWords words;
};
std::span<const PlanWordsInfo> plan_words_catalogue();

struct TextTemplate {
    struct Piece {
        enum class Kind { Literal, Number, Index, BracketIndex, Fact, Parameter, Words };
        Kind kind = Kind::Literal;
        std::string text;                          // Literal; Parameter: the parameter id
        const expr::PlanFactInfo* fact = nullptr;  // Fact
        expr::Value parameter;                     // Parameter
        PlanWords words = PlanWords::PlanPerson;   // Words
    };
    std::vector<Piece> pieces;
    std::string source;
};

struct TemplateProblem {
    std::size_t offset = 0;  // bytes into the template
    std::string message;
};

// Parses `text` for a check over `scope`. `field` allows "[]". On failure returns nullopt and
// fills `problem`.
std::optional<TextTemplate> parse_text_template(std::string_view text, expr::PlanScope scope, bool field,
                                                const expr::Catalogue& catalogue, TemplateProblem& problem);

// The plan file sections, in the order a plan file lists them; findings are sorted this way.
inline constexpr std::string_view kPlanSections[] = {
    "plan", "budget", "questions", "outcomes", "lines", "money", "decisions", "risks", "contingency", "actions",
    "reviews"};

// The rank of a field path's first part in kPlanSections, or -1.
int plan_section_rank(std::string_view field);

}  // namespace openras
