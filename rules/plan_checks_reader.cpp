// Reads the parts of a rule set that check support plans: `[[plan_check]]`, `[[excluded_use]]`
// and `[[support_option]]` (docs/rule-set-format.md). Their expressions are compiled against
// the plan facts (expression/plan_facts.hpp) in the phase of their for_each, and their
// messages' blanks are resolved now, so nothing about a plan check can fail at a person.
#include "rules/expression/location.hpp"
#include "rules/loader_parts.hpp"
#include "rules/rationing_check.hpp"

#include <cctype>

namespace openras::loader {
namespace {

using expr::PlanScope;

// Where the text of a string value starts: one column after its opening quote.
SourceLocation inside(SourceLocation where) {
    where.column += 1;
    return where;
}

std::shared_ptr<const expr::Expression> compile_text(Builder& b, TomlTableReader& r, const std::string& text,
                                                     SourceLocation start, std::string_view what, PlanScope scope,
                                                     std::optional<expr::Type> expected) {
    auto compiled = expr::Expression::compile(text, inside(start), b.out.catalogue, expr::plan_phase(scope), b.problems);
    if (compiled && expected && compiled->type() != *expected) {
        r.problem(ErrorCode::WrongType,
                  "`" + r.path() + "." + std::string(what) + "` must give " + expr::type_name(*expected) +
                      ", but this expression gives " + expr::type_name(compiled->type()),
                  start);
        return nullptr;
    }
    return compiled;
}

std::optional<TextTemplate> read_template(Builder& b, TomlTableReader& r, std::string_view key, PlanScope scope,
                                          bool field, bool required, const std::string& fallback = {}) {
    const auto given = r.string(key, required);
    if (!given && fallback.empty()) return std::nullopt;
    const std::string text = given.value_or(fallback);
    TemplateProblem problem;
    auto parsed = parse_text_template(text, scope, field, b.out.catalogue, problem);
    if (!parsed)
        r.problem(ErrorCode::InvalidValue, "`" + r.path() + "." + std::string(key) + "`: " + problem.message,
                  expr::locate(text, inside(r.at(key)), problem.offset));
    return parsed;
}

// A finding points into the item it is about: "lines[]..." for a line check.
void check_field_shape(TomlTableReader& r, std::string_view key, const TextTemplate& field, PlanScope scope) {
    const std::string& text = field.source;
    std::string expected;
    if (scope == PlanScope::Question) expected = "questions.";
    else if (scope != PlanScope::Plan) expected = std::string(expr::plan_scope_section(scope)) + "[]";
    std::string sections;
    for (auto name : kPlanSections) sections += (sections.empty() ? "" : ", ") + std::string(name);
    if (plan_section_rank(text) < 0)
        r.problem_at(key, ErrorCode::InvalidValue,
                     "`" + r.path() + "." + std::string(key) + "` must start with a part of the plan (" + sections + ")");
    else if (!expected.empty() && text.rfind(expected, 0) != 0)
        r.problem_at(key, ErrorCode::InvalidValue,
                     "`" + r.path() + "." + std::string(key) + "` must point into the " +
                         std::string(expr::plan_scope_name(scope)) + " being checked: start it with \"" + expected + "\"");
}

std::optional<PlanScope> read_scope(TomlTableReader& r) {
    auto text = r.string("for_each", false);
    if (!text) return PlanScope::Plan;
    for (int s = 1; s < expr::kPlanScopeCount; ++s)
        if (expr::plan_scope_name(PlanScope(s)) == *text) return PlanScope(s);
    r.problem_at("for_each", ErrorCode::InvalidValue,
                 "`" + r.path() + ".for_each` must be \"line\", \"outcome\", \"risk\", \"action\", \"review\" or "
                 "\"question\" (leave it out to check the plan once)");
    return std::nullopt;
}

void read_figures(Builder& b, TomlTableReader& r, PlanCheck& check) {
    const toml::array* figures = r.array("figures", false);
    if (!figures) return;
    for (std::size_t i = 0; i < figures->size(); ++i) {
        const toml::node& node = *figures->get(i);
        const auto* text = node.as_string();
        if (!text) {
            r.problem(ErrorCode::WrongType, "each of `" + r.path() + ".figures` must be an expression in quotes",
                      location_of(node, b.file));
            continue;
        }
        auto value = compile_text(b, r, text->get(), location_of(node, b.file), "figures", check.scope, std::nullopt);
        if (value) check.figures.push_back({text->get(), std::move(value)});
    }
}

void read_plan_check(Builder& b, TomlTableReader& r, std::unordered_map<std::string, SourceLocation>& seen) {
    r.reject_unknown_keys({"id", "severity", "for_each", "when", "field", "message", "figures", "panel", "citation"});
    PlanCheck check;
    check.where = r.here();
    check.id = r.string("id").value_or("");
    if (auto severity = r.string("severity")) {
        if (auto index = vocabulary_index(kSeverityNames, *severity))
            check.severity = FindingSeverity(*index);
        else
            r.problem_at("severity", ErrorCode::InvalidValue,
                         "`" + r.path() + ".severity` must be \"blocker\", \"warning\" or \"information\", not \"" +
                             *severity + "\"");
    }
    const auto scope = read_scope(r);
    check.scope = scope.value_or(PlanScope::Plan);
    check.citation = r.citation().value_or(Citation{});
    check.refer_to_panel = r.boolean("panel", false).value_or(false);
    if (auto when = r.string("when"); when && scope)
        check.when = compile_text(b, r, *when, r.at("when"), "when", check.scope, expr::Type::Bool);
    if (scope) {
        if (auto message = read_template(b, r, "message", check.scope, false, true)) check.message = std::move(*message);
        if (auto field = read_template(b, r, "field", check.scope, true, true)) {
            check_field_shape(r, "field", *field, check.scope);
            check.field = std::move(*field);
        }
        read_figures(b, r, check);
    }
    check.section_rank = std::max(0, plan_section_rank(check.field.source));
    if (!check.id.empty()) b.claim_id(seen, check.id, "plan check", check.where);
    b.out.plan_checks.push_back(std::move(check));
}

// A word to look for: lower case letters, digits, ' and -, with an optional '*' at the end.
bool good_word(const std::string& word) {
    if (word.empty() || word == "*") return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        const bool last = i + 1 == word.size();
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || c == '-' || (last && c == '*'))) return false;
    }
    return true;
}

void read_words(Builder& b, TomlTableReader& r, ExcludedUse& use) {
    const toml::array* words = r.array("words", false);
    if (!words) return;
    for (std::size_t i = 0; i < words->size(); ++i) {
        const auto* text = words->get(i)->as_string();
        std::string word = text ? text->get() : std::string{};
        for (char& c : word) c = char(std::tolower(static_cast<unsigned char>(c)));
        if (!text || !good_word(word)) {
            r.problem(ErrorCode::InvalidValue,
                      "each of `" + r.path() + ".words` must be one word in quotes, such as \"casino\" or \"gambl*\"",
                      location_of(*words->get(i), b.file));
            continue;
        }
        use.words.push_back(std::move(word));
    }
    if (words->empty()) r.problem_at("words", ErrorCode::MissingField, "`" + r.path() + ".words` is empty");
}

void read_excluded_use(Builder& b, TomlTableReader& r, std::unordered_map<std::string, SourceLocation>& seen) {
    r.reject_unknown_keys({"id", "title", "reason", "words", "when", "field", "citation"});
    ExcludedUse use;
    use.where = r.here();
    use.id = r.string("id").value_or("");
    use.title = r.string("title").value_or("");
    use.reason = r.string("reason").value_or("");
    use.citation = r.citation().value_or(Citation{});
    read_words(b, r, use);
    if (auto when = r.string("when", false))
        use.when = compile_text(b, r, *when, r.at("when"), "when", PlanScope::Line, expr::Type::Bool);
    if (!r.has("words") && !r.has("when"))
        r.problem(ErrorCode::MissingField, "`" + r.path() + "` needs `words`, `when` or both", use.where);
    const std::string fallback = r.has("words") ? "lines[].description" : "lines[]";
    if (auto field = read_template(b, r, "field", PlanScope::Line, true, false, fallback)) {
        check_field_shape(r, "field", *field, PlanScope::Line);
        use.field = std::move(*field);
    }
    if (!use.id.empty()) b.claim_id(seen, use.id, "excluded use", use.where);
    b.out.excluded_uses.push_back(std::move(use));
}

template <std::size_t N>
std::optional<int> read_choice(TomlTableReader& r, std::string_view key, const std::array<std::string_view, N>& names) {
    auto text = r.string(key);
    if (!text) return std::nullopt;
    if (auto index = vocabulary_index(names, *text)) return index;
    std::string allowed;
    for (auto name : names) allowed += (allowed.empty() ? "\"" : ", \"") + std::string(name) + "\"";
    r.problem_at(key, ErrorCode::InvalidValue, "`" + r.path() + "." + std::string(key) + "` must be one of " + allowed);
    return std::nullopt;
}

void read_support_option(Builder& b, TomlTableReader& r, std::unordered_map<std::string, SourceLocation>& seen) {
    r.reject_unknown_keys({"id", "title", "description", "kind", "unit", "unit_cost", "citation"});
    SupportOption option;
    option.where = r.here();
    option.id = r.string("id").value_or("");
    option.title = r.string("title").value_or("");
    option.description = r.string("description", false).value_or("");
    option.kind = SupportKind(read_choice(r, "kind", kSupportKindNames).value_or(0));
    option.unit = Unit(read_choice(r, "unit", kUnitNames).value_or(0));
    option.unit_cost = r.money("unit_cost").value_or(Money{});
    if (option.unit_cost < Money{})
        r.problem_at("unit_cost", ErrorCode::InvalidValue, "`" + r.path() + ".unit_cost` cannot be negative");
    option.citation = r.citation().value_or(Citation{});
    if (!option.id.empty()) b.claim_id(seen, option.id, "support option", option.where);
    b.out.support_options.push_back(std::move(option));
}

// A plan refused, or sent to a panel, because of what is available is rationing as much as a
// budget cut for it (Care Act 2014 s.26; LGSCO 2018): so here the wording is checked too.
void refuse_plan_rationing(Builder& b, const std::string& what, std::initializer_list<std::string_view> texts,
                           const SourceLocation& where) {
    for (auto text : texts)
        if (auto words = supply_or_capacity_wording(text)) {
            b.problems.add(ErrorCode::Rationing,
                           what + " speaks of supply or capacity (\"" + *words +
                               "\"). A support plan is checked against the person's needs and the law, not "
                               "against what is available (Care Act 2014 s.26; LGSCO 2018), so OpenRAS refuses it",
                           where);
            return;
        }
}

void check_plan_rationing(Builder& b) {
    for (const PlanCheck& c : b.out.plan_checks)
        refuse_plan_rationing(b, "plan check \"" + c.id + "\"", {c.id, c.message.source}, c.where);
    for (const ExcludedUse& u : b.out.excluded_uses)
        refuse_plan_rationing(b, "excluded use \"" + u.id + "\"", {u.id, u.title, u.reason}, u.where);
    for (const SupportOption& o : b.out.support_options)
        refuse_plan_rationing(b, "support option \"" + o.id + "\"", {o.id, o.title}, o.where);
}

}  // namespace

void read_plan_rules(Builder& b, const toml::table& document) {
    std::unordered_map<std::string, SourceLocation> options, uses, checks;
    b.for_each_table(document, "support_option", "", false,
                     [&](TomlTableReader& r, int) { read_support_option(b, r, options); });
    b.for_each_table(document, "excluded_use", "", false,
                     [&](TomlTableReader& r, int) { read_excluded_use(b, r, uses); });
    b.for_each_table(document, "plan_check", "", false, [&](TomlTableReader& r, int) { read_plan_check(b, r, checks); });
    check_plan_rationing(b);
}

}  // namespace openras::loader
