#include "alloc/budget_service.hpp"

#include "alloc/budget_report.hpp"

#include <nlohmann/json.hpp>

#include <istream>

namespace openras {

BudgetService::BudgetService(RuleLibrary library) : library_(std::move(library)) {}

const BudgetEngine& BudgetService::engine_for(const std::shared_ptr<const RuleSet>& rules) {
    auto& engine = engines_[rules.get()];
    if (!engine) engine = std::make_unique<BudgetEngine>(rules);
    return *engine;
}

IndicativeBudget BudgetService::compute(const Assessment& assessment, bool explain,
                                        std::optional<boost::gregorian::date> date_override) {
    const boost::gregorian::date day = date_override.value_or(assessment.date);
    if (day.is_not_a_date())
        throw OpenRasError(Error{ErrorCode::MissingField, "the assessment has no date; give one in the file or with --date",
                                 SourceLocation{assessment.source, 0, 0, "assessment.date"}});
    const std::shared_ptr<const RuleSet> rules = library_.in_force_on(day);
    const AnswerSheet sheet = resolve_answers(*rules, assessment.answers, assessment.source);
    IndicativeBudget budget;
    engine_for(rules).evaluate(sheet, budget, explain);
    budget.person = assessment.person;
    budget.assessment_date = day;
    return budget;
}

BatchSummary run_budget_batch(BudgetService& service, std::istream& in, const std::string& source,
                              std::optional<boost::gregorian::date> date_override, std::string& out) {
    BatchSummary summary;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const std::string where = source + ":" + std::to_string(number);
        try {
            const nlohmann::json document = nlohmann::json::parse(line);
            const Assessment assessment = assessment_from_json(document, where);
            const IndicativeBudget budget = service.compute(assessment, true, date_override);
            if (summary.problems.empty()) out += budget_json(budget).dump() + "\n";
            ++summary.assessments;
        } catch (const nlohmann::json::parse_error& e) {
            summary.problems.push_back(Error{ErrorCode::Syntax, "not valid JSON (" + std::string(e.what()) + ")",
                                             SourceLocation{source, number, 0, {}}});
        } catch (const OpenRasError& e) {
            Error error = e.error();
            error.where.file = source;
            error.where.line = number;
            summary.problems.push_back(std::move(error));
        }
    }
    if (!summary.problems.empty()) out.clear();
    return summary;
}

}  // namespace openras
