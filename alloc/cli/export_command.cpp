// `openras export DB --person REF`: everything the decision record holds about one person, as
// JSON, for a subject access request (alloc/audit/subject_access.hpp describes the document).
#include "alloc/cli/store_cli.hpp"
#include "alloc/io/file_output.hpp"
#include "alloc/audit/subject_access.hpp"

#include <iostream>

namespace openras::cli {

void add_export_command(CLI::App& app, Outcome& outcome) {
    struct Options {
        std::string db, person, out;
    };
    auto o = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand("export", "Everything held about one person, as JSON (a subject access request)");
    command->add_option("db", o->db, kRecordHelp)->required();
    command->add_option("--person", o->person, "The person's reference")->required();
    command->add_option("--out", o->out, "Write the JSON to this file instead of printing it");
    run_store_command(command, outcome, [o] {
        const std::string json = subject_access_export(DecisionStore::open_to_read(o->db), o->person).dump(2) + "\n";
        if (o->out.empty()) {
            std::cout << json;
        } else {
            write_file_atomically(o->out, json);
            std::cerr << "Everything held about " << o->person << " was written to " << o->out << ".\n";
        }
        return kExitOk;
    });
}

}  // namespace openras::cli
