#pragma once
// Events read in bulk, row by row, from wherever the record is kept (an SQLite file or a
// council's PostgreSQL server), for the readers that walk a whole record: `audit verify`
// (event_scan.hpp) and replay. Each row's text is viewed where the database's library holds it,
// not copied, until the next row is read.
#include "alloc/record/decision_store.hpp"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace SQLite {
class Database;
}

namespace openras {

// What kind of value a column holds as stored. On SQLite any column may hold any kind (a record
// edited by hand may), and the verifier says so; on the server each column has its type.
enum class ColumnKind { Integer, Float, Text, Bytes, Null };

struct EventRow {
    EventId id = 0;
    std::string_view type, person, actor, role, recorded_at, rule_set, payload;
    std::optional<EventId> refers_to;
    std::string_view chain_hash;  // as stored: 32 bytes in a sound record
    ColumnKind kind[10] = {};     // of each column, in the order of kEventColumns
    bool names_rule_set() const { return kind[7] != ColumnKind::Null; }
};

// Reading stopped part way: the message says where and why ("the file is damaged after event
// 41: …"), as the verifier reports it.
class EventRowsFailure : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class EventRows {
public:
    virtual ~EventRows() = default;
    // The next row in id order, or false after the last. Throws EventRowsFailure when the rest
    // cannot be read.
    virtual bool next(EventRow& row) = 0;
};

// The events of `range` from an SQLite record's connection, in id order (DecisionStore::read_events
// gives them on its own connection; the verifier's second reader, on another).
std::unique_ptr<EventRows> sqlite_event_rows(SQLite::Database& database, const EventIdRange& range);

}  // namespace openras
