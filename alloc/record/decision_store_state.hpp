#pragma once
// Inside DecisionStore: its connection, cached statements, and the two things every operation
// needs: turning SQLite's exceptions into OpenRAS errors, and running a write transaction that
// waits for other writers instead of failing. Only the decision_store*.cpp files include this.
#include "alloc/record/council/council_record.hpp"
#include "alloc/record/decision_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <map>
#include <memory>
#include <string>

namespace openras {

struct DecisionStore::State {
    std::string path;
    StoreOptions options;
    std::unique_ptr<SQLite::Database> db;
    int version = 0;
    std::string store_id;
    ChainHash genesis{};
    std::map<std::string, ChainHash> rule_set_digests;  // SHA-256 of each stored text, by hash
    std::map<std::string, std::unique_ptr<SQLite::Statement>, std::less<>> statements;
    // On a council's server instead of a file: everything goes through this, nothing above.
    std::unique_ptr<CouncilRecord> council;

    // A prepared statement, kept for reuse; reset and with no bindings.
    SQLite::Statement& statement(std::string_view sql);
};

// Turns an SQLite failure into an OpenRasError naming the file: a damaged file is StoreFormat,
// anything else Io.
[[noreturn]] void throw_storage_error(const std::string& path, const std::exception& failure);
bool is_busy(const std::exception& failure);

// Runs `work` inside BEGIN IMMEDIATE ... COMMIT. While another process holds the write lock it
// waits and tries again, up to options.busy_wait in all; any other failure rolls back and throws.
void run_write_transaction(DecisionStore::State& state, const std::function<void()>& work);

// The event in the ten columns from `first` on, in the order of kEventColumns.
StoredEvent read_event_row(SQLite::Statement& row, int first = 0);
// The same into an event already made, keeping its strings' room: for readers of many events
// that reuse their events (replay).
void read_event_row_into(SQLite::Statement& row, int first, StoredEvent& e);

}  // namespace openras
