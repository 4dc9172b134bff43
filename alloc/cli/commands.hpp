#pragma once
// The `openras` command line. Each command group registers its subcommands on the app and
// runs through a callback that returns the process exit code:
//   0 success, 1 invalid input or rules (message on stderr), 2 usage error.
#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace openras::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 1;
inline constexpr int kExitUsage = 2;

// Set by the subcommand that ran; main returns it.
struct Outcome {
    int exit_code = kExitOk;
};

// Whether an error message ends with its code in brackets ("[permission]"), as the decision
// record's and plan commands have always printed it.
enum class ErrorCodeShown { No, Yes };

// A command that only groups others ("openras audit ..."): one of them must be chosen.
CLI::App* add_command_group(CLI::App& app, const std::string& name, const std::string& about);

// The one way a command runs: `run` is called when the command is chosen and its result is the
// exit code; an OpenRasError is printed on standard error ("file:line:col: message") and gives
// exit code 1. Usage errors (CLI11's) pass through to main, which gives exit code 2.
void run_command(CLI::App* command, Outcome& outcome, std::function<int()> run, ErrorCodeShown code = ErrorCodeShown::No);

void add_rules_commands(CLI::App& app, Outcome& outcome);
void add_budget_command(CLI::App& app, Outcome& outcome);
// `openras plan check` and `openras plan cost` (plan_command.cpp).
void add_plan_commands(CLI::App& app, Outcome& outcome);
void add_calibrate_command(CLI::App& app, Outcome& outcome);
void add_impact_command(CLI::App& app, Outcome& outcome);
void add_generate_command(CLI::App& app, Outcome& outcome);
// The decision record: `openras audit ...` (audit_command.cpp), `openras case ...`
// (case_command.cpp) and `openras export` (export_command.cpp).
void add_audit_commands(CLI::App& app, Outcome& outcome);
void add_case_commands(CLI::App& app, Outcome& outcome);
void add_export_command(CLI::App& app, Outcome& outcome);
// `openras record create|add-login` on a council's PostgreSQL server (record_command.cpp).
void add_record_commands(CLI::App& app, Outcome& outcome);
// `openras rules diff`, registered on the `rules` command group.
void add_rules_diff_command(CLI::App* rules, Outcome& outcome);

}  // namespace openras::cli
