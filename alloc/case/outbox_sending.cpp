#include "alloc/case/outbox_sending.hpp"

#include "alloc/case/plan_recording.hpp"
#include "rules/error.hpp"

namespace openras {

OutboxSent send_outbox(Outbox& outbox, DecisionStore& store, const Actor& actor, const std::vector<RuleSetSource>& rule_sets,
                       const UtcClock& clock, const std::function<void(SendingStep)>& cut) {
    const auto at = [&](SendingStep step) {
        if (cut) cut(step);
    };
    if (const std::vector<std::string> problems = outbox.check(); !problems.empty())
        throw OpenRasError(Error{ErrorCode::StoreFormat,
                                 "was changed on the kiosk (" + problems.front() + "), so nothing in it was sent; call the council",
                                 SourceLocation{outbox.path(), 0, 0, {}}});
    OutboxSent result;
    const std::vector<OutboxEntry> waiting = outbox.waiting();
    result.still_waiting = waiting.size();
    for (const OutboxEntry& entry : waiting) {
        const OutboxSubmission sent = OutboxSubmission::from_json(entry.body, outbox.path() + ": entry " + std::to_string(entry.seq));
        std::optional<EventId> plan_event;
        const bool now = store.append_once(entry.id, [&] {
            if (!store.person_registered(sent.person)) register_person(store, sent.person, actor);
            at(SendingStep::Registered);
            Assessment assessment;
            assessment.person = sent.person;
            assessment.date = sent.date;
            assessment.source = "the kiosk";
            for (const auto& [question, answer] : sent.answers) assessment.answers.push_back({question, answer, {}});
            const RecordedBudget budget = record_assessment(store, assessment, actor, rule_sets);
            at(SendingStep::Assessed);
            plan_event = record_plan(store, sent.plan, "the kiosk", actor, rule_sets, budget.budget_event, sent.reference).plan_event;
            at(SendingStep::PlanRecorded);
        });
        if (!now) {
            const std::optional<StoredEvent> recorded = store.plan_submitted_with(sent.reference);
            if (recorded) plan_event = recorded->id;
        }
        at(SendingStep::Committed);
        outbox.mark_sent(entry.id, plan_event.value_or(0), iso_utc(clock()));
        ++(now ? result.sent : result.sent_before);
        --result.still_waiting;
        result.last_plan_event = plan_event;
    }
    return result;
}

}  // namespace openras
