// Replaying an indicative budget: the stored answers, the stored rule set, the same engine and
// the same JSON writer must give the stored payload back byte for byte.
#include "alloc/audit/replay.hpp"
#include "alloc/budget/budget_report.hpp"
#include "alloc/io/canonical_json.hpp"
#include "alloc/io/dates.hpp"
#include "alloc/record/events/recorded_events.hpp"

namespace openras {
namespace {

ReplayDifference differs(std::string what) { return {std::move(what), {}}; }

std::optional<ReplayDifference> check_source_assessment(const ReplayItem& item, const std::string& answers) {
    const StoredEvent& e = item.event;
    if (!e.refers_to) return differs("it does not say which assessment it was worked out from");
    const std::optional<StoredEvent>& source = item.referenced;
    if (!source || source->known_type() != EventType::AssessmentRecorded || source->person != e.person)
        return differs("the assessment it names, event " + std::to_string(*e.refers_to) + ", is not in the record");
    if (source->payload != answers)
        return describe_json_difference("its answers are not those recorded in event " + std::to_string(source->id),
                                        source->payload, answers);
    return std::nullopt;
}

}  // namespace

std::optional<ReplayDifference> replay_indicative_budget(const ReplayItem& item, const ReplayContext& context) {
    const StoredEvent& e = item.event;
    if (!e.rule_set) return differs("it names no rule set");
    const ReplayContext::LoadedRules* loaded = context.rule_set(*e.rule_set);
    if (!loaded) return differs("its rule set " + *e.rule_set + " is not stored in the record");
    if (!loaded->rules) return differs(loaded->problem);
    const std::string_view answers_text = events::IndicativeBudgetComputed::stored_assessment(e.payload);
    const nlohmann::json answers = nlohmann::json::parse(answers_text, nullptr, false);
    if (answers_text.empty() || answers.is_discarded()) return differs("its payload does not start with the assessment");
    const std::string source = context.source_of(e.id);
    std::string recomputed;
    try {
        const Assessment assessment = events::AssessmentRecorded::decode(events::PayloadFields(answers, source)).assessment;
        if (assessment.person != e.person) return differs("its assessment is for " + assessment.person + ", not " + e.person);
        if (!loaded->rules->header.in_force_on(assessment.date))
            return differs("its rule set was not in force on the assessment date, " + iso_date(assessment.date));
        IndicativeBudget budget;
        loaded->engine->evaluate(resolve_answers(*loaded->rules, assessment.answers, source), budget, true);
        budget.person = assessment.person;
        budget.assessment_date = assessment.date;
        events::IndicativeBudgetComputed::append_canonical_payload(answers, budget_json(budget), recomputed);
    } catch (const OpenRasError& error) {
        return differs("it can no longer be worked out: " + error.error().to_string());
    }
    if (recomputed != e.payload)
        return describe_json_difference("the budget worked out again differs from the one recorded", e.payload, recomputed);
    return check_source_assessment(item, canonical_json(answers));
}

}  // namespace openras
