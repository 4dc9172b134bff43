#include "alloc/plan/plan_checker.hpp"

#include "alloc/report/report_words.hpp"
#include "alloc/plan/plan_facts_builder.hpp"
#include "alloc/plan/plan_wording.hpp"

#include <algorithm>

namespace openras {
namespace {

using expr::PlanScope;

// The facts are worked out per check into storage each thread keeps, so checking a plan does
// not allocate once the storage has grown to the plan's size.
expr::PlanFacts& thread_facts() {
    thread_local expr::PlanFacts facts;
    return facts;
}

int item_count(const SupportPlan& plan, PlanScope scope) {
    switch (scope) {
        case PlanScope::Plan: return 1;
        case PlanScope::Line: return int(plan.lines.size());
        case PlanScope::Outcome: return int(plan.outcomes.size());
        case PlanScope::Risk: return int(plan.risks.size());
        case PlanScope::Action: return int(plan.actions.size());
        case PlanScope::Review: return int(plan.reviews.size());
        case PlanScope::Question: return kSevenQuestions;
    }
    return 0;
}

// The check's message in `language`, when the rule set has it; else its own.
const TextTemplate& message_in(const RuleSet& rules, const std::string& language, std::size_t check) {
    if (language.empty()) return rules.plan_checks[check].message;
    const auto found = rules.check_messages.find(language);
    if (found == rules.check_messages.end() || check >= found->second.size() || !found->second[check])
        return rules.plan_checks[check].message;
    return *found->second[check];
}

PlanFinding finding_for(const PlanCheck& check, const TextTemplate& message, int order, const WordingContext& context,
                        const expr::Inputs& inputs) {
    PlanFinding f;
    f.severity = check.severity;
    f.rule = "plan_check." + check.id;
    f.citation = check.citation;
    f.field = render_template(check.field, context);
    f.message = render_template(message, context);
    for (const auto& figure : check.figures) f.figures.emplace_back(figure.name, display_value(figure.value->evaluate(inputs)));
    f.refer_to_panel = check.refer_to_panel;
    f.section_rank = check.section_rank;
    f.item = check.scope == PlanScope::Plan ? -1 : context.item;
    f.rule_order = order;
    return f;
}

bool finding_before(const PlanFinding& a, const PlanFinding& b) {
    return std::tie(a.severity, a.section_rank, a.item, a.rule_order) <
           std::tie(b.severity, b.section_rank, b.item, b.rule_order);
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

std::string lower_case(std::string_view text) {
    std::string out;
    for (char c : text) out += lower(c);
    return out;
}

std::vector<std::vector<std::string>> excluded_words_of(const RuleSet& rules) {
    std::vector<std::vector<std::string>> words;
    for (const ExcludedUse& use : rules.excluded_uses) words.push_back(use.words);
    return words;
}

}  // namespace

const char* severity_name(FindingSeverity severity) {
    return kSeverityNames[std::size_t(severity)].data();
}

PlanChecker::PlanChecker(std::shared_ptr<const RuleSet> rules)
    : rules_(std::move(rules)), excluded_words_(excluded_words_of(*rules_)) {}

CostingRules PlanChecker::costing_rules() const {
    return CostingRules{rules_->header.rounding, rules_->header.weeks_per_year};
}

void PlanChecker::run_checks(const SupportPlan& plan, PlanCheckResult& out) const {
    const expr::PlanFacts& facts = thread_facts();
    expr::Inputs inputs;
    inputs.plan = &facts;
    const auto& checks = rules_->plan_checks;
    for (std::size_t c = 0; c < checks.size(); ++c) {
        const PlanCheck& check = checks[c];
        const TextTemplate& message = message_in(*rules_, language_, c);
        if (check.scope == PlanScope::Plan) {
            inputs.plan_item = 0;
            if (check.when->test(inputs))
                out.findings.push_back(finding_for(check, message, int(c), WordingContext{plan, facts, check.scope, 0, language_}, inputs));
            continue;
        }
        thread_local std::vector<char> raised;
        check.when->test_each(inputs, item_count(plan, check.scope), raised);
        for (std::size_t item = 0; item < raised.size(); ++item) {
            if (!raised[item]) continue;
            inputs.plan_item = int(item);
            out.findings.push_back(
                finding_for(check, message, int(c), WordingContext{plan, facts, check.scope, int(item), language_}, inputs));
        }
    }
}

void PlanChecker::run_excluded_uses(const SupportPlan& plan, PlanCheckResult& out) const {
    const expr::PlanFacts& facts = thread_facts();
    expr::Inputs inputs;
    inputs.plan = &facts;
    const auto& uses = rules_->excluded_uses;
    thread_local std::vector<std::string_view> matched;
    thread_local std::vector<std::vector<char>> by_when;  // per use, per line
    by_when.resize(uses.size());
    for (std::size_t u = 0; u < uses.size(); ++u) {
        if (uses[u].when) uses[u].when->test_each(inputs, int(plan.lines.size()), by_when[u]);
        else by_when[u].assign(plan.lines.size(), 0);
    }
    for (std::size_t i = 0; i < plan.lines.size(); ++i) {
        const SupportLine& line = plan.lines[i];
        matched.assign(uses.size(), std::string_view{});
        if (!excluded_words_.empty()) {
            excluded_words_.match(line.description, matched);
            excluded_words_.match(line.provider, matched);
        }
        for (std::size_t u = 0; u < uses.size(); ++u) {
            if (matched[u].empty() && !by_when[u][i]) continue;
            const ExcludedUse& use = uses[u];
            const std::string word = lower_case(matched[u]);
            PlanFinding f;
            f.rule = "excluded_use." + use.id;
            f.citation = use.citation;
            f.field = render_template(use.field, WordingContext{plan, facts, PlanScope::Line, int(i)});
            const ReportWords& words = language_.empty() ? ReportWords::english() : ReportWords::in(language_);
            const std::string lang = words.language();
            f.message = words.format(word.empty() ? "plan.excluded" : "plan.excluded_word",
                                     {{"use", std::string(rules_->text_in(lang, "excluded_use." + use.id + ".title", use.title))},
                                      {"number", std::to_string(i + 1)},
                                      {"line", line.description},
                                      {"word", word},
                                      {"reason", std::string(rules_->text_in(lang, "excluded_use." + use.id + ".reason", use.reason))}});
            if (!word.empty()) f.figures.emplace_back("word", word);
            f.section_rank = plan_section_rank("lines");
            f.item = int(i);
            f.rule_order = int(rules_->plan_checks.size() + u);
            out.findings.push_back(std::move(f));
        }
    }
}

void PlanChecker::check(const SupportPlan& plan, const PlanBudget& budget, PlanCheckResult& out) const {
    cost_plan(plan, costing_rules(), out.costing);
    out.budget = budget;
    out.budget_for_period = budget.known ? budget_for_days(budget.weekly, out.costing.days, rules_->header.rounding) : Money{};
    out.difference = budget.known ? out.costing.total - out.budget_for_period : Money{};
    build_plan_facts(plan, out.costing, budget, out.budget_for_period, *rules_, thread_facts());
    out.findings.clear();
    run_checks(plan, out);
    run_excluded_uses(plan, out);
    std::stable_sort(out.findings.begin(), out.findings.end(), finding_before);
    out.blockers = out.warnings = out.information = 0;
    out.refer_to_panel = false;
    for (const PlanFinding& f : out.findings) {
        out.blockers += f.severity == FindingSeverity::Blocker ? 1 : 0;
        out.warnings += f.severity == FindingSeverity::Warning ? 1 : 0;
        out.information += f.severity == FindingSeverity::Information ? 1 : 0;
        out.refer_to_panel = out.refer_to_panel || f.refer_to_panel;
    }
}

}  // namespace openras
