#pragma once
// The steps of a person's case as the kiosk and `openras case` record them. Each builds the event
// (or events) and appends it; the decision record itself checks who may do it and what it must
// say (roles.hpp, event_rules.hpp), so these only gather the facts.
#include "alloc/budget/assessment.hpp"
#include "alloc/record/decision_store.hpp"
#include "alloc/record/events/recorded_events.hpp"
#include "rules/indicative_budget.hpp"
#include "rules/rule_library.hpp"
#include "rules/money.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace openras {

// A rule set offered for working out budgets: its text, and a name for messages.
struct RuleSetSource {
    std::string name;
    std::string text;
};

// Loads every rule set given into a library, remembering each one's exact text by hash.
// Throws OpenRasError with the first problem.
RuleLibrary load_rule_sources(const std::vector<RuleSetSource>& sources, std::map<std::string, std::string>& text_by_hash);

struct RecordedBudget {
    EventId assessment_event = 0;
    EventId budget_event = 0;
    IndicativeBudget budget;
};

EventId register_person(DecisionStore& store, const std::string& person, const Actor& actor, const std::string& note = {});

// Records the answers and the indicative budget worked out from them, together: the version of
// the rule sets in force on the assessment date is used, and its text is stored in the record.
// Throws OpenRasError for bad answers or rules, as `openras budget` does.
RecordedBudget record_assessment(DecisionStore& store, const Assessment& assessment, const Actor& actor,
                                 const std::vector<RuleSetSource>& rule_sets);

// Confirm, return or refer to the panel (`decision` says which). Without `plan_event` the
// person's latest plan check, or else latest submitted plan, if any, is the one decided.
EventId decide_plan(DecisionStore& store, EventType decision, const std::string& person, const Actor& actor,
                    std::optional<EventId> plan_event, const std::string& reason);

// Without `budget_event` the person's latest indicative budget is the one agreed.
EventId agree_final_budget(DecisionStore& store, const std::string& person, const Actor& actor,
                           std::optional<EventId> budget_event, Money weekly, const std::string& reason);
// The same event, built but not appended, for appending in one transaction with others.
NewEvent final_budget_event(const DecisionStore& store, const std::string& person, const Actor& actor,
                            std::optional<EventId> budget_event, Money weekly, const std::string& reason);

EventId schedule_review(DecisionStore& store, const std::string& person, const Actor& actor,
                        const boost::gregorian::date& day, const std::string& reason);
// Without `scheduled_event` the person's latest scheduled review, if any, is the one completed.
EventId complete_review(DecisionStore& store, const std::string& person, const Actor& actor,
                        const boost::gregorian::date& day, std::optional<EventId> scheduled_event,
                        const std::string& findings);

EventId record_correction(DecisionStore& store, const Actor& actor, EventId corrected, const std::string& reason,
                          const std::string& details = {});
EventId record_dispute(DecisionStore& store, const std::string& person, const Actor& actor,
                       std::optional<EventId> disputed, const std::string& reason);

}  // namespace openras
