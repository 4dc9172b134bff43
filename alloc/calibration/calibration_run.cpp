#include "alloc/calibration/calibration_run.hpp"

#include "alloc/calibration/calibration_chart.hpp"
#include "alloc/caseload/caseload_csv.hpp"
#include "alloc/io/dates.hpp"
#include "alloc/report/line_description.hpp"
#include "alloc/report/report_format.hpp"
#include "alloc/calibration/ruleset_writer.hpp"
#include "rules/budget_engine.hpp"
#include "rules/canonical_hash.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace openras {
namespace {

[[noreturn]] void refuse(const std::string& field, const std::string& why) {
    throw OpenRasError(Error{ErrorCode::InvalidValue, why, SourceLocation{{}, 0, 0, field}});
}

// The main stream's budget for one person; a rule that cannot be computed names their line.
const IndicativeBudget& evaluate_person(const BudgetEngine& engine, const AnswerSheet& sheet, const Caseload& c,
                                        const CaseRecord& person, IndicativeBudget& budget) {
    try {
        engine.evaluate(sheet, budget, false);
    } catch (const OpenRasError& e) {
        Error error = e.error();
        error.where = SourceLocation{c.source, person.line, 0, "person " + person.person};
        throw OpenRasError(error);
    }
    return budget;
}

std::vector<CalibrationCase> cases_from(const Caseload& c, const std::vector<AnswerSheet>& sheets,
                                        const BudgetEngine& engine, Diagnostics& problems) {
    std::vector<CalibrationCase> cases;
    IndicativeBudget budget;
    for (std::size_t i = 0; i < c.people.size(); ++i) {
        const CaseRecord& person = c.people[i];
        CalibrationCase one{person.person, person.group, person.points.value_or(Rational(0)),
                            person.annual_cost.value_or(Money{})};
        const Rational most = engine.rules().streams.front().max_points;
        if (person.points && *person.points > most)
            problems.add(ErrorCode::InvalidValue,
                         points_text(*person.points) + " points is more than the main stream's questions can give (" +
                             points_text(most) + ")",
                         c.layout.at(person.line, c.points_column));
        if (!c.question_columns.empty()) {
            one.points = evaluate_person(engine, sheets[i], c, person, budget).streams.front().points;
            if (person.points && *person.points != one.points)
                problems.add(ErrorCode::InvalidValue,
                             "the points column says " + points_text(*person.points) + " but the answers give " +
                                 points_text(one.points) + " points in the main stream",
                             c.layout.at(person.line, c.points_column));
        }
        cases.push_back(std::move(one));
    }
    return cases;
}

void check_dates(const CalibrationRequest& r) {
    const RuleSetHeader& old = r.old_rules->header;
    if (r.effective_from <= old.effective_from)
        refuse("--effective-from", "the new version must start after the old one, which starts on " +
                                       long_date(old.effective_from));
    if (old.effective_to && r.effective_from <= *old.effective_to)
        refuse("--effective-from", "the new version would overlap the old one, which is in force until " +
                                       long_date(*old.effective_to));
    if (r.effective_to && *r.effective_to < r.effective_from)
        refuse("--effective-to", "the new version's last day is before its first day");
    if (r.version == old.version) refuse("--version", "the new version needs a name of its own, not \"" + old.version + "\"");
}

std::string settings_words(const CalibrationSettings& s) {
    std::string out = std::string("--method ") + calibration_method_name(s.method) + " --affordability " +
                      s.affordability.to_decimal_string() + " --contingency " + percent_text(s.contingency);
    if (s.method == CalibrationMethod::Bands) out += " --bands " + std::to_string(s.band_count);
    return out;
}

RuleSetRevision make_revision(const CalibrationRequest& r, const Calibration& c, const std::string& test_group_sha) {
    const RuleSet& old = *r.old_rules;
    const Conversion& was = old.streams.front().conversion;
    Citation citation = r.citation.value_or(
        Citation{was.citation.text + "; calibrated from test group " + r.test_group_name, was.citation.url});
    RuleSetRevision revision;
    revision.version = r.version;
    revision.effective_from = r.effective_from;
    revision.effective_to = r.effective_to;
    revision.main_conversion = calibrated_conversion(c, citation);
    revision.header_comment = {
        "Calibrated by `openras calibrate " + settings_words(r.settings) + "`",
        "from version " + old.header.version + " (" + old.hash + ")",
        "on the test group " + r.test_group_name + ": " + std::to_string(c.people) + " people, " + test_group_sha,
        "The main stream's conversion was " + conversion_summary(was) + ";",
        "it is now " + conversion_summary(revision.main_conversion) + ". R² of the fit: " + share_not_rounded_up(c.r_squared, 2) + ".",
        "Apart from version, the dates and the main conversion, nothing in this file was changed."};
    revision.conversion_comment = {"Calibrated from the test group " + r.test_group_name + " (" + test_group_sha + ")",
                                   "with " + settings_words(r.settings) + ". See the note above [ruleset]."};
    return revision;
}

std::vector<Money> new_annual_amounts(const RuleSet& rules, const BudgetEngine& engine, const Caseload& c,
                                      const std::vector<AnswerSheet>& sheets, const std::vector<CalibrationCase>& cases,
                                      const Calibration& calibration) {
    std::vector<Money> annual;
    IndicativeBudget budget;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        if (!c.question_columns.empty()) {
            annual.push_back(evaluate_person(engine, sheets[i], c, c.people[i], budget).streams.front().annual);
            continue;
        }
        const Money weekly = calibration.weekly_for(cases[i].points);
        annual.push_back(Money::round(weekly.exact() * rules.header.weeks_per_year, rules.header.rounding));
    }
    return annual;
}

std::string chart_subtitle(const CalibrationRequest& r, const Calibration& c, const Conversion& conversion) {
    std::string figures;
    if (conversion.method == ConversionMethod::Bands)
        figures = std::to_string(conversion.bands.size()) + " bands, " + conversion.bands.front().weekly.to_string() +
                  " to " + conversion.bands.back().weekly.to_string() + " a week";
    else if (conversion.method == ConversionMethod::BasePlusRate)
        figures = conversion.base.to_string() + " + " + conversion.rate.to_string() + " a point a week";
    else
        figures = conversion.rate.to_string() + " a point a week";
    return "Test group " + r.test_group_name + ", " + whole_number(std::int64_t(c.people)) + " people. Method " +
           calibration_method_name(c.settings.method) + ": " + figures + "; affordability " +
           exact_decimal(c.settings.affordability) + ", contingency " + percent_text(c.settings.contingency) + ".";
}

}  // namespace

CalibrationOutcome run_calibration(const CalibrationRequest& r) {
    CalibrationOutcome out;
    check_dates(r);
    const RuleSet& old = *r.old_rules;
    Caseload caseload = parse_caseload(r.test_group_bytes, r.test_group_name, {&old}, {true, true}, out.problems);
    std::vector<AnswerSheet> sheets;
    if (!caseload.question_columns.empty()) sheets = resolve_caseload(caseload, old, out.problems);
    out.problems.sort_by_location();  // reads top to bottom, like the file
    if (!out.problems.empty()) return out;
    const std::vector<CalibrationCase> cases = cases_from(caseload, sheets, BudgetEngine(r.old_rules), out.problems);
    if (!out.problems.empty()) return out;

    const Calibration calibration = calibrate(cases, r.settings, old.header);
    const TestGroupSource source{r.test_group_name, sha256_hex(r.test_group_bytes), caseload.synthetic};
    const RuleSetRevision revision = make_revision(r, calibration, source.sha256);
    const std::string proof_name = r.out_name.empty() ? "(new version of " + old.source_name + ")" : r.out_name;
    out.rule_set_text = revise_rule_set_text(r.old_text, old.source_name, revision);
    out.new_rules = prove_revision(r.old_text, out.rule_set_text, proof_name, revision);

    const BudgetEngine new_engine(out.new_rules);
    const FundingComparison funding = compare_funding(
        cases, new_annual_amounts(*out.new_rules, new_engine, caseload, sheets, cases, calibration), r.margin);
    CalibrationReport report{&old, source, &cases, &calibration, &funding, !caseload.question_columns.empty(),
                             out.new_rules, r.out_name, std::nullopt, r.shortfall_rows};
    if (!old.header.effective_to) report.old_effective_to = r.effective_from - boost::gregorian::days(1);
    out.report = calibration_report_text(report);
    out.chart_svg = calibration_chart_svg(
        CalibrationChart{&cases, &calibration, "Points against current cost: " + old.header.id + " " + old.header.version,
                         chart_subtitle(r, calibration, revision.main_conversion), caseload.synthetic});
    out.shortfalls_csv = shortfalls_csv(funding, cases);
    return out;
}

}  // namespace openras
