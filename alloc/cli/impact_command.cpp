// `openras impact`: every person in a caseload under two rule sets, who gains and who loses and
// why; a readable summary, CSVs for analysts and a chart (docs/calibration.md).
#include "alloc/cli/cli_support.hpp"
#include "alloc/cli/commands.hpp"
#include "alloc/io/file_input.hpp"
#include "alloc/io/file_output.hpp"
#include "alloc/impact/impact_run.hpp"

#include <filesystem>
#include <iostream>

namespace openras::cli {
namespace {

struct ImpactOptions {
    std::string from, to, caseload, by = "none", out;
    unsigned threads = 0;
    bool timing = false;
};

bool is_database(const std::string& path) {
    const std::string extension = std::filesystem::path(path).extension().string();
    return extension == ".db" || extension == ".sqlite" || extension == ".sqlite3";
}

void write_outputs(const ImpactOptions& o, const ImpactOutcome& outcome) {
    if (o.out.empty()) {
        std::cout << outcome.summary_text;
        return;
    }
    std::error_code failed;
    std::filesystem::create_directories(o.out, failed);
    if (failed) throw OpenRasError(Error{ErrorCode::Io, "cannot create the folder: " + failed.message(), SourceLocation{o.out, 0, 0, {}}});
    const std::filesystem::path dir(o.out);
    const std::pair<const char*, const std::string*> files[] = {{"impact-people.csv", &outcome.people_csv},
                                                                {"impact-groups.csv", &outcome.groups_csv},
                                                                {"impact-chart.svg", &outcome.chart_svg},
                                                                {"impact-summary.txt", &outcome.summary_text}};
    for (const auto& [name, text] : files) write_file_atomically((dir / name).string(), *text);
    std::cout << outcome.summary_text;
    std::cerr << "Wrote impact-people.csv, impact-groups.csv, impact-chart.svg and impact-summary.txt to " << o.out << "\n";
}

int run(const ImpactOptions& o) {
    if (is_database(o.caseload))
        throw CLI::ValidationError("--caseload", "\"" + o.caseload + "\" is a database; caseloads from the decision "
                                   "record arrive with the decision record itself. For now, give a caseload CSV "
                                   "(the layout of `openras generate caseload`)");
    if (o.by != "none" && o.by != "client-group") throw CLI::ValidationError("--by", "must be client-group or none");
    const std::shared_ptr<const RuleSet> from = load_rule_set_or_report(o.from, std::cerr);
    const std::shared_ptr<const RuleSet> to = load_rule_set_or_report(o.to, std::cerr);
    if (!from || !to) return kExitInvalid;
    const ImpactOutcome outcome =
        run_impact_report(ImpactRequest{from, to, o.caseload, read_whole_file(o.caseload), o.by == "client-group", o.threads});
    return print_problems_or_write(outcome.problems, [&] {
        write_outputs(o, outcome);
        if (o.timing)
            std::cerr << "Worked out " << outcome.people << " people under both rule sets, with explanations, in "
                      << outcome.compute_seconds << " s on " << outcome.threads << " threads\n";
    });
}

}  // namespace

void add_impact_command(CLI::App& app, Outcome& outcome) {
    CLI::App* c = app.add_subcommand(
        "impact", "Recompute a caseload under two rule sets: who gains, who loses, by how much, and which rules "
                  "caused it");
    auto o = std::make_shared<ImpactOptions>();
    c->footer("Exit status: 0 done, 1 invalid rule set or caseload (every problem is listed with its line and "
              "column; nothing is written), 2 usage error (including a database given as --caseload).");
    c->add_option("--from", o->from, "The rule set in force now")->required();
    c->add_option("--to", o->to, "The proposed rule set")->required();
    c->add_option("--caseload", o->caseload,
                  "Caseload CSV: person, client_group and one column per question (the layout of `openras "
                  "generate caseload`). Decision-record databases come with the decision record")->required();
    c->add_option("--by", o->by, "client-group: break the summary and the chart down by client group (default none)");
    c->add_option("--out", o->out, "Folder for impact-people.csv, impact-groups.csv, impact-chart.svg and "
                                   "impact-summary.txt (without it the summary is only printed)");
    c->add_option("--threads", o->threads, "Threads to use (default: one per core)");
    c->add_flag("--timing", o->timing, "Say on stderr how long the computation took");
    run_command(c, outcome, [o] { return run(*o); });
}

}  // namespace openras::cli
