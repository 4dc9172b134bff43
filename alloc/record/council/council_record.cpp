#include "alloc/record/council/council_record.hpp"

#include "alloc/record/council/council_schema.hpp"
#include "alloc/record/store_schema.hpp"
#include "rules/error.hpp"
#include "rules/ruleset_loader.hpp"

#include <pqxx/pqxx>

#include <charconv>
#include <cstring>

namespace openras {
namespace {

constexpr int kFetchRows = 4096;
const std::string kSelectEvents = std::string("SELECT ") + kEventColumns + " FROM openras.events ";

[[noreturn]] void refuse_at(const std::string& where, ErrorCode code, const std::string& why) {
    throw OpenRasError(Error{code, why, SourceLocation{where, 0, 0, {}}});
}

// "ERROR:  P-0001 is already registered\nCONTEXT: …" → "P-0001 is already registered".
std::string server_says(const std::exception& failure) {
    std::string text = failure.what();
    if (const auto error = text.find("ERROR:"); error != std::string::npos) text.erase(0, error + 6);
    while (!text.empty() && text.front() == ' ') text.erase(0, 1);
    if (const auto end = text.find('\n'); end != std::string::npos) text.resize(end);
    return text;
}

EventId as_id(const pqxx::field& field) {
    EventId id = 0;
    std::from_chars(field.c_str(), field.c_str() + field.size(), id);
    return id;
}

// bytea as the server writes it in text: "\x" and two hex digits a byte.
std::size_t decode_bytea(const pqxx::field& field, unsigned char* out, std::size_t room) {
    const char* text = field.c_str();
    const std::size_t size = field.size();
    if (size < 2 || text[0] != '\\' || text[1] != 'x') return 0;
    const auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : 0;
    };
    std::size_t n = 0;
    for (std::size_t i = 2; i + 1 < size && n < room; i += 2) out[n++] = static_cast<unsigned char>(nibble(text[i]) << 4 | nibble(text[i + 1]));
    return n;
}

std::string_view view(const pqxx::field& field) { return {field.c_str(), field.size()}; }

}  // namespace

void read_council_event_into(const pqxx::row& row, int first, StoredEvent& e) {
    const auto text = [&](int c, std::string& out) { out.assign(row[first + c].c_str(), row[first + c].size()); };
    e.id = as_id(row[first]);
    text(1, e.type);
    text(2, e.person);
    text(3, e.actor);
    text(4, e.role);
    text(5, e.recorded_at);
    e.refers_to.reset();
    if (!row[first + 6].is_null()) e.refers_to = as_id(row[first + 6]);
    if (row[first + 7].is_null()) {
        e.rule_set.reset();
    } else {
        if (!e.rule_set) e.rule_set.emplace();
        text(7, *e.rule_set);
    }
    text(8, e.payload);
    e.chain_hash = {};
    decode_bytea(row[first + 9], e.chain_hash.data(), e.chain_hash.size());
}

namespace {

// A cursor over a query's rows, fetched a few thousand at a time, inside the record's open
// transaction (which it opens, as a snapshot, when none is).
class Cursor {
public:
    Cursor(pqxx::transaction_base& transaction, const std::string& name, const std::string& query)
        : transaction_(transaction), name_(name) {
        transaction_.exec("DECLARE " + name_ + " NO SCROLL CURSOR FOR " + query);
    }
    ~Cursor() {
        try {
            transaction_.exec("CLOSE " + name_);
        } catch (const std::exception&) {  // the transaction already failed; closing it ends the cursor
        }
    }
    // The next batch; empty after the last.
    const pqxx::result& fetch() {
        batch_ = transaction_.exec("FETCH FORWARD " + std::to_string(kFetchRows) + " FROM " + name_);
        return batch_;
    }

private:
    pqxx::transaction_base& transaction_;
    std::string name_;
    pqxx::result batch_;
};

class CouncilEventRows : public EventRows {
public:
    CouncilEventRows(pqxx::transaction_base& transaction, const std::string& name, const std::string& query,
                     std::function<void()> done)
        : cursor_(transaction, name, query), done_(std::move(done)) {}
    ~CouncilEventRows() override {
        if (done_) done_();
    }

    bool next(EventRow& row) override {
        if (at_ >= batch_size_) {
            try {
                batch_ = &cursor_.fetch();
            } catch (const std::exception& e) {
                throw EventRowsFailure("the server stopped sending events after event " + std::to_string(last_id_) + ": " +
                                       server_says(e));
            }
            batch_size_ = batch_->size();
            at_ = 0;
            if (batch_size_ == 0) return false;
        }
        const pqxx::row r = (*batch_)[int(at_++)];
        row.id = as_id(r[0]);
        row.type = view(r[1]);
        row.person = view(r[2]);
        row.actor = view(r[3]);
        row.role = view(r[4]);
        row.recorded_at = view(r[5]);
        using K = ColumnKind;
        const bool refers = !r[6].is_null(), names_rules = !r[7].is_null();
        row.refers_to.reset();
        if (refers) row.refers_to = as_id(r[6]);
        row.rule_set = names_rules ? view(r[7]) : std::string_view();
        row.payload = view(r[8]);
        row.chain_hash = std::string_view(reinterpret_cast<const char*>(hash_), decode_bytea(r[9], hash_, sizeof hash_));
        const ColumnKind kinds[10] = {K::Integer, K::Text, K::Text, K::Text, K::Text, K::Text,
                                      refers ? K::Integer : K::Null, names_rules ? K::Text : K::Null, K::Text, K::Bytes};
        std::memcpy(row.kind, kinds, sizeof kinds);
        last_id_ = row.id;
        return true;
    }

private:
    Cursor cursor_;
    std::function<void()> done_;
    const pqxx::result* batch_ = nullptr;
    std::size_t batch_size_ = 0, at_ = 0;
    EventId last_id_ = 0;
    unsigned char hash_[64] = {};
};

}  // namespace

struct CouncilRecord::Connection {
    explicit Connection(const std::string& address) : link(address) {}
    pqxx::connection link;
};

bool CouncilRecord::is_address(std::string_view where) {
    return where.rfind("postgresql://", 0) == 0 || where.rfind("postgres://", 0) == 0;
}

std::string CouncilRecord::login_in(std::string_view where) {
    const std::size_t scheme = where.find("://");
    const std::size_t at = where.find('@', scheme == std::string_view::npos ? 0 : scheme);
    const std::size_t slash = where.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
    if (scheme == std::string_view::npos || at == std::string_view::npos || (slash != std::string_view::npos && slash < at))
        return "your login";
    const std::string_view user = where.substr(scheme + 3, at - scheme - 3);
    return std::string(user.substr(0, user.find(':')));
}

std::string CouncilRecord::shown_address(std::string_view where) {
    std::string shown(where);
    const std::size_t scheme = shown.find("://");
    const std::size_t at = shown.find('@', scheme);
    const std::size_t colon = shown.find(':', scheme + 3);
    if (scheme != std::string::npos && at != std::string::npos && colon != std::string::npos && colon < at)
        shown.replace(colon + 1, at - colon - 1, "****");
    return shown;
}

void CouncilRecord::refuse(const std::exception& failure) const {
    if (dynamic_cast<const OpenRasError*>(&failure)) throw;
    const std::string says = server_says(failure);
    if (dynamic_cast<const pqxx::broken_connection*>(&failure))
        refuse_at(shown_, ErrorCode::Io, "the council's server cannot be reached: " + says);
    if (dynamic_cast<const pqxx::insufficient_privilege*>(&failure))
        refuse_at(shown_, ErrorCode::Permission, "the council's server refused " + login_ + ": " + says);
    if (dynamic_cast<const pqxx::unique_violation*>(&failure)) refuse_at(shown_, ErrorCode::Duplicate, says);
    if (dynamic_cast<const pqxx::foreign_key_violation*>(&failure)) refuse_at(shown_, ErrorCode::UnknownName, says);
    if (dynamic_cast<const pqxx::check_violation*>(&failure)) refuse_at(shown_, ErrorCode::InvalidValue, says);
    if (dynamic_cast<const pqxx::undefined_table*>(&failure))
        refuse_at(shown_, ErrorCode::StoreFormat,
                  "holds no OpenRAS decision record (" + says + "); the council's owner makes one with `openras record create`");
    refuse_at(shown_, ErrorCode::Io, "the council's server reports \"" + says + "\"");
}

void CouncilRecord::roll_back_and_refuse(pqxx::transaction_base& session, bool begun) const {
    if (begun) {
        try {
            session.exec("ROLLBACK");
        } catch (const std::exception&) {  // the connection is gone: the server rolls back itself
        }
    }
    try {
        throw;
    } catch (const OpenRasError&) {
        throw;
    } catch (const std::exception& e) {
        refuse(e);
    }
}

template <class Work>
auto CouncilRecord::with_transaction(Work work) -> decltype(work(std::declval<pqxx::transaction_base&>())) {
    try {
        if (open_) return work(*open_);
        pqxx::nontransaction once(connection_->link);
        if (guarded_person_ && !guarded_head_)  // before the checks' first read: see council_record.cpp, append
            guarded_head_ = as_id(once.exec_params1("SELECT openras.person_head($1)", *guarded_person_)[0]);
        return work(once);
    } catch (const OpenRasError&) {
        throw;
    } catch (const std::exception& e) {
        refuse(e);
    }
}

CouncilRecord::CouncilRecord(const std::string& address, StoreAccess access) : shown_(shown_address(address)) {
    try {
        connection_ = std::make_unique<Connection>(address);
    } catch (const std::exception& e) {
        refuse_at(shown_, ErrorCode::Io, "the council's server cannot be reached: " + server_says(e));
    }
    // An auditor's connection cannot write, whatever its login could.
    if (access == StoreAccess::ReadOnly) with_transaction([](pqxx::transaction_base& t) { t.exec("SET default_transaction_read_only = on"); });
    login_ = with_transaction([](pqxx::transaction_base& t) { return t.exec1("SELECT session_user")[0].as<std::string>(); });
    const std::map<std::string, std::string> kept = meta();
    const auto value = [&](const char* key) {
        const auto found = kept.find(key);
        if (found == kept.end()) refuse_at(shown_, ErrorCode::StoreFormat, std::string("is damaged: its meta table has no ") + key);
        return found->second;
    };
    store_id_ = value(kMetaStoreId);
    schema_version_ = std::atoi(value("schema_version").c_str());
    if (schema_version_ > kCouncilSchemaVersion)
        refuse_at(shown_, ErrorCode::StoreFormat,
                  "was made by a newer OpenRAS (council schema version " + std::to_string(schema_version_) +
                      "; this program knows versions up to " + std::to_string(kCouncilSchemaVersion) + "). Use the newer program");
    genesis_ = genesis_hash(store_id_);
}

CouncilRecord::~CouncilRecord() = default;

std::map<std::string, std::string> CouncilRecord::meta() {
    return with_transaction([](pqxx::transaction_base& t) {
        std::map<std::string, std::string> kept;
        for (const pqxx::row& row : t.exec("SELECT key, value FROM openras.meta ORDER BY key"))
            kept[row[0].as<std::string>()] = row[1].as<std::string>();
        return kept;
    });
}

StoreHead CouncilRecord::head() {
    return with_transaction([&](pqxx::transaction_base& t) {
        StoreHead head{0, genesis_};
        const pqxx::result last = t.exec("SELECT id, chain_hash FROM openras.events ORDER BY id DESC LIMIT 1");
        if (!last.empty()) {
            head.event = as_id(last[0][0]);
            decode_bytea(last[0][1], head.hash.data(), head.hash.size());
        }
        return head;
    });
}

StoreHead CouncilRecord::meta_head() {
    const std::map<std::string, std::string> kept = meta();
    StoreHead head{-1, {}};
    if (const auto event = kept.find(kMetaHeadEvent); event != kept.end()) head.event = std::atoll(event->second.c_str());
    if (const auto hash = kept.find(kMetaHeadHash); hash != kept.end()) head.hash = chain_hash_from_hex(hash->second).value_or(ChainHash{});
    return head;
}

std::string CouncilRecord::quote(std::string_view text) {
    return with_transaction([&](pqxx::transaction_base& t) { return t.quote(std::string(text)); });
}

std::vector<StoredEvent> CouncilRecord::events_where(const std::string& condition) {
    return with_transaction([&](pqxx::transaction_base& t) {
        std::vector<StoredEvent> out;
        for (const pqxx::row& row : t.exec(kSelectEvents + "WHERE " + condition)) read_council_event_into(row, 0, out.emplace_back());
        return out;
    });
}

// Through the server's function, which a kiosk may call although it reads no one else's events.
bool CouncilRecord::person_registered(const std::string& person) {
    return with_transaction([&](pqxx::transaction_base& t) {
        return t.exec_params1("SELECT openras.person_registered($1)", person)[0].as<bool>();
    });
}

std::vector<std::string> CouncilRecord::people() {
    return with_transaction([](pqxx::transaction_base& t) {
        std::vector<std::string> out;
        for (const pqxx::row& row : t.exec("SELECT person FROM openras.events WHERE type = 'person-registered' ORDER BY id"))
            out.push_back(row[0].as<std::string>());
        return out;
    });
}

std::optional<std::string> CouncilRecord::rule_set_text(const std::string& hash) {
    return with_transaction([&](pqxx::transaction_base& t) -> std::optional<std::string> {
        const pqxx::result found = t.exec_params("SELECT text FROM openras.rule_sets WHERE hash = $1", hash);
        if (found.empty()) return std::nullopt;
        return found[0][0].as<std::string>();
    });
}

std::vector<std::string> CouncilRecord::rule_set_hashes() {
    return with_transaction([](pqxx::transaction_base& t) {
        std::vector<std::string> out;
        for (const pqxx::row& row : t.exec("SELECT hash FROM openras.rule_sets ORDER BY hash")) out.push_back(row[0].as<std::string>());
        return out;
    });
}

std::map<std::string, std::string> CouncilRecord::rule_set_digests() {
    return with_transaction([](pqxx::transaction_base& t) {
        std::map<std::string, std::string> out;
        for (const pqxx::row& row : t.exec("SELECT hash, text_sha256 FROM openras.rule_set_digests ORDER BY hash")) {
            unsigned char digest[64];
            const std::size_t size = decode_bytea(row[1], digest, sizeof digest);
            out[row[0].as<std::string>()] = std::string(reinterpret_cast<const char*>(digest), size);
        }
        return out;
    });
}

std::vector<std::string> CouncilRecord::guard_problems() {
    return with_transaction([](pqxx::transaction_base& t) {
        std::vector<std::string> problems;
        for (const CouncilGuard& guard : council_guards()) {
            const pqxx::result found =
                guard.expected.empty() ? t.exec_params(guard.query, guard.name) : t.exec_params(guard.query, guard.name, guard.expected);
            if (found.empty() || !found[0][0].as<bool>()) problems.push_back(guard.missing);
        }
        return problems;
    });
}

void CouncilRecord::begin_snapshot() {
    if (snapshot_) return;
    try {
        snapshot_ = std::make_unique<pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>>(connection_->link, "snapshot");
        snapshot_->exec("SELECT 1 FROM openras.meta LIMIT 1");  // the snapshot is taken at the first query
        open_ = snapshot_.get();
    } catch (const std::exception& e) {
        snapshot_.reset();
        refuse(e);
    }
}

void CouncilRecord::end_snapshot() {
    open_ = nullptr;
    if (!snapshot_) return;
    try {
        snapshot_->abort();
    } catch (const std::exception&) {  // the connection was lost: the server ends the transaction itself
    }
    snapshot_.reset();
}

std::unique_ptr<EventRows> CouncilRecord::read_events(const EventIdRange& range) {
    const bool own = !open_;
    if (own) begin_snapshot();
    std::string query = kSelectEvents + "WHERE true";
    if (range.after) query += " AND id > " + std::to_string(*range.after);
    if (range.through) query += " AND id <= " + std::to_string(*range.through);
    query += " ORDER BY id";
    try {
        return std::make_unique<CouncilEventRows>(*open_, "openras_events_" + std::to_string(++cursors_), query,
                                                  [this, own] { if (own) end_snapshot(); });
    } catch (const std::exception& e) {
        if (own) end_snapshot();
        refuse(e);
    }
}

void CouncilRecord::for_each_row(const std::string& query, const std::function<void(const pqxx::row&)>& take) {
    const bool own = !open_;
    if (own) begin_snapshot();
    try {
        Cursor cursor(*open_, "openras_rows_" + std::to_string(++cursors_), query);
        for (const pqxx::result* batch = &cursor.fetch(); !batch->empty(); batch = &cursor.fetch())
            for (const pqxx::row& row : *batch) take(row);
    } catch (const OpenRasError&) {
        if (own) end_snapshot();
        throw;
    } catch (const std::exception& e) {
        if (own) end_snapshot();
        refuse(e);
    }
    if (own) end_snapshot();
}

// An append is two transactions in as few round trips as its checks allow; the head's lock is
// held for as little of them as can be.
//
// One event (most appends): its checks read the record first, with no lock held, and the server
// is then sent, in one round trip,
//   BEGIN; SET LOCAL synchronous_commit = off; SELECT openras.lock_head_if_person_at(person, seen);
//   INSERT …; COMMIT; SELECT pg_logical_emit_message(true, …), current_setting('openras.appended')
// where `seen` is the person's last event id as it was before the checks' first read (NULL when
// they read nothing): every check is about the person's own events, so if the person has no new
// event the checks still hold, and if they have, the server refuses (40001) and the append is
// made again the other way. The lock is held only while the server inserts, never across the
// network.
//
// Several events, or an append that names the ids it will be given: the lock first
// (BEGIN; SET LOCAL synchronous_commit = off; SELECT openras.lock_head()), then each event's
// checks and insert, the last with the same ending.
//
// Either way the first commit does not wait for the disk, so the lock is not held through a
// flush and other sites' appends go on meanwhile. The last statement is its own transaction,
// which does wait (the server's synchronous_commit, as for any insert): its flush covers
// everything written before it in the server's log, the append's commit included, so when
// append() returns the events are on disk. A crash before that flush loses the append with
// everything after it in the log, never a link in the middle: the chain stays whole. Holding the
// lock through the flush instead put the writers' flushes one after another (README,
// BM_CouncilDurableAppendVsRawInsert). The ids are head + 1, head + 2 …: the lock guarantees it,
// as the trigger numbers them the same way, and reports the last.
namespace {
constexpr const char* kCommitDurably =
    "; COMMIT; SELECT pg_logical_emit_message(true, 'openras', 'appended'), current_setting('openras.appended')";
}  // namespace

std::string CouncilRecord::rule_set_sql(pqxx::transaction_base& t, const RuleSetText& rules) {
    if (stored_rule_sets_.count(rules.hash)) return {};
    if (!t.exec_params("SELECT 1 FROM openras.rule_sets WHERE hash = $1", rules.hash).empty()) {
        stored_rule_sets_.insert(rules.hash);
        return {};
    }
    // Proven before storing, as on SQLite: the text really is the rule set the hash names.
    const RuleSetLoad load = load_rule_set(rules.text, "rule set " + rules.hash);
    if (!load.rule_set || load.rule_set->hash != rules.hash)
        throw OpenRasError(Error{ErrorCode::InvalidValue, "the rule-set text given does not load to the hash " + rules.hash,
                                 SourceLocation{{}, 0, 0, "rule_set"}});
    return "INSERT INTO openras.rule_sets (hash, text) VALUES (" + t.quote(rules.hash) + ", " + t.quote(rules.text) +
           ") ON CONFLICT (hash) DO NOTHING; ";
}

// Through a statement the session prepared once: planning the insert (its policy and trigger
// included) each time took place while the head's lock was held.
std::string CouncilRecord::insert_sql(pqxx::transaction_base& t, const CouncilAppend& e, std::optional<EventId> refers_to) {
    if (!insert_prepared_) {
        t.exec("PREPARE openras_append (text, text, text, bigint, text, text) AS "
               "INSERT INTO openras.events (type, person, role, refers_to, rule_set, payload) VALUES ($1, $2, $3, $4, $5, $6)");
        insert_prepared_ = true;
    }
    return "EXECUTE openras_append (" + t.quote(e.type) + ", " +
           t.quote(e.person) + ", " + t.quote(e.role) + ", " + (refers_to ? std::to_string(*refers_to) : std::string("NULL")) +
           ", " + (e.rule_set ? t.quote(e.rule_set->hash) : std::string("NULL")) + ", " + t.quote(e.payload) + ")";
}

std::optional<std::vector<EventId>> CouncilRecord::append(const std::vector<CouncilAppend>& events,
                                                          std::optional<EventId> expected_last,
                                                          const std::function<void(std::size_t, std::optional<EventId>)>& check) {
    if (once_head_) return append_within_once(events, expected_last, check);
    if (open_)
        refuse_at(shown_, ErrorCode::Io, "cannot append while reading the record as at one moment (a snapshot is open)");
    if (events.empty()) return std::vector<EventId>{};
    if (events.size() == 1 && !expected_last && !events[0].refers_to_batch_index)
        if (const std::optional<EventId> id = append_with_checks_unlocked(events[0], check)) return std::vector<EventId>{*id};
    return append_under_lock(events, expected_last, check);
}

std::optional<EventId> CouncilRecord::append_with_checks_unlocked(const CouncilAppend& e,
                                                                  const std::function<void(std::size_t, std::optional<EventId>)>& check) {
    guarded_person_ = e.person;
    guarded_head_.reset();
    struct Unguard {
        std::optional<std::string>& person;
        ~Unguard() { person.reset(); }
    } unguard{guarded_person_};
    check(0, e.refers_to);
    const std::optional<EventId> seen = guarded_head_;
    guarded_person_.reset();
    bool begun = false;
    try {
        pqxx::nontransaction session(connection_->link, "append");
        std::string sql = "BEGIN; SET LOCAL synchronous_commit = off; SELECT openras.lock_head_if_person_at(" + session.quote(e.person) +
                          ", " + (seen ? std::to_string(*seen) : std::string("NULL")) + "); ";
        if (e.rule_set) sql += rule_set_sql(session, *e.rule_set);
        sql += insert_sql(session, e, e.refers_to) + kCommitDurably;
        begun = true;
        const pqxx::result done = session.exec(sql);
        if (e.rule_set) stored_rule_sets_.insert(e.rule_set->hash);
        return as_id(done[0][1]);
    } catch (const pqxx::serialization_failure&) {
        // The person had a new event after the checks read theirs: check again under the lock.
        pqxx::nontransaction(connection_->link).exec("ROLLBACK");
        return std::nullopt;
    } catch (const OpenRasError&) {
        throw;
    } catch (const std::exception& failure) {
        if (begun) {
            try {
                pqxx::nontransaction(connection_->link).exec("ROLLBACK");
            } catch (const std::exception&) {  // the connection is gone: the server rolls back itself
            }
        }
        refuse(failure);
    }
}

// Inside append_once: the transaction is open and the head locked; nothing is committed here.
std::optional<std::vector<EventId>> CouncilRecord::append_within_once(
    const std::vector<CouncilAppend>& events, std::optional<EventId> expected_last,
    const std::function<void(std::size_t, std::optional<EventId>)>& check) {
    if (expected_last && *once_head_ != *expected_last) return std::nullopt;
    std::vector<EventId> ids;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const CouncilAppend& e = events[i];
        std::optional<EventId> refers_to = e.refers_to;
        if (e.refers_to_batch_index) refers_to = ids.at(*e.refers_to_batch_index);
        check(i, refers_to);
        with_transaction([&](pqxx::transaction_base& t) {
            t.exec((e.rule_set ? rule_set_sql(t, *e.rule_set) : std::string()) + insert_sql(t, e, refers_to));
            return 0;
        });
        ids.push_back(++*once_head_);
    }
    return ids;
}

bool CouncilRecord::append_once(const std::string& entry, const std::function<void()>& work) {
    if (open_ || once_head_) refuse_at(shown_, ErrorCode::Io, "cannot append while another read or append is open");
    pqxx::nontransaction session(connection_->link, "append-once");
    open_ = &session;
    struct Closed {
        pqxx::transaction_base*& open;
        std::optional<EventId>& head;
        ~Closed() {
            open = nullptr;
            head.reset();
        }
    } closed{open_, once_head_};
    bool begun = false;
    try {
        const pqxx::result locked = session.exec("BEGIN; SET LOCAL synchronous_commit = off; SELECT openras.lock_head()");
        begun = true;
        if (!session.exec_params("SELECT 1 FROM openras.uploads WHERE entry = $1", entry).empty()) {
            session.exec("ROLLBACK");
            return false;
        }
        once_head_ = as_id(locked[0][0]);
        work();
        session.exec("INSERT INTO openras.uploads (entry) VALUES (" + session.quote(entry) + ")" + kCommitDurably);
        begun = false;
    } catch (...) {
        roll_back_and_refuse(session, begun);
    }
    return true;
}

std::optional<std::vector<EventId>> CouncilRecord::append_under_lock(
    const std::vector<CouncilAppend>& events, std::optional<EventId> expected_last,
    const std::function<void(std::size_t, std::optional<EventId>)>& check) {
    std::vector<EventId> ids;
    pqxx::nontransaction session(connection_->link, "append");
    open_ = &session;
    struct Closed {
        pqxx::transaction_base*& open;
        ~Closed() { open = nullptr; }
    } closed{open_};
    bool begun = false;
    try {
        const pqxx::result locked = session.exec("BEGIN; SET LOCAL synchronous_commit = off; SELECT openras.lock_head()");
        begun = true;
        const EventId head = as_id(locked[0][0]);
        if (expected_last && head != *expected_last) {
            session.exec("ROLLBACK");
            return std::nullopt;
        }
        for (std::size_t i = 0; i < events.size(); ++i) {
            const CouncilAppend& e = events[i];
            std::optional<EventId> refers_to = e.refers_to;
            if (e.refers_to_batch_index) refers_to = ids.at(*e.refers_to_batch_index);
            check(i, refers_to);
            std::string sql = (e.rule_set ? rule_set_sql(session, *e.rule_set) : std::string()) + insert_sql(session, e, refers_to);
            const bool last = i + 1 == events.size();
            if (last) sql += kCommitDurably;
            const pqxx::result done = session.exec(sql);
            ids.push_back(head + 1 + EventId(i));
            if (last) {
                begun = false;
                if (as_id(done[0][1]) != ids.back())
                    refuse_at(shown_, ErrorCode::StoreFormat, "numbered the events it was sent otherwise than its head's lock allows");
            }
        }
        for (const CouncilAppend& e : events)
            if (e.rule_set) stored_rule_sets_.insert(e.rule_set->hash);
    } catch (...) {
        roll_back_and_refuse(session, begun);
    }
    return ids;
}

}  // namespace openras
