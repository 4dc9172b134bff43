#include "alloc/record/council/council_migration.hpp"

#include "alloc/record/event_rows.hpp"
#include "rules/error.hpp"

#include <pqxx/pqxx>

namespace openras {
namespace {

[[noreturn]] void refuse(const std::string& shown, ErrorCode code, const std::string& why) {
    throw OpenRasError(Error{code, why, SourceLocation{shown, 0, 0, {}}});
}

std::string bytea_text(std::string_view bytes) {
    static const char* hex = "0123456789abcdef";
    std::string out = "\\x";
    for (const char c : bytes) {
        out += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
        out += hex[static_cast<unsigned char>(c) & 0xF];
    }
    return out;
}

}  // namespace

MovedRecord move_record_to_council(const DecisionStore& from, pqxx::connection_base& owner, const std::string& shown,
                                   const std::function<void(std::int64_t, std::int64_t)>& progress) {
    if (from.council()) refuse(shown, ErrorCode::InvalidValue, "a record is moved from an SQLite file, not from another server");
    MovedRecord moved;
    const ReadSnapshot snapshot(from);
    const StoreHead last = from.head();
    try {
        pqxx::work work(owner, "move-in");
        const std::string head = work.exec1("SELECT value FROM openras.meta WHERE key = 'head_event' FOR UPDATE")[0].as<std::string>();
        if (head != "0")
            refuse(shown, ErrorCode::InvalidValue,
                   "the server's record already holds " + head + " events: a record is moved only into an empty one. Nothing was moved");
        work.exec("SET LOCAL openras.moving_in = 'on'");
        // The file's store id, so its genesis hash, and so every link, are the server's too.
        work.exec_params0("UPDATE openras.meta SET value = $1 WHERE key = 'store_id'", from.store_id());
        work.exec_params0("UPDATE openras.meta SET value = $1 WHERE key = 'head_hash'", chain_hash_hex(genesis_hash(from.store_id())));
        for (const std::string& hash : from.rule_set_hashes()) {
            work.exec_params0("INSERT INTO openras.rule_sets (hash, text) VALUES ($1, $2)", hash, *from.rule_set_text(hash));
            ++moved.rule_sets;
        }
        owner.prepare("openras_move_event",
                      "INSERT INTO openras.events (id, type, person, actor, role, recorded_at, refers_to, rule_set, payload, chain_hash) "
                      "VALUES ($1, $2, $3, $4, $5, $6, $7::bigint, $8, $9, $10::bytea)");
        const std::unique_ptr<EventRows> rows = from.read_events({});
        EventRow row;
        while (rows->next(row)) {
            const std::string refers = row.refers_to ? std::to_string(*row.refers_to) : std::string();
            const std::string rule_set(row.rule_set);
            work.exec_prepared0("openras_move_event", row.id, std::string(row.type), std::string(row.person), std::string(row.actor),
                                std::string(row.role), std::string(row.recorded_at), row.refers_to ? refers.c_str() : nullptr,
                                row.names_rule_set() ? rule_set.c_str() : nullptr, std::string(row.payload),
                                bytea_text(row.chain_hash));
            ++moved.events;
            if (progress && moved.events % 1000 == 0) progress(moved.events, last.event);
        }
        work.commit();
    } catch (const OpenRasError&) {
        throw;
    } catch (const EventRowsFailure& e) {
        refuse(from.path(), ErrorCode::StoreFormat, std::string(e.what()) + ". Nothing was moved");
    } catch (const pqxx::sql_error& e) {
        std::string says = e.what();
        if (const auto error = says.find("ERROR:"); error != std::string::npos) says.erase(0, error + 8);
        if (const auto end = says.find('\n'); end != std::string::npos) says.resize(end);
        refuse(shown, ErrorCode::InvalidValue, "the server refused the move: " + says + ". Nothing was moved");
    }
    if (progress) progress(moved.events, last.event);
    moved.head = last;
    return moved;
}

}  // namespace openras
