// `openras calibrate`: fit a rule set's main conversion to a test group, write the new version,
// and report what it would mean for the people in the group (docs/calibration.md).
#include "alloc/calibration/calibration_run.hpp"
#include "alloc/cli/cli_support.hpp"
#include "alloc/cli/commands.hpp"
#include "alloc/io/dates.hpp"
#include "alloc/io/file_input.hpp"
#include "alloc/io/file_output.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <filesystem>
#include <iostream>

namespace openras::cli {
namespace {

struct CalibrateOptions {
    std::string rules, test_group, method = "rate", affordability = "1", contingency = "0", margin = "10%";
    int bands = 5;
    std::string out, report, chart, shortfalls, version, effective_from, effective_to, citation;
};

// How much of today's cost to hand out: a factor ("0.95") or a percentage ("95%"), from half
// to one and a half times today's cost. "95" is refused: it would hand out 95 times as much.
Rational affordability_option(const std::string& text) {
    const bool percent = !text.empty() && text.back() == '%';
    Rational factor = decimal_option("--affordability", percent ? text.substr(0, text.size() - 1) : text);
    if (percent) factor = factor / Rational(100);
    if (factor < Rational(1, 2) || factor > Rational(3, 2))
        throw CLI::ValidationError("--affordability",
                                   "\"" + text + "\" is outside what a council can mean: give a factor from 0.5 to 1.5 "
                                   "(0.95 hands out 95% of today's cost) or a percentage with % (95%)");
    return factor;
}

// What is kept back for contingency: a percentage written with % ("5%"), from 0% to 50%; "0"
// alone is nothing. "0.05" without % is refused: 5% or 0.05%?
Rational contingency_option(const std::string& text) {
    if (text == "0") return Rational(0);
    if (text.empty() || text.back() != '%')
        throw CLI::ValidationError("--contingency", "\"" + text + "\" needs its % sign: write 5% for five per cent");
    const Rational share = decimal_option("--contingency", text.substr(0, text.size() - 1)) / Rational(100);
    if (share < Rational(0) || share > Rational(1, 2))
        throw CLI::ValidationError("--contingency", "\"" + text + "\" is outside 0% to 50%");
    return share;
}

CalibrationSettings settings_from(const CalibrateOptions& o) {
    CalibrationSettings s;
    const auto method = parse_calibration_method(o.method);
    if (!method) throw CLI::ValidationError("--method", "must be rate, base-rate or bands, not \"" + o.method + "\"");
    s.method = *method;
    s.affordability = affordability_option(o.affordability);
    s.contingency = contingency_option(o.contingency);
    s.band_count = o.bands;
    return s;
}

boost::gregorian::date start_date(const CalibrateOptions& o, const RuleSet& old) {
    if (!o.effective_from.empty()) return parse_iso_date(o.effective_from, SourceLocation{{}, 0, 0, "--effective-from"});
    if (old.header.effective_to) return *old.header.effective_to + boost::gregorian::days(1);
    throw CLI::ValidationError("--effective-from",
                               "is needed: " + old.source_name +
                                   " has no effective_to, so the new version's first day cannot be worked out");
}

CalibrationRequest request_from(const CalibrateOptions& o, std::shared_ptr<const RuleSet> old) {
    CalibrationRequest r;
    r.settings = settings_from(o);
    const auto margin = parse_funding_margin(o.margin);
    if (!margin) throw CLI::ValidationError("--margin", "must be a percentage (10 or 10%) or an amount (£500)");
    r.margin = *margin;
    r.effective_from = start_date(o, *old);
    if (!o.effective_to.empty()) r.effective_to = parse_iso_date(o.effective_to, SourceLocation{{}, 0, 0, "--effective-to"});
    r.version = o.version.empty() ? old->header.version + "-calibrated" : o.version;
    if (!o.citation.empty()) r.citation = Citation{o.citation, {}};
    r.old_text = read_whole_file(o.rules);
    r.test_group_name = o.test_group;
    r.test_group_bytes = read_whole_file(o.test_group);
    r.out_name = o.out;
    r.old_rules = std::move(old);
    return r;
}

void write_outputs(const CalibrateOptions& o, const CalibrationOutcome& outcome) {
    if (!o.out.empty()) write_file_atomically(o.out, outcome.rule_set_text);
    if (!o.chart.empty()) write_file_atomically(o.chart, outcome.chart_svg);
    if (!o.shortfalls.empty()) write_file_atomically(o.shortfalls, outcome.shortfalls_csv);
    if (!o.report.empty()) write_file_atomically(o.report, outcome.report);
    else std::cout << outcome.report;
    for (const std::string* path : {&o.out, &o.chart, &o.shortfalls, &o.report})
        if (!path->empty()) std::cerr << "Wrote " << *path << "\n";
}

// The old version must stay as it is, so that decisions made under it can still be replayed.
void refuse_overwriting_the_old_version(const CalibrateOptions& o) {
    std::error_code ignored;
    if (!o.out.empty() && std::filesystem::exists(o.out, ignored) && std::filesystem::equivalent(o.out, o.rules, ignored))
        throw CLI::ValidationError("--out", "would overwrite " + o.rules + "; write the new version to a new file, so "
                                   "that decisions made under the old one can still be replayed");
}

int run(const CalibrateOptions& o) {
    refuse_overwriting_the_old_version(o);
    std::shared_ptr<const RuleSet> old = load_rule_set_or_report(o.rules, std::cerr);
    if (!old) return kExitInvalid;
    const CalibrationOutcome outcome = run_calibration(request_from(o, old));
    return print_problems_or_write(outcome.problems, [&] { write_outputs(o, outcome); });
}

}  // namespace

void add_calibrate_command(CLI::App& app, Outcome& outcome) {
    auto o = std::make_shared<CalibrateOptions>();
    CLI::App* c = app.add_subcommand(
        "calibrate", "Fit the main stream's conversion to a test group's current costs; write a new rule-set "
                     "version and a report of who would gain or lose");
    c->add_option("--rules", o->rules, "The rule set to calibrate (one file)")->required();
    c->add_option("--test-group", o->test_group,
                  "Test group CSV: person, client_group, current_annual_cost, and answers (one column per "
                  "question) or points")->required();
    c->add_option("--method", o->method, "rate, base-rate or bands (default rate)");
    c->add_option("--affordability", o->affordability,
                  "Share of today's cost to hand out: a factor from 0.5 to 1.5 such as 0.95, or 95% (default 1)");
    c->add_option("--contingency", o->contingency, "Percentage kept back for contingency, written with %: 5% (default 0)");
    c->add_option("--bands", o->bands, "bands method: how many quantile bands to start from (default 5)");
    c->add_option("--margin", o->margin, "List people whose new amount is below today's cost by more than this: "
                                         "10% or £500 (default 10%)");
    c->add_option("--out", o->out, "Write the new rule-set version here (nothing is written without it)");
    c->add_option("--version", o->version, "The new version's name (default: the old one + \"-calibrated\")");
    c->add_option("--effective-from", o->effective_from,
                  "The new version's first day, YYYY-MM-DD (default: the day after the old effective_to)");
    c->add_option("--effective-to", o->effective_to, "The new version's last day, YYYY-MM-DD (default: open-ended)");
    c->add_option("--citation", o->citation, "The policy that justifies the new conversion (default: the old "
                                             "conversion's citation, noting the test group)");
    c->add_option("--report", o->report, "Write the report here instead of printing it");
    c->add_option("--chart", o->chart, "Write the scatter chart of points against current cost here (SVG)");
    c->add_option("--shortfalls", o->shortfalls, "Write every person below the margin here (CSV)");
    c->footer("Exit status: 0 done, 1 invalid rule set or test group (every problem is listed with its line and "
              "column; nothing is written), 2 usage error.");
    run_command(c, outcome, [o] { return run(*o); });
}

}  // namespace openras::cli
