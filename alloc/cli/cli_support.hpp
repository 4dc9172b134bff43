#pragma once
// Helpers the newer `openras` commands share: printing a list of problems (capped, so that a
// caseload with 100,000 bad rows stays readable), loading one rule-set file, and reading exact
// option values.
#include "alloc/cli/commands.hpp"
#include "alloc/report/report_words.hpp"
#include "rules/error.hpp"
#include "rules/rational.hpp"
#include "rules/ruleset.hpp"

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>

namespace openras::cli {

// Prints "file:line: column x: message [code]" for each problem, at most `limit` of them, and a
// closing count (saying that nothing was written, for commands that write files). Returns
// kExitInvalid, so a command can `return print_problems(...)`.
int print_problems(const Diagnostics& problems, std::ostream& err, bool writes_files = true, std::size_t limit = 50);

// For commands that write files only when the input has no problem: prints the problems and
// returns kExitInvalid, or else calls `write` and returns kExitOk.
int print_problems_or_write(const Diagnostics& problems, const std::function<void()>& write);

// Loads one rule-set file; on problems prints them all and returns null.
std::shared_ptr<const RuleSet> load_rule_set_or_report(const std::string& path, std::ostream& err,
                                                       bool writes_files = true);

// An exact decimal option ("0.95", "5", "5%"); throws CLI::ValidationError naming the option.
// The words a report is written in for `--language` (empty: English): the language's, when
// the rule set has its texts in it too. Throws OpenRasError naming --language otherwise.
const ReportWords& report_words(const std::string& language, const RuleSet& rules);

Rational decimal_option(const std::string& option, const std::string& text);

}  // namespace openras::cli
