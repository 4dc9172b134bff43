// How every `openras` command is set up and run: command groups, and the one catch-print-exit
// (commands.hpp).
#include "alloc/cli/commands.hpp"
#include "rules/error.hpp"

#include <iostream>

namespace openras::cli {

CLI::App* add_command_group(CLI::App& app, const std::string& name, const std::string& about) {
    CLI::App* group = app.add_subcommand(name, about);
    group->require_subcommand(1);
    return group;
}

void run_command(CLI::App* command, Outcome& outcome, std::function<int()> run, ErrorCodeShown code) {
    command->callback([&outcome, run = std::move(run), code] {
        try {
            outcome.exit_code = run();
        } catch (const OpenRasError& e) {
            std::cerr << e.error().to_string();
            if (code == ErrorCodeShown::Yes) std::cerr << " [" << error_code_name(e.error().code) << "]";
            std::cerr << "\n";
            outcome.exit_code = kExitInvalid;
        }
    });
}

}  // namespace openras::cli
