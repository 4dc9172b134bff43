// `openras rules check` and `openras rules hash`.
#include "alloc/cli/commands.hpp"
#include "rules/rule_library.hpp"
#include "rules/ruleset_loader.hpp"

#include <iostream>

namespace openras::cli {
namespace {

void print_problems(const Diagnostics& problems) {
    for (const Error& e : problems.errors())
        std::cerr << e.where.to_string() << ": error: " << e.message << " [" << error_code_name(e.code) << "]\n";
    std::cerr << problems.size() << (problems.size() == 1 ? " problem" : " problems") << " found.\n";
}

int check(const std::vector<std::string>& files) {
    Diagnostics problems;
    const RuleLibrary library = load_rule_library(files, problems);
    if (!problems.empty()) {
        print_problems(problems);
        return kExitInvalid;
    }
    for (const auto& rs : library.all())
        std::cout << rs->source_name << ": ok: " << rs->header.id << " version " << rs->header.version << ", "
                  << rs->scored_question_count() << " questions in " << rs->domains.size() << " domains, "
                  << rs->streams.size() << (rs->streams.size() == 1 ? " stream, " : " streams, ") << rs->rules.size()
                  << " rules, " << rs->thresholds.size() << " thresholds\n  " << rs->hash << "\n";
    return kExitOk;
}

int hash(const std::string& file) {
    RuleSetLoad load = load_rule_set_file(file);
    if (!load.rule_set) {
        print_problems(load.problems);
        return kExitInvalid;
    }
    std::cout << load.rule_set->hash << "\n";
    return kExitOk;
}

}  // namespace

void add_rules_commands(CLI::App& app, Outcome& outcome) {
    CLI::App* rules = add_command_group(app, "rules", "Check rule sets and print their identity");

    auto files = std::make_shared<std::vector<std::string>>();
    CLI::App* check_command = rules->add_subcommand(
        "check", "Check rule-set files (or folders of them); list every problem with file:line:col");
    check_command->add_option("files", *files, "Rule-set files or folders")->required();
    check_command->callback([files, &outcome] { outcome.exit_code = check(*files); });

    auto file = std::make_shared<std::string>();
    CLI::App* hash_command = rules->add_subcommand(
        "hash", "Print the SHA-256 of a rule set's canonical form (comments and spacing do not count)");
    hash_command->add_option("file", *file, "Rule-set file")->required();
    hash_command->callback([file, &outcome] { outcome.exit_code = hash(*file); });

    add_rules_diff_command(rules, outcome);
}

}  // namespace openras::cli
