// Compiling the facts about a support plan that plan checks read (plan_facts.hpp).
#include "rules/expression/compiler.hpp"

#include "rules/expression/suggest.hpp"

#include <algorithm>

namespace openras::expr {
namespace {

std::string listed(std::span<const std::string_view> values) {
    std::string out;
    for (std::size_t i = 1; i < values.size(); ++i) out += (out.empty() ? "\"" : ", \"") + std::string(values[i]) + "\"";
    return out;
}

bool is_text_literal(const SyntaxNode& node) {
    return node.kind == SyntaxKind::Literal && node.value.type == Type::Text;
}

const PlanFactInfo* text_fact_named(const SyntaxNode& node) {
    if (node.kind != SyntaxKind::Name) return nullptr;
    const PlanFactInfo* fact = find_plan_fact(node.name);
    return fact && fact->type == Type::Text ? fact : nullptr;
}

}  // namespace

Typed Compiler::plan_fact(const SyntaxNode& node) {
    const std::string written(node.name);
    const auto scope = plan_scope_of(phase_);
    if (!scope) {
        problem(ErrorCode::InvalidValue, node.at,
                "\"" + written + "\" is a fact about a support plan: it can only be used in a [[plan_check]]");
        return {};
    }
    const PlanFactInfo* fact = find_plan_fact(written);
    if (!fact) {
        std::vector<std::string_view> visible;
        for (const PlanFactInfo& f : plan_fact_catalogue())
            if (f.scope == PlanScope::Plan || f.scope == *scope) visible.push_back(f.name);
        problem(ErrorCode::UnknownName, node.at, "unknown plan fact \"" + written + "\"" + did_you_mean(written, visible));
        return {};
    }
    if (fact->scope != PlanScope::Plan && fact->scope != *scope) {
        const std::string item(plan_scope_name(fact->scope));
        problem(ErrorCode::InvalidValue, node.at,
                "\"" + written + "\" is about one " + item + ": use it in a plan check with for_each = \"" + item +
                    "\"");
        return {};
    }
    refer(Reference::Kind::PlanFact, fact->name);
    if (fact->type == Type::Text)
        return {emit(Op::PlanText, fact->slot, std::int32_t(fact->scope), enumeration_entry(*fact)), Type::Text};
    return {emit(Op::PlanFact, fact->slot, std::int32_t(fact->scope)), fact->type};
}

// line.kind == "agency_care" (either way round): a value that is not in the fact's list would
// never match, so it is refused here, as a misspelt answer is.
std::optional<Typed> Compiler::plan_text_test(const SyntaxNode& node) {
    const SyntaxNode* name = &tree_[node.children[0]];
    const SyntaxNode* text = &tree_[node.children[1]];
    if (!text_fact_named(*name)) std::swap(name, text);
    const PlanFactInfo* fact = text_fact_named(*name);
    if (!fact || !is_text_literal(*text) || !plan_scope_of(phase_)) return std::nullopt;
    const auto& values = fact->values;
    if (std::find(values.begin(), values.end(), text->value.text) != values.end()) return std::nullopt;
    problem(ErrorCode::InvalidValue, text->at,
            std::string(fact->name) + " is compared with \"" + text->value.text + "\", which is not one of its values (" +
                listed(values) + ", or \"\" when not given)" +
                did_you_mean(text->value.text, {values.begin() + 1, values.end()}));
    return Typed{};
}

std::int32_t Compiler::enumeration_entry(const PlanFactInfo& fact) {
    if (const auto found = enumeration_entries_.find(&fact); found != enumeration_entries_.end()) return found->second;
    std::vector<std::int32_t> texts;
    for (std::string_view value : fact.values) texts.push_back(intern(value));
    const auto entry = static_cast<std::int32_t>(program_.enumerations.size());
    program_.enumerations.push_back(std::move(texts));
    enumeration_entries_.emplace(&fact, entry);
    return entry;
}

}  // namespace openras::expr
