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
    std::shared_ptr<const RuleSet> rules;
    try {
        rules = library_.in_force_on(day);
    } catch (const OpenRasError& e) {
        Error error = e.error();
        error.where = date_override ? SourceLocation{{}, 0, 0, "--date"}
                                    : SourceLocation{assessment.source, 0, 0, "assessment.date"};
        throw OpenRasError(std::move(error));
    }
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
            const Assessment assessment = assessment_from_json_text(line, where);
            const IndicativeBudget budget = service.compute(assessment, true, date_override);
            if (summary.problems.empty()) out += budget_json(budget).dump() + "\n";
            ++summary.assessments;
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
