#include "alloc/case/case_file.hpp"

#include "alloc/audit/timeline.hpp"
#include "alloc/io/dates.hpp"
#include "alloc/record/events/recorded_events.hpp"
#include "rules/answer_sheet.hpp"
#include "rules/budget_engine.hpp"
#include "rules/ruleset_loader.hpp"

namespace openras {
namespace {

// The plan as submitted, and its check worked out again with the rules that checked it.
// Returns the budget event the check names, if any.
std::optional<EventId> read_plan(const DecisionStore& store, CaseFile& c, StoredRuleSets& rule_sets) {
    const std::optional<StoredEvent> submitted = store.event(c.entry.plan_event);
    if (submitted) {
        try {
            c.plan = events::read_event<events::PlanSubmitted>(*submitted).plan();
        } catch (const OpenRasError& e) {
            c.problems.push_back("the submitted plan does not read: " + e.error().to_string());
        }
    }
    const std::optional<StoredEvent> checked = c.entry.check_event ? store.event(c.entry.check_event) : std::nullopt;
    if (!checked) return std::nullopt;
    const events::PlanChecked check = events::read_event<events::PlanChecked>(*checked);
    std::string problem;
    const std::shared_ptr<const RuleSet> rules = checked->rule_set ? rule_sets.get(store, *checked->rule_set, problem) : nullptr;
    if (rules && c.plan) c.check = PlanChecker(rules).check(*c.plan, check.budget_input);
    else if (!problem.empty()) c.problems.push_back(problem);
    return check.budget_event;
}

// The indicative budget the plan was checked against (or the latest), explained again.
void read_budget(const DecisionStore& store, const std::vector<StoredEvent>& events, std::optional<EventId> budget_event,
                 CaseFile& c, StoredRuleSets& rule_sets, const std::string& source) {
    std::optional<StoredEvent> budget = budget_event ? store.event(*budget_event)
                                                     : store.latest_of(c.entry.person, EventType::IndicativeBudgetComputed);
    // A plan checked again against an agreed final budget: the indicative budget is the one
    // that final budget was agreed for.
    if (budget && budget->known_type() == EventType::FinalBudgetAgreed && budget->refers_to) budget = store.event(*budget->refers_to);
    if (!budget || budget->known_type() != EventType::IndicativeBudgetComputed) return;
    c.budget_event = budget->id;
    const events::IndicativeBudgetComputed recorded = events::read_event<events::IndicativeBudgetComputed>(*budget);
    c.indicative_weekly = recorded.figures.weekly;
    std::string problem;
    const std::shared_ptr<const RuleSet> rules = budget->rule_set ? rule_sets.get(store, *budget->rule_set, problem) : nullptr;
    if (rules) {
        const Assessment& assessment = recorded.assessment.assessment;
        const std::string answers_source = source + ":event:" + std::to_string(budget->id);
        IndicativeBudget worked = BudgetEngine(rules).evaluate(resolve_answers(*rules, assessment.answers, answers_source), true);
        worked.person = assessment.person;
        worked.assessment_date = assessment.date;
        if (worked.weekly != c.indicative_weekly)
            c.problems.push_back("the budget worked out again is " + worked.weekly.to_string() + " a week, not the " +
                                 c.indicative_weekly.to_string() + " recorded");
        c.budget = std::move(worked);
    } else if (!problem.empty()) {
        c.problems.push_back(problem);
    }
    for (const StoredEvent& e : events)
        if (e.known_type() == EventType::FinalBudgetAgreed && e.refers_to == budget->id)
            c.final_budget = events::read_event<events::FinalBudgetAgreed>(e).weekly;
}

}  // namespace

StoredRuleSets::StoredRuleSets(std::shared_ptr<const RuleSet> known) : known_(std::move(known)) {}

std::shared_ptr<const RuleSet> StoredRuleSets::get(const DecisionStore& store, const std::string& hash, std::string& problem) {
    if (const auto found = by_hash_.find(hash); found != by_hash_.end()) return found->second;
    if (known_ && known_->hash == hash) return by_hash_[hash] = known_;
    const std::optional<std::string> text = store.rule_set_text(hash);
    if (!text) {
        problem = "the rule set " + hash + " is not stored in the record";
        return nullptr;
    }
    RuleSetLoad load = load_rule_set(*text, "the record's rule set " + hash);
    if (!load.rule_set) {
        problem = load.problems.errors().empty() ? "a stored rule set does not load" : load.problems.errors().front().message;
        return nullptr;
    }
    return by_hash_[hash] = load.rule_set;
}

CaseFile read_case(const DecisionStore& store, const WaitingPlan& entry, StoredRuleSets& rules, const std::string& source) {
    CaseFile c;
    c.entry = entry;
    try {
        const std::vector<StoredEvent> events = store.events_of(entry.person);
        for (const StoredEvent& e : events) c.history.push_back(uk_local_time(e.recorded_at) + ": " + event_summary(e));
        const std::optional<EventId> budget_event = read_plan(store, c, rules);
        read_budget(store, events, budget_event, c, rules, source);
    } catch (const OpenRasError& e) {
        c.problems.push_back(e.error().message);
    }
    return c;
}

}  // namespace openras
