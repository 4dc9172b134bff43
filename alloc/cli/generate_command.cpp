// `openras generate caseload`: a seeded, synthetic caseload for tests, demonstrations and
// benchmarks (alloc/caseload/caseload_generator.hpp says how people are made). Never real people.
#include "alloc/caseload/caseload_generator.hpp"
#include "alloc/cli/cli_support.hpp"
#include "alloc/cli/commands.hpp"
#include "alloc/io/file_output.hpp"

#include <iostream>

namespace openras::cli {
namespace {

struct GenerateOptions {
    std::string rules;
    std::size_t count = 100;
    std::uint64_t seed = 1;
    std::string out;
};

std::vector<std::string> synthetic_notes(const GenerateOptions& o, const RuleSet& rules) {
    return {"SYNTHETIC DATA: made up by `openras generate caseload --count " + std::to_string(o.count) + " --seed " +
                std::to_string(o.seed) + "`. These are not real people.",
            "Answers follow " + rules.header.id + " version " + rules.header.version + " (" + rules.hash + ").",
            "current_annual_cost is a made-up cost of support a year, in pounds and pence."};
}

int run(const GenerateOptions& o) {
    const std::shared_ptr<const RuleSet> rules = load_rule_set_or_report(o.rules, std::cerr);
    if (!rules) return kExitInvalid;
    const std::vector<GeneratedPerson> people = generate_caseload(rules, o.count, o.seed);
    const std::string csv = generated_caseload_csv(*rules, people, synthetic_notes(o, *rules));
    if (o.out.empty()) {
        std::cout << csv;
        return kExitOk;
    }
    write_file_atomically(o.out, csv);
    std::cerr << "Wrote " << o.count << " synthetic people (not real people) to " << o.out << "\n";
    return kExitOk;
}

}  // namespace

void add_generate_command(CLI::App& app, Outcome& outcome) {
    CLI::App* generate = add_command_group(app, "generate", "Make synthetic data for tests, demonstrations and benchmarks");
    auto o = std::make_shared<GenerateOptions>();
    CLI::App* caseload = generate->add_subcommand(
        "caseload", "A seeded synthetic caseload (CSV): client groups, answers and current annual costs. The data "
                    "is made up, and the file says so in its first line");
    caseload->add_option("--rules", o->rules, "The rule set whose questionnaire the people answer")->required();
    caseload->add_option("--count", o->count, "How many people (default 100)")->check(CLI::Range(1, 10000000));
    caseload->add_option("--seed", o->seed, "Seed: the same seed gives the same file on every machine (default 1)");
    caseload->add_option("--out", o->out, "Write the CSV here (default: print it)");
    run_command(caseload, outcome, [o] { return run(*o); });
}

}  // namespace openras::cli
