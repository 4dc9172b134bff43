// `openras budget`: one assessment explained, or a batch of them as JSON Lines.
#include "alloc/budget/budget_report.hpp"
#include "alloc/budget/budget_service.hpp"
#include "alloc/budget/budget_text_writer.hpp"
#include "alloc/cli/cli_support.hpp"
#include "alloc/cli/commands.hpp"
#include "alloc/io/dates.hpp"
#include "alloc/io/file_output.hpp"
#include "rules/ruleset_loader.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>

namespace openras::cli {
namespace {

struct BudgetOptions {
    std::vector<std::string> rules;
    std::string answers;
    std::string date;
    bool json = false;
    std::string batch;
    std::string out;
    std::string language;  // empty: the rule set's own (English)
};


RuleLibrary load_library(const std::vector<std::string>& paths) {
    Diagnostics problems;
    RuleLibrary library;
    if (paths.empty()) {
        library.add(embedded_default_rule_set(), problems);
    } else {
        library = load_rule_library(paths, problems);
    }
    if (!problems.empty()) throw OpenRasError(problems.errors().front());
    return library;
}

int run_batch(BudgetService& service, const BudgetOptions& o, std::optional<boost::gregorian::date> date) {
    std::ifstream in(o.batch, std::ios::binary);
    if (!in) throw OpenRasError(Error{ErrorCode::Io, "cannot open the batch file", SourceLocation{o.batch, 0, 0, {}}});
    // Results go to a temporary file beside --out as they are made; it is put in place only when
    // every line has worked, and removed otherwise.
    AtomicFileWriter output(o.out);
    const BatchSummary summary =
        run_budget_batch(service, in, o.batch, date, [&output](std::string_view piece) { output.append(piece); });
    if (!summary.problems.empty()) {
        for (const Error& e : summary.problems) std::cerr << e.to_string() << "\n";
        std::cerr << summary.problems.size() << " of " << summary.assessments + summary.problems.size()
                  << " assessments could not be computed; nothing was written to " << o.out << ".\n";
        return kExitInvalid;
    }
    output.commit();
    std::cerr << summary.assessments << (summary.assessments == 1 ? " budget" : " budgets") << " written to "
              << o.out << ".\n";
    return kExitOk;
}

int run(const BudgetOptions& o) {
    std::optional<boost::gregorian::date> date;
    if (!o.date.empty()) date = parse_iso_date(o.date, SourceLocation{{}, 0, 0, "--date"});
    BudgetService service(load_library(o.rules));
    if (!o.batch.empty()) return run_batch(service, o, date);
    const Assessment assessment = load_assessment_file(o.answers);
    const IndicativeBudget budget = service.compute(assessment, true, date);
    if (o.json) {
        std::cout << budget_json(budget).dump(2) << "\n";
    } else {
        std::string text;
        BudgetTextWriter(budget.rules, report_words(o.language, *budget.rules)).write(budget, text);
        std::cout << text;
    }
    return kExitOk;
}

}  // namespace

void add_budget_command(CLI::App& app, Outcome& outcome) {
    auto o = std::make_shared<BudgetOptions>();
    CLI::App* budget = app.add_subcommand("budget", "Work out an indicative budget, explained line by line");
    budget->add_option("--rules", o->rules,
                       "Rule-set files or folders (several versions may be given; the one in force on the "
                       "assessment date is used). Default: the built-in model RAS");
    auto* answers = budget->add_option("--answers", o->answers, "One assessment (TOML answers file)");
    budget->add_option("--date", o->date, "Assessment date YYYY-MM-DD (overrides the file's date)");
    budget->add_flag("--json", o->json, "Print a stable JSON document instead of the explanation text");
    auto* batch = budget->add_option("--batch", o->batch, "Many assessments, JSON Lines in");
    auto* out = budget->add_option("--out", o->out, "Where --batch writes JSON Lines out");
    auto* language = budget->add_option("--language", o->language,
                                        "Write the explanation in this language: cy (Welsh), pl (Polish) or ur (Urdu), "
                                        "when the rule set has its texts in it");
    language->excludes(batch);
    language->excludes(budget->get_option("--json"));
    answers->excludes(batch);
    batch->needs(out);
    out->needs(batch);
    run_command(budget, outcome, [o] {
        if (o->answers.empty() && o->batch.empty()) throw CLI::RequiredError("--answers or --batch");
        return run(*o);
    });
}

}  // namespace openras::cli
