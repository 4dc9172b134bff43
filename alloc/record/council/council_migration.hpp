#pragma once
// Moving a record from one machine's SQLite file onto the council's server (`openras record
// migrate`), keeping every event exactly as recorded: its id, actor, role, time and chain hash,
// and the record's store id, so the chain goes on from where the file left it. The server checks
// each event links to the one before as it is inserted (council_schema.cpp, openras.moving_in),
// so a file whose chain does not hold cannot be moved in part.
#include "alloc/record/decision_store.hpp"

#include <pqxx/types.hxx>

#include <cstdint>
#include <functional>

namespace openras {

struct MovedRecord {
    std::int64_t events = 0;
    std::size_t rule_sets = 0;
    StoreHead head;
};

// Moves every rule set and event of `from` into the empty record on the server that `owner` is
// connected to as the record's owner, in one transaction: all or nothing. `progress(done, total)`
// is told after each thousand events. Throws OpenRasError naming the server when its record is
// not empty, or when an event does not link (nothing is then moved).
MovedRecord move_record_to_council(const DecisionStore& from, pqxx::connection_base& owner, const std::string& shown,
                                   const std::function<void(std::int64_t, std::int64_t)>& progress = {});

}  // namespace openras
