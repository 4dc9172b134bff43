// Events in bulk from an SQLite record: one prepared statement stepped through, each row's text
// viewed where SQLite holds it.
#include "alloc/record/event_rows.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace openras {
namespace {

std::string_view text_of(sqlite3_stmt* s, int column) {
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    return bytes ? std::string_view(bytes, std::size_t(sqlite3_column_bytes(s, column))) : std::string_view();
}

std::string_view bytes_of(sqlite3_stmt* s, int column) {
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(s, column));
    return bytes ? std::string_view(bytes, std::size_t(sqlite3_column_bytes(s, column))) : std::string_view();
}

ColumnKind kind_of(int storage_class) {
    switch (storage_class) {
        case SQLITE_INTEGER: return ColumnKind::Integer;
        case SQLITE_FLOAT: return ColumnKind::Float;
        case SQLITE_TEXT: return ColumnKind::Text;
        case SQLITE_BLOB: return ColumnKind::Bytes;
        default: return ColumnKind::Null;
    }
}

class SqliteEventRows : public EventRows {
public:
    SqliteEventRows(SQLite::Database& database, const EventIdRange& range) {
        std::string where;
        if (range.after) where += " WHERE id > " + std::to_string(*range.after);
        if (range.through) where += (where.empty() ? " WHERE id <= " : " AND id <= ") + std::to_string(*range.through);
        const std::string sql = std::string("SELECT ") + kEventColumns + " FROM events" + where + " ORDER BY id";
        if (sqlite3_prepare_v2(database.getHandle(), sql.c_str(), -1, &statement_, nullptr) != SQLITE_OK)
            throw SQLite::Exception(database.getHandle(), sqlite3_errcode(database.getHandle()));
        if (range.after) last_id_ = *range.after;
    }
    ~SqliteEventRows() override { sqlite3_finalize(statement_); }

    bool next(EventRow& row) override {
        const int step = sqlite3_step(statement_);
        if (step == SQLITE_DONE) return false;
        if (step != SQLITE_ROW)
            throw EventRowsFailure("the file is damaged after event " + std::to_string(last_id_) + ": SQLite reports \"" +
                                   sqlite3_errstr(step) + "\"");
        sqlite3_stmt* s = statement_;
        for (int c = 0; c < 10; ++c) row.kind[c] = kind_of(sqlite3_column_type(s, c));
        row.id = sqlite3_column_int64(s, 0);
        row.type = text_of(s, 1);
        row.person = text_of(s, 2);
        row.actor = text_of(s, 3);
        row.role = text_of(s, 4);
        row.recorded_at = text_of(s, 5);
        row.refers_to.reset();
        if (row.kind[6] != ColumnKind::Null) row.refers_to = sqlite3_column_int64(s, 6);
        row.rule_set = text_of(s, 7);
        row.payload = text_of(s, 8);
        row.chain_hash = bytes_of(s, 9);
        last_id_ = row.id;
        return true;
    }

private:
    sqlite3_stmt* statement_ = nullptr;
    EventId last_id_ = 0;
};

}  // namespace

std::unique_ptr<EventRows> sqlite_event_rows(SQLite::Database& database, const EventIdRange& range) {
    return std::make_unique<SqliteEventRows>(database, range);
}

}  // namespace openras
