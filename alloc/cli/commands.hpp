#pragma once
// The `openras` command line. Each command group registers its subcommands on the app and
// runs through a callback that returns the process exit code:
//   0 success, 1 invalid input or rules (message on stderr), 2 usage error.
#include <CLI/CLI.hpp>

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

void add_rules_commands(CLI::App& app, Outcome& outcome);
void add_budget_command(CLI::App& app, Outcome& outcome);

}  // namespace openras::cli
