#pragma once
// What the decision-record commands (`audit`, `case`, `export`) share: the --db/--actor/--role
// options, running a command so that every OpenRAS error becomes a message and exit code 1, and a
// progress bar for long runs, drawn only when standard error is a terminal.
#include "alloc/cli/commands.hpp"
#include "alloc/record/decision_store.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace openras::cli {

// What --db (or a record argument) is.
inline constexpr const char* kRecordHelp =
    "The decision record: an SQLite file, or the council's server as postgresql://LOGIN@HOST/DATABASE";

struct ActorOptions {
    std::string db;
    std::string actor;
    std::string role;
};

// Adds --db, --actor and --role (one of the four role names) to a case command.
void add_actor_options(CLI::App* command, ActorOptions& options);
Actor actor_of(const ActorOptions& options);

// Runs `run` when the command is chosen; an OpenRasError is printed ("file: message [code]")
// and gives exit code 1.
void run_store_command(CLI::App* command, Outcome& outcome, std::function<int()> run);

// "Recorded event 7: Plan confirmed (the plan of event 5)." and, with details, the lines under it.
void print_recorded(const DecisionStore& store, EventId id, bool details);

// Draws "[#####.....] 45%  450,000 of 1,000,000 events" on standard error, at most ten times a
// second, when it is a terminal; does nothing otherwise (tests, pipes, golden files).
class ProgressBar {
public:
    explicit ProgressBar(std::string label);
    ~ProgressBar();
    void operator()(std::int64_t done, std::int64_t total);

private:
    std::string label_;
    bool shown_ = false;
    bool enabled_ = false;
    std::int64_t last_draw_ms_ = 0;
};

// 1234567 → "1,234,567".
std::string with_commas(std::int64_t number);

}  // namespace openras::cli
