#include "alloc/plan/plan_wording.hpp"

#include "alloc/io/dates.hpp"
#include "alloc/io/dates_in.hpp"
#include "alloc/plan/plan_facts_builder.hpp"

namespace openras {
namespace {

using Kind = TextTemplate::Piece::Kind;

// A date as `language` writes it ("1 Mai 2026"); English as the rest of OpenRAS does.
std::string date_in(const Date& day, std::string_view language) {
    return language.empty() || language == "en-GB" ? long_date(day) : long_date_in(language, day);
}

std::string date_words(const std::optional<Date>& day, std::string_view language) {
    return day ? date_in(*day, language) : std::string("(none)");
}

std::string plan_words(PlanWords words, const SupportPlan& plan, int item, std::string_view language) {
    const auto i = std::size_t(item);
    switch (words) {
        case PlanWords::PlanPerson: return plan.person;
        case PlanWords::PlanStart: return date_in(plan.start, language);
        case PlanWords::PlanEnd: return date_in(plan.end, language);
        case PlanWords::LineDescription: return plan.lines[i].description;
        case PlanWords::LineProvider: return plan.lines[i].provider;
        case PlanWords::LineMissing: return words_of(missing_cost_field(plan.lines[i]));
        case PlanWords::LineMissingField: return std::string(missing_cost_field(plan.lines[i]));
        case PlanWords::LineOption: return plan.lines[i].option;
        case PlanWords::LineCouncilAgreement: return plan.lines[i].council_agreement;
        case PlanWords::OutcomeId: return plan.outcomes[i].id;
        case PlanWords::OutcomeTitle: return plan.outcomes[i].title;
        case PlanWords::RiskDescription: return plan.risks[i].description;
        case PlanWords::ActionWhat: return plan.actions[i].what;
        case PlanWords::ActionWho: return plan.actions[i].who;
        case PlanWords::ReviewDate: return date_in(plan.reviews[i].date, language);
        case PlanWords::ReviewPreviousDate: return date_words(previous_review(plan, i), language);
        case PlanWords::QuestionKey: return std::string(kPlanQuestions[i].key);
        case PlanWords::QuestionText: return std::string(kPlanQuestions[i].text);
    }
    return {};
}

std::string fact_words(const expr::PlanFactInfo& fact, const WordingContext& c) {
    const int item = fact.scope == expr::PlanScope::Plan ? 0 : c.item;
    const Rational& slot = c.facts.get(fact.scope, item, fact.slot);
    switch (fact.type) {
        case expr::Type::Text: return words_of(fact.values[std::size_t(slot.numerator())]);  // "direct payment"
        case expr::Type::Bool: return slot.is_zero() ? "no" : "yes";
        case expr::Type::Money: return display_value(expr::Value::of_money_pence(slot));
        case expr::Type::Number: return display_value(expr::Value::of_number(slot));
    }
    return {};
}

}  // namespace

std::string display_value(const expr::Value& value) {
    if (value.type != expr::Type::Number) return value.to_display_string();
    const std::string exact = value.number.to_decimal_string(4);
    if (exact.find('/') == std::string::npos) return exact;
    const Rational hundredths((value.number * Rational(100)).round(RoundingRule::HalfUp), 100);
    return "about " + hundredths.to_decimal_string(2);
}

std::string words_of(std::string_view name) {
    std::string out(name);
    for (char& c : out) c = c == '_' ? ' ' : c;
    return out;
}

std::string render_template(const TextTemplate& text, const WordingContext& c) {
    std::string out;
    for (const TextTemplate::Piece& piece : text.pieces) {
        switch (piece.kind) {
            case Kind::Literal: out += piece.text; break;
            case Kind::Number: out += std::to_string(c.item + 1); break;
            case Kind::Index: out += std::to_string(c.item); break;
            case Kind::BracketIndex: out += "[" + std::to_string(c.item) + "]"; break;
            case Kind::Fact: out += fact_words(*piece.fact, c); break;
            case Kind::Parameter: out += display_value(piece.parameter); break;
            case Kind::Words: out += plan_words(piece.words, c.plan, c.item, c.language); break;
        }
    }
    return out;
}

}  // namespace openras
