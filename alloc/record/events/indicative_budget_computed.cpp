#include "alloc/record/events/indicative_budget_computed.hpp"

#include "alloc/budget/budget_report.hpp"
#include "alloc/io/canonical_json.hpp"

namespace openras::events {
namespace {

RecordedBudgetFigures figures_of(const PayloadFields& budget) {
    RecordedBudgetFigures out;
    out.person = budget.text("person");
    out.weekly = Money::from_pence(budget.whole_number("weekly_pence"));
    out.annual = Money::from_pence(budget.whole_number("annual_pence"));
    out.refer_to_panel = budget.yes_no("refer_to_panel");
    const PayloadFields rules = budget.inner("rule_set");
    out.rule_set = {rules.text("id"), rules.text("version"), rules.text("title"), rules.text("hash")};
    const nlohmann::json& lines = budget.array("explanation");
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const PayloadFields line(lines[i], budget.field("explanation[" + std::to_string(i) + "]"));
        out.explanation.push_back({line.whole_number("line"), line.text("title"), Money::from_pence(line.whole_number("pence"))});
    }
    const nlohmann::json& referrals = budget.array("panel_referrals");
    for (std::size_t i = 0; i < referrals.size(); ++i)
        out.panel_referrals.push_back(
            PayloadFields(referrals[i], budget.field("panel_referrals[" + std::to_string(i) + "]")).text("message"));
    return out;
}

// The text of the value of `{"key":{...}` at the start of a canonical payload. Empty when the
// payload does not start that way.
std::string_view leading_object(std::string_view json, std::string_view key) {
    const std::string prefix = "{\"" + std::string(key) + "\":";
    if (json.substr(0, prefix.size()) != prefix || json.size() <= prefix.size() || json[prefix.size()] != '{') return {};
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = prefix.size(); i < json.size(); ++i) {
        const char c = json[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return json.substr(prefix.size(), i + 1 - prefix.size());
        }
    }
    return {};
}

}  // namespace

IndicativeBudgetComputed IndicativeBudgetComputed::of(const Assessment& assessment, const IndicativeBudget& worked_out) {
    IndicativeBudgetComputed out;
    out.assessment.assessment = assessment;
    out.budget = nlohmann::json(budget_json(worked_out));
    out.figures = figures_of(PayloadFields(out.budget, "budget"));
    return out;
}

nlohmann::json IndicativeBudgetComputed::payload() const { return {{"assessment", assessment.payload()}, {"budget", budget}}; }

IndicativeBudgetComputed IndicativeBudgetComputed::decode(const PayloadFields& fields) {
    IndicativeBudgetComputed out;
    out.assessment = AssessmentRecorded::decode(fields.inner("assessment"));
    out.budget = fields.object("budget");
    out.figures = figures_of(fields.inner("budget"));
    return out;
}

void IndicativeBudgetComputed::append_canonical_payload(std::string_view assessment_text, std::string_view budget_text,
                                                       std::string& out) {
    out += "{\"assessment\":";
    out += assessment_text;
    out += ",\"budget\":";
    out += budget_text;
    out += '}';
}

std::string_view IndicativeBudgetComputed::stored_assessment(std::string_view canonical_payload) {
    return leading_object(canonical_payload, "assessment");
}

}  // namespace openras::events
