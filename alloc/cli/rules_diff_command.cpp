// `openras rules diff OLD NEW`: what changed between two rule sets, part by part, in plain words.
// Exit status as diff(1): 0 the same, 1 different, 2 trouble (a file that does not load, usage).
#include "alloc/cli/cli_support.hpp"
#include "alloc/cli/commands.hpp"
#include "rules/ruleset_diff.hpp"

#include <iostream>

namespace openras::cli {
namespace {

constexpr int kDiffSame = 0, kDiffDifferent = 1, kDiffTrouble = 2;

int run(const std::string& old_path, const std::string& new_path) {
    const std::shared_ptr<const RuleSet> old_rules = load_rule_set_or_report(old_path, std::cerr, false);
    const std::shared_ptr<const RuleSet> new_rules = load_rule_set_or_report(new_path, std::cerr, false);
    if (!old_rules || !new_rules) return kDiffTrouble;
    const std::vector<RuleSetDifference> differences = diff_rule_sets(*old_rules, *new_rules);
    std::cout << rule_set_diff_text(*old_rules, *new_rules, differences);
    return differences.empty() ? kDiffSame : kDiffDifferent;
}

}  // namespace

void add_rules_diff_command(CLI::App* rules, Outcome& outcome) {
    auto files = std::make_shared<std::vector<std::string>>();
    CLI::App* diff = rules->add_subcommand(
        "diff", "What changed between two rule sets, in plain words: header, parameters, tables, streams and "
                "conversions, questions, answers and points, council rules and thresholds");
    diff->add_option("files", *files, "OLD NEW: two rule-set files")->required()->expected(2);
    diff->footer("Exit status, as diff(1): 0 the rule sets are the same, 1 they differ, 2 trouble (a file that "
                 "does not load, or a usage error).");
    diff->callback([files, &outcome] { outcome.exit_code = run((*files)[0], (*files)[1]); });
}

}  // namespace openras::cli
