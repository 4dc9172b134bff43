#include "rules/plan_template.hpp"

#include "rules/expression/suggest.hpp"

namespace openras {
namespace {

using expr::PlanScope;

constexpr PlanWordsInfo kWords[] = {
    {"plan.person", PlanScope::Plan, PlanWords::PlanPerson},
    {"plan.start", PlanScope::Plan, PlanWords::PlanStart},
    {"plan.end", PlanScope::Plan, PlanWords::PlanEnd},
    {"line.description", PlanScope::Line, PlanWords::LineDescription},
    {"line.provider", PlanScope::Line, PlanWords::LineProvider},
    {"line.missing", PlanScope::Line, PlanWords::LineMissing},              // "unit cost"
    {"line.missing_field", PlanScope::Line, PlanWords::LineMissingField},  // "unit_cost"
    {"line.option", PlanScope::Line, PlanWords::LineOption},
    {"line.council_agreement", PlanScope::Line, PlanWords::LineCouncilAgreement},
    {"outcome.id", PlanScope::Outcome, PlanWords::OutcomeId},
    {"outcome.title", PlanScope::Outcome, PlanWords::OutcomeTitle},
    {"risk.description", PlanScope::Risk, PlanWords::RiskDescription},
    {"action.what", PlanScope::Action, PlanWords::ActionWhat},
    {"action.who", PlanScope::Action, PlanWords::ActionWho},
    {"review.date", PlanScope::Review, PlanWords::ReviewDate},
    {"review.previous_date", PlanScope::Review, PlanWords::ReviewPreviousDate},
    {"question.key", PlanScope::Question, PlanWords::QuestionKey},
    {"question.text", PlanScope::Question, PlanWords::QuestionText},
};

bool visible(PlanScope fact_scope, PlanScope check_scope) {
    return fact_scope == PlanScope::Plan || fact_scope == check_scope;
}

// Fills `piece` for the blank `name`; returns a problem message, or "" when it is known.
std::string resolve_blank(std::string_view name, PlanScope scope, const expr::Catalogue& catalogue,
                          TextTemplate::Piece& piece) {
    using Kind = TextTemplate::Piece::Kind;
    const bool item = scope != PlanScope::Plan;
    if (name == "number" || name == "index") {
        if (!item) return "{" + std::string(name) + "} needs a plan check with for_each";
        piece.kind = name == "number" ? Kind::Number : Kind::Index;
        return {};
    }
    for (const PlanWordsInfo& words : kWords)
        if (words.name == name && visible(words.scope, scope)) {
            piece.kind = Kind::Words;
            piece.words = words.words;
            return {};
        }
    if (const expr::PlanFactInfo* fact = expr::find_plan_fact(name); fact && visible(fact->scope, scope)) {
        piece.kind = Kind::Fact;
        piece.fact = fact;
        return {};
    }
    if (const auto found = catalogue.parameters.find(std::string(name)); found != catalogue.parameters.end()) {
        piece.kind = Kind::Parameter;
        piece.text = found->first;
        piece.parameter = found->second;
        return {};
    }
    std::vector<std::string_view> known{"number", "index"};
    for (const PlanWordsInfo& words : kWords)
        if (visible(words.scope, scope)) known.push_back(words.name);
    for (const expr::PlanFactInfo& fact : expr::plan_fact_catalogue())
        if (visible(fact.scope, scope)) known.push_back(fact.name);
    return "unknown blank {" + std::string(name) + "}" + expr::did_you_mean(name, known);
}

void add_literal(TextTemplate& out, std::string_view text) {
    if (text.empty()) return;
    if (!out.pieces.empty() && out.pieces.back().kind == TextTemplate::Piece::Kind::Literal)
        out.pieces.back().text += text;
    else
        out.pieces.push_back({TextTemplate::Piece::Kind::Literal, std::string(text), nullptr, {}, PlanWords::PlanPerson});
}

}  // namespace

std::span<const PlanWordsInfo> plan_words_catalogue() { return kWords; }

std::optional<TextTemplate> parse_text_template(std::string_view text, PlanScope scope, bool field,
                                                const expr::Catalogue& catalogue, TemplateProblem& problem) {
    TextTemplate out;
    out.source = std::string(text);
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
            add_literal(out, text.substr(i, 1));
            i += 2;
        } else if (c == '}') {
            problem = {i, "a \"}\" with no \"{\" before it; write \"}}\" for a brace"};
            return std::nullopt;
        } else if (c == '{') {
            const std::size_t close = text.find('}', i);
            if (close == std::string_view::npos) {
                problem = {i, "this \"{\" is not closed with \"}\""};
                return std::nullopt;
            }
            TextTemplate::Piece piece;
            const std::string why = resolve_blank(text.substr(i + 1, close - i - 1), scope, catalogue, piece);
            if (!why.empty()) {
                problem = {i, why};
                return std::nullopt;
            }
            out.pieces.push_back(std::move(piece));
            i = close + 1;
        } else if (field && c == '[' && i + 1 < text.size() && text[i + 1] == ']') {
            if (scope == PlanScope::Plan) {
                problem = {i, "\"[]\" stands for an item's index, so it needs a plan check with for_each"};
                return std::nullopt;
            }
            out.pieces.push_back({TextTemplate::Piece::Kind::BracketIndex, {}, nullptr, {}, PlanWords::PlanPerson});
            i += 2;
        } else {
            const std::size_t next = text.find_first_of(field ? "{}[" : "{}", i + 1);
            const std::size_t end = next == std::string_view::npos ? text.size() : next;
            add_literal(out, text.substr(i, end - i));
            i = end;
        }
    }
    return out;
}

int plan_section_rank(std::string_view field) {
    const std::size_t end = field.find_first_of(".[{");
    const std::string_view root = field.substr(0, end);
    for (std::size_t i = 0; i < std::size(kPlanSections); ++i)
        if (kPlanSections[i] == root) return int(i);
    return -1;
}

}  // namespace openras
