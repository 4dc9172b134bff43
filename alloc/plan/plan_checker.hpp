#pragma once
// Checks a support plan against the council's rules: costs it (plan_costing.hpp), works out
// the facts its plan checks read (plan_facts_builder.hpp), runs every `[[plan_check]]` and
// `[[excluded_use]]` of the rule set, and returns the findings in plain English.
//
// Each finding says how serious it is, which rule raised it and why (the citation), which field
// of the plan it is about (`lines[3].unit_cost`, counting from 0, for the kiosk to show it beside
// that field), what is wrong in words, and the figures involved. Findings are ordered by
// severity, then as the plan reads (its sections in file order, items in order), then by the
// rule set's order. A plan with no blocker can be confirmed; a finding from a check marked
// `panel = true` sends it to the funding panel, which does not stop it being confirmed there.
//
// A PlanChecker compiles nothing at check time and is immutable, so one can be shared between
// threads; check() reuses the result's storage, so checking many plans allocates little.
#include "alloc/plan/excluded_words.hpp"
#include "alloc/plan/plan_budget.hpp"
#include "alloc/plan/plan_costing.hpp"
#include "alloc/plan/support_plan.hpp"
#include "rules/ruleset.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace openras {

struct PlanFinding {
    FindingSeverity severity = FindingSeverity::Blocker;
    std::string rule;     // "plan_check.<id>" or "excluded_use.<id>"
    Citation citation;
    std::string field;    // e.g. "lines[3].unit_cost"
    std::string message;
    std::vector<std::pair<std::string, std::string>> figures;  // name → value as shown
    bool refer_to_panel = false;
    // Where it sorts: plan section, item (-1 for the plan as a whole), rule order.
    int section_rank = 0;
    int item = -1;
    int rule_order = 0;
};

struct PlanCheckResult {
    PlanCosting costing;
    PlanBudget budget;
    Money budget_for_period;  // weekly × plan days / 7, rounded by the rule set's rule
    Money difference;         // plan total − budget for the period
    std::vector<PlanFinding> findings;
    int blockers = 0, warnings = 0, information = 0;
    bool refer_to_panel = false;

    bool can_be_confirmed() const { return blockers == 0; }
};

class PlanChecker {
public:
    explicit PlanChecker(std::shared_ptr<const RuleSet> rules);

    const RuleSet& rules() const { return *rules_; }
    // Findings' messages in `language` ("cy"): the rule set's plan-check messages and excluded
    // uses from its texts in it (rules/rule_texts.hpp), dates as the language writes them.
    // Empty (the default): the rule set's own words, as the decision record keeps them.
    void set_language(std::string language) { language_ = std::move(language); }
    CostingRules costing_rules() const;

    // Throws OpenRasError(Evaluation) only when a council's expression cannot be worked out
    // (for example a division by zero) or a figure outgrows 64 bits.
    void check(const SupportPlan& plan, const PlanBudget& budget, PlanCheckResult& out) const;
    PlanCheckResult check(const SupportPlan& plan, const PlanBudget& budget) const {
        PlanCheckResult out;
        check(plan, budget, out);
        return out;
    }

private:
    void run_checks(const SupportPlan& plan, PlanCheckResult& out) const;
    void run_excluded_uses(const SupportPlan& plan, PlanCheckResult& out) const;

    std::shared_ptr<const RuleSet> rules_;
    ExcludedWords excluded_words_;
    std::string language_;
};

const char* severity_name(FindingSeverity severity);  // "blocker", "warning", "information"

}  // namespace openras
