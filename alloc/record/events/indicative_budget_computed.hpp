#pragma once
// "indicative-budget-computed": the budget worked out from an assessment. Payload
// {assessment: <as assessment-recorded>, budget: <the budget document, format 1,
// alloc/budget/budget_report.hpp>}; refers_to the assessment; rule_set names the rules.
//
// The budget document is kept whole, as recorded, so that it is stored and replayed byte for
// byte; `figures` is what people are shown of it, read from it field by field.
#include "alloc/record/events/assessment_recorded.hpp"
#include "rules/indicative_budget.hpp"
#include "rules/money.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace openras::events {

struct RecordedRuleSetName {
    std::string id, version, title, hash;
};

struct RecordedExplanationLine {
    std::int64_t line = 0;
    std::string title;
    Money amount;
};

struct RecordedBudgetFigures {
    std::string person;
    Money weekly, annual;
    bool refer_to_panel = false;
    RecordedRuleSetName rule_set;
    std::vector<RecordedExplanationLine> explanation;
    std::vector<std::string> panel_referrals;  // each referral's message
};

struct IndicativeBudgetComputed {
    AssessmentRecorded assessment;
    nlohmann::json budget;  // the budget document as recorded
    RecordedBudgetFigures figures;

    static bool is_kind(EventType type) { return type == EventType::IndicativeBudgetComputed; }
    static IndicativeBudgetComputed of(const Assessment& assessment, const IndicativeBudget& worked_out);
    nlohmann::json payload() const;
    static IndicativeBudgetComputed decode(const PayloadFields& fields);

    // The canonical payload framed straight from its parts' canonical texts, as `audit replay`
    // compares it without building the document: the same bytes as canonical_json(payload()).
    static void append_canonical_payload(std::string_view assessment_text, std::string_view budget_text, std::string& out);
    // The assessment's JSON text at the start of a stored canonical payload, found without
    // parsing the rest (the budget's explanation is most of the payload and need not be parsed
    // to be compared). Empty when the payload does not start with it.
    static std::string_view stored_assessment(std::string_view canonical_payload);
};

}  // namespace openras::events
