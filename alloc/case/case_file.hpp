#pragma once
// A case read back from the decision record, as a social worker sees it before deciding: the
// history in plain words, the plan as submitted and its check worked out again with the rules
// that checked it, and the indicative budget explained again from the stored answers and rules.
// What cannot be read or worked out again is said in `problems`, never hidden and never fatal.
#include "alloc/case/case_queue.hpp"
#include "alloc/plan/plan_checker.hpp"
#include "alloc/plan/support_plan.hpp"
#include "alloc/record/decision_store.hpp"
#include "rules/indicative_budget.hpp"
#include "rules/money.hpp"
#include "rules/ruleset.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace openras {

struct CaseFile {
    WaitingPlan entry;
    EventId budget_event = 0;
    Money indicative_weekly;                   // as recorded with the budget
    std::optional<IndicativeBudget> budget;    // the stored answers, evaluated with the stored rules
    std::optional<SupportPlan> plan;           // the plan as submitted
    std::optional<PlanCheckResult> check;      // checked again with the stored rules and budget
    std::optional<Money> final_budget;         // a final budget already agreed for this budget
    std::vector<std::string> history;          // every event, oldest first, in UK time (alloc/audit/timeline.hpp)
    std::vector<std::string> problems;         // what could not be read or worked out again
};

// The rule sets stored in a record, loaded once each by hash and kept for the next case.
class StoredRuleSets {
public:
    // `known`: a rule set already loaded (the kiosk's own), used when its hash is asked for.
    explicit StoredRuleSets(std::shared_ptr<const RuleSet> known = nullptr);
    // nullptr, with the reason in `problem`, when the record does not hold it or it does not load.
    std::shared_ptr<const RuleSet> get(const DecisionStore& store, const std::string& hash, std::string& problem);

private:
    std::shared_ptr<const RuleSet> known_;
    std::map<std::string, std::shared_ptr<const RuleSet>> by_hash_;
};

// `source` names the record in messages (its path). Throws nothing for a damaged case: each
// problem is in the result's `problems`.
CaseFile read_case(const DecisionStore& store, const WaitingPlan& entry, StoredRuleSets& rules, const std::string& source);

}  // namespace openras
