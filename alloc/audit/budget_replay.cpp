// Replaying an indicative budget: the stored answers, the stored rule set, the same engine and
// the same JSON writer must give the stored payload back byte for byte.
//
// Without a tree where it can: a stored assessment in canonical form (every one OpenRAS wrote) is
// read with the plain reader and checked by writing it again, and the budget is written straight
// into the record's canonical order (BudgetJsonWriter, JsonOrder::Canonical). Anything else is
// read through nlohmann, which says what is wrong with it.
#include "alloc/audit/replay.hpp"
#include "alloc/budget/budget_json_writer.hpp"
#include "alloc/io/canonical_json.hpp"
#include "alloc/io/dates.hpp"
#include "alloc/record/events/recorded_events.hpp"

#include <map>

namespace openras {
namespace {

ReplayDifference differs(std::string what) { return {std::move(what), {}}; }

std::optional<ReplayDifference> check_source_assessment(const ReplayItem& item, std::string_view answers) {
    const StoredEvent& e = item.event;
    if (!e.refers_to) return differs("it does not say which assessment it was worked out from");
    const std::optional<StoredEvent>& source = item.referenced;
    if (!source || source->known_type() != EventType::AssessmentRecorded || source->person != e.person)
        return differs("the assessment it names, event " + std::to_string(*e.refers_to) + ", is not in the record");
    if (source->payload != answers)
        return describe_json_difference("its answers are not those recorded in event " + std::to_string(source->id),
                                        source->payload, std::string(answers));
    return std::nullopt;
}

// A writer keeps the words it has made, so each replaying thread has its own for each rule set.
// Each writer holds its rule set, so no other rule set can take that address while it is kept.
const BudgetJsonWriter& canonical_writer(const std::shared_ptr<const RuleSet>& rules) {
    thread_local std::map<const RuleSet*, std::unique_ptr<BudgetJsonWriter>> writers;
    if (writers.size() >= 64 && !writers.count(rules.get())) writers.clear();  // a bound on memory
    std::unique_ptr<BudgetJsonWriter>& writer = writers[rules.get()];
    if (!writer) writer = std::make_unique<BudgetJsonWriter>(rules, JsonOrder::Canonical);
    return *writer;
}

// The stored assessment read without a tree, when writing what was read gives its text back.
std::optional<Assessment> read_canonical_assessment(std::string_view text, const std::string& source) {
    std::optional<Assessment> read = read_plain_assessment(text, source);
    if (!read || read->date.is_special()) return std::nullopt;
    thread_local std::string again;
    again.clear();
    events::AssessmentRecorded::append_canonical_payload(*read, again);
    if (again != text) return std::nullopt;
    return read;
}

}  // namespace

std::optional<ReplayDifference> replay_indicative_budget(const ReplayItem& item, const ReplayContext& context) {
    const StoredEvent& e = item.event;
    if (!e.rule_set) return differs("it names no rule set");
    const ReplayContext::LoadedRules* loaded = context.rule_set(*e.rule_set);
    if (!loaded) return differs("its rule set " + *e.rule_set + " is not stored in the record");
    if (!loaded->rules) return differs(loaded->problem);
    const std::string_view stored = events::IndicativeBudgetComputed::stored_assessment(e.payload);
    const std::string source = context.source_of(e.id);
    std::optional<Assessment> assessment = read_canonical_assessment(stored, source);
    std::string answers_text;  // the assessment's canonical text, when it was not the stored one
    thread_local std::string budget_text, recomputed;
    budget_text.clear();
    recomputed.clear();
    try {
        if (!assessment) {
            const nlohmann::json answers = nlohmann::json::parse(stored, nullptr, false);
            if (stored.empty() || answers.is_discarded()) return differs("its payload does not start with the assessment");
            assessment = events::AssessmentRecorded::decode(events::PayloadFields(answers, source)).assessment;
            answers_text = canonical_json(answers);
        }
        if (assessment->person != e.person) return differs("its assessment is for " + assessment->person + ", not " + e.person);
        if (!loaded->rules->header.in_force_on(assessment->date))
            return differs("its rule set was not in force on the assessment date, " + iso_date(assessment->date));
        // The answers found by the rule set's lookup; any mistake by resolve_answers, which names it.
        thread_local std::vector<std::pair<std::string_view, std::string_view>> given;
        thread_local AnswerSheet sheet;
        given.clear();
        for (const GivenAnswer& answer : assessment->answers) given.emplace_back(answer.question, answer.answer);
        if (!loaded->answers->resolve(given, sheet)) sheet = resolve_answers(*loaded->rules, assessment->answers, source);
        IndicativeBudget budget;
        loaded->engine->evaluate(sheet, budget, true);
        budget.person = assessment->person;
        budget.assessment_date = assessment->date;
        canonical_writer(loaded->rules).write(budget, budget_text);
    } catch (const OpenRasError& error) {
        return differs("it can no longer be worked out: " + error.error().to_string());
    }
    const std::string_view answers = answers_text.empty() ? stored : std::string_view(answers_text);
    events::IndicativeBudgetComputed::append_canonical_payload(answers, budget_text, recomputed);
    if (recomputed != e.payload)
        return describe_json_difference("the budget worked out again differs from the one recorded", e.payload, recomputed);
    return check_source_assessment(item, answers);
}

}  // namespace openras
