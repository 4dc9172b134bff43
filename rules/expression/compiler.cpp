#include "rules/expression/compiler.hpp"

#include "rules/expression/suggest.hpp"
#include "rules/expression/types.hpp"

#include <algorithm>

namespace openras::expr {
namespace {

bool is_answer_call(const SyntaxNode& node) {
    return node.kind == SyntaxKind::Call && node.name == "answer";
}

bool is_text_literal(const SyntaxNode& node) {
    return node.kind == SyntaxKind::Literal && node.value.type == Type::Text;
}

std::string listed(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

}  // namespace

Compiler::Compiler(const SyntaxTree& tree, std::string_view source, const SourceLocation& start,
                   const Catalogue& catalogue, Phase phase, Diagnostics& problems)
    : tree_(tree), source_(source), start_(start), catalogue_(catalogue), phase_(phase), problems_(problems) {
    intern("");  // text index 0 is the empty text an unanswered question gives
    program_.rounding = catalogue.rounding;
}

std::optional<Compiled> Compiler::run() {
    const Typed root = visit(tree_.root);
    if (failed_ || !root.ok()) return std::nullopt;
    finish_tables();
    program_.root = root.node;
    return Compiled{std::move(program_), *root.type, std::move(references_)};
}

Typed Compiler::visit(int index) {
    const SyntaxNode& node = tree_[index];
    switch (node.kind) {
        case SyntaxKind::Literal: return literal(node);
        case SyntaxKind::Name: return name(node);
        case SyntaxKind::Call: return call(node);
        case SyntaxKind::Unary: return unary(node);
        case SyntaxKind::Binary: return binary(node);
        case SyntaxKind::If: return conditional(node);
    }
    return {};
}

Typed Compiler::literal(const SyntaxNode& node) {
    return {emit(Op::Constant, -1, -1, -1, slot_of(node.value)), node.value.type};
}

bool Compiler::totals_allowed(const SyntaxNode& node, std::string_view what) {
    if (phase_ == Phase::Threshold) return true;
    problem(ErrorCode::InvalidValue, node.at,
            std::string(what) + " can only be used in a threshold: rules that add money cannot "
                                "read totals, so they cannot cap a budget");
    return false;
}

// Plan checks read the support plan; the budget they compare with may be an agreed figure
// with no questionnaire behind it, so they cannot read answers or points.
bool Compiler::answers_allowed(const SyntaxNode& node) {
    if (!plan_scope_of(phase_)) return true;
    problem(ErrorCode::InvalidValue, node.at,
            std::string(node.name) + (node.kind == SyntaxKind::Call ? "(...)" : "") +
                " cannot be used in a plan check: plan checks read the support plan (plan.total, "
                "line.unit_cost, ...), not the questionnaire");
    return false;
}

Typed Compiler::name(const SyntaxNode& node) {
    if (node.name.find('.') != std::string_view::npos) return plan_fact(node);
    if (node.name == "total_points") {
        if (!answers_allowed(node)) return {};
        refer(Reference::Kind::TotalPoints, {});
        return {emit(Op::TotalPoints), Type::Number};
    }
    if (node.name == "weekly_total") {
        if (!totals_allowed(node, "weekly_total")) return {};
        refer(Reference::Kind::WeeklyTotal, {});
        return {emit(Op::WeeklyTotal), Type::Money};
    }
    if (const auto found = catalogue_.parameters.find(std::string(node.name));
        found != catalogue_.parameters.end()) {
        refer(Reference::Kind::Parameter, node.name);
        return {emit(Op::Constant, -1, -1, -1, slot_of(found->second)), found->second.type};
    }
    const std::string written(node.name);
    if (std::find(std::begin(function_names), std::end(function_names), node.name) != std::end(function_names)) {
        problem(ErrorCode::Syntax, node.at, written + " needs brackets, for example " + written + "(\"...\")");
        return {};
    }
    std::vector<std::string_view> candidates;
    if (const auto scope = plan_scope_of(phase_)) {
        for (const PlanFactInfo& fact : plan_fact_catalogue())
            if (fact.scope == PlanScope::Plan || fact.scope == *scope) candidates.push_back(fact.name);
    } else {
        candidates.push_back("total_points");
    }
    if (phase_ == Phase::Threshold) candidates.push_back("weekly_total");
    for (const auto& [id, value] : catalogue_.parameters) candidates.push_back(id);
    std::sort(candidates.begin(), candidates.end());  // the same suggestion on every run
    problem(ErrorCode::UnknownName, node.at,
            "unknown name \"" + written + "\": it is not a parameter of this rule set" +
                did_you_mean(node.name, candidates));
    return {};
}

Typed Compiler::unary(const SyntaxNode& node) {
    const Typed operand = visit(node.children[0]);
    if (!operand.ok()) return {};
    const Type type = *operand.type;
    if (node.op == TokenKind::Not) {
        if (type == Type::Bool) return {emit(Op::Not, operand.node), Type::Bool};
        problem(ErrorCode::WrongType, node.at, "\"not\" needs a true/false value, not " + a_type(type));
        return {};
    }
    if (type == Type::Number || type == Type::Money) return {emit(Op::Negate, operand.node), type};
    problem(ErrorCode::WrongType, node.at, "cannot make " + a_type(type) + " negative");
    return {};
}

Typed Compiler::binary(const SyntaxNode& node) {
    if (node.op == TokenKind::Equal || node.op == TokenKind::NotEqual) {
        if (auto test = answer_test(node)) return *test;
        if (auto test = plan_text_test(node)) return *test;
    }
    const Typed left = visit(node.children[0]);
    const Typed right = visit(node.children[1]);
    if (!left.ok() || !right.ok()) return {};
    const auto result = binary_result(node.op, *left.type, *right.type);
    if (!result) {
        problem(ErrorCode::WrongType, node.at, binary_problem(node.op, *left.type, *right.type));
        return {};
    }
    return {emit(binary_op(node.op), left.node, right.node), *result};
}

// answer("q") == "regular" (either way round) becomes one comparison of answer indices, and
// a misspelt answer is caught here rather than silently never matching.
std::optional<Typed> Compiler::answer_test(const SyntaxNode& node) {
    const SyntaxNode* call = &tree_[node.children[0]];
    const SyntaxNode* text = &tree_[node.children[1]];
    if (!is_answer_call(*call)) std::swap(call, text);
    if (!is_answer_call(*call) || !is_text_literal(*text)) return std::nullopt;
    if (!answers_allowed(*call)) return Typed{};
    const auto question = catalogued(*call, Catalogued::Question, 1);
    if (!question) return Typed{};
    const auto& ids = catalogue_.questions[static_cast<std::size_t>(*question)].answer_ids;
    const auto found = std::find(ids.begin(), ids.end(), text->value.text);
    if (found == ids.end() && !text->value.text.empty()) {
        problem(ErrorCode::InvalidValue, text->at,
                "answer(\"" + std::string(tree_[call->children[0]].value.text) + "\") is compared with \"" +
                    text->value.text + "\", which is not one of its answers (" + listed(ids) + ")" +
                    did_you_mean(text->value.text, {ids.begin(), ids.end()}));
        return Typed{};
    }
    const auto answer = found == ids.end() ? -1 : static_cast<std::int32_t>(found - ids.begin());
    const Op op = node.op == TokenKind::Equal ? Op::AnswerIs : Op::AnswerIsNot;
    return Typed{emit(op, *question, answer), Type::Bool};
}

Typed Compiler::conditional(const SyntaxNode& node) {
    const Typed condition = visit(node.children[0]);
    const Typed then_part = visit(node.children[1]);
    const Typed else_part = visit(node.children[2]);
    bool good = condition.ok() && then_part.ok() && else_part.ok();
    if (condition.ok() && *condition.type != Type::Bool) {
        problem(ErrorCode::WrongType, tree_[node.children[0]].start,
                "the condition after \"if\" must be true or false, but it is " + a_type(*condition.type));
        good = false;
    }
    if (then_part.ok() && else_part.ok() && *then_part.type != *else_part.type) {
        problem(ErrorCode::WrongType, tree_[node.children[2]].start,
                "the \"then\" and \"else\" parts must give the same type, but \"then\" gives " +
                    a_type(*then_part.type) + " and \"else\" gives " + a_type(*else_part.type));
        good = false;
    }
    if (!good) return {};
    return {emit(Op::If, condition.node, then_part.node, else_part.node), *then_part.type};
}

std::optional<Compiled> compile_tree(const SyntaxTree& tree, std::string_view source,
                                     const SourceLocation& start, const Catalogue& catalogue,
                                     Phase phase, Diagnostics& problems) {
    return Compiler(tree, source, start, catalogue, phase, problems).run();
}

}  // namespace openras::expr
