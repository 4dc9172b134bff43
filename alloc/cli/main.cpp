// openras: the command line for councils, auditors and scripts. It is a thin layer over the
// library; everything it does, the library does, and the tests drive the library.
#include "alloc/cli/commands.hpp"
#include "rules/error.hpp"

#include <iostream>

int main(int argc, char** argv) {
    using namespace openras::cli;
    CLI::App app{"OpenRAS: open, explainable personal budgets (Resource Allocation System)", "openras"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("openras 0.1.0"));
    Outcome outcome;
    add_rules_commands(app, outcome);
    add_budget_command(app, outcome);
    add_plan_commands(app, outcome);
    add_calibrate_command(app, outcome);
    add_impact_command(app, outcome);
    add_generate_command(app, outcome);
    add_case_commands(app, outcome);
    add_audit_commands(app, outcome);
    add_export_command(app, outcome);
    add_record_commands(app, outcome);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::cout << app.help();
        return kExitOk;
    } catch (const CLI::CallForAllHelp&) {
        std::cout << app.help("", CLI::AppFormatMode::All);
        return kExitOk;
    } catch (const CLI::CallForVersion&) {
        std::cout << "openras 0.1.0\n";
        return kExitOk;
    } catch (const CLI::ParseError& e) {
        std::cerr << "openras: " << e.what() << "\nRun 'openras --help' to see the commands.\n";
        return kExitUsage;
    } catch (const openras::OpenRasError& e) {
        std::cerr << e.error().to_string() << "\n";
        return kExitInvalid;
    }
    return outcome.exit_code;
}
