#include "alloc/impact/impact_run.hpp"

#include "alloc/caseload/caseload_csv.hpp"
#include "alloc/impact/impact_chart.hpp"
#include "alloc/impact/impact_csv.hpp"
#include "alloc/impact/impact_summary.hpp"
#include "alloc/report/report_format.hpp"
#include "rules/canonical_hash.hpp"
#include "rules/ruleset_diff.hpp"

#include <chrono>

namespace openras {
namespace {

std::vector<std::string> file_notes(const ImpactRequest& r, const Caseload& caseload, const std::string& sha) {
    std::vector<std::string> notes;
    if (caseload.synthetic) notes.push_back("SYNTHETIC DATA: the caseload is made up; these rows describe no real people.");
    notes.push_back("Impact of changing " + r.from->header.id + " version " + r.from->header.version + " (" +
                    r.from->hash + ")");
    notes.push_back("to " + r.to->header.id + " version " + r.to->header.version + " (" + r.to->hash + ")");
    notes.push_back("on the caseload " + r.caseload_name + " (" + sha + "). Amounts in pounds and pence.");
    return notes;
}

ImpactRun compute(const ImpactRequest& r, const Caseload& caseload, const ImpactExplainer& explainer,
                  const std::vector<AnswerSheet>& from_sheets, const std::vector<AnswerSheet>& to_sheets) {
    const BudgetEngine from(r.from), to(r.to);
    try {
        return run_impact(from, to, explainer, from_sheets, to_sheets, r.threads);
    } catch (const ImpactEvaluationError& e) {
        const CaseRecord& person = caseload.people[e.person()];
        Error error = e.error();
        error.where = SourceLocation{caseload.source, person.line, 0, "person " + person.person};
        throw OpenRasError(error);
    }
}

std::string chart_subtitle(const ImpactRequest& r, const ImpactSummary& s) {
    const ChangeTally& t = s.everyone;
    return r.caseload_name + ", " + whole_number(std::int64_t(t.people)) + " people: " +
           whole_number(std::int64_t(t.gain)) + " gain, " + whole_number(std::int64_t(t.lose)) + " lose, " +
           whole_number(std::int64_t(t.same)) + " no change. Cost a week " +
           Money::from_pence(t.old_weekly_pence).to_string() + " → " + Money::from_pence(t.new_weekly_pence).to_string() +
           " (" + signed_money_pence(t.new_weekly_pence - t.old_weekly_pence) + ").";
}

}  // namespace

ImpactOutcome run_impact_report(const ImpactRequest& r) {
    ImpactOutcome out;
    Caseload caseload =
        parse_caseload(r.caseload_bytes, r.caseload_name, {r.from.get(), r.to.get()}, {false, false}, out.problems);
    const std::vector<AnswerSheet> from_sheets = resolve_caseload(caseload, *r.from, out.problems);
    const std::vector<AnswerSheet> to_sheets = resolve_caseload(caseload, *r.to, out.problems);
    out.problems.sort_by_location();  // reads top to bottom, like the file
    if (!out.problems.empty()) return out;

    const ImpactExplainer explainer(*r.from, *r.to);
    const auto started = std::chrono::steady_clock::now();
    const ImpactRun run = compute(r, caseload, explainer, from_sheets, to_sheets);
    out.compute_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    out.people = run.people.size();
    out.threads = run.threads;

    const std::string sha = sha256_hex(r.caseload_bytes);
    const ImpactSummary summary = summarise_impact(caseload, run);
    const ImpactSubject subject{r.from.get(), r.to.get(), r.caseload_name, sha, caseload.synthetic, r.by_group};
    out.summary_text = impact_summary_text(subject, summary, run, explainer, diff_rule_sets(*r.from, *r.to));
    const std::vector<std::string> notes = file_notes(r, caseload, sha);
    out.people_csv = impact_people_csv(caseload, run, explainer, *r.from, *r.to, notes);
    out.groups_csv = impact_groups_csv(summary, notes);
    out.chart_svg = impact_chart_svg(ImpactChart{&caseload, &run,
                                                 "Change in weekly budgets: " + r.from->header.id + " " +
                                                     r.from->header.version + " → " + r.to->header.version,
                                                 chart_subtitle(r, summary), r.by_group, caseload.synthetic});
    return out;
}

}  // namespace openras
