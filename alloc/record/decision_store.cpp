#include "alloc/record/decision_store.hpp"

#include "alloc/record/decision_store_state.hpp"
#include "alloc/record/sha256.hpp"
#include "alloc/record/store_file.hpp"
#include "alloc/record/store_schema.hpp"
#include "rules/error.hpp"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <optional>
#include <random>
#include <thread>
#include <unistd.h>

namespace openras {
namespace {

constexpr int kBusyTimeoutMs = 2000;  // SQLite's own wait per attempt; run_write_transaction retries

[[noreturn]] void refuse(const std::string& path, ErrorCode code, const std::string& why) {
    throw OpenRasError(Error{code, why, SourceLocation{path, 0, 0, {}}});
}

int primary_code(const std::exception& failure) {
    const auto* sqlite = dynamic_cast<const SQLite::Exception*>(&failure);
    return sqlite ? (sqlite->getErrorCode() & 0xff) : -1;
}

// What the file says about itself, read through SQLite (the WAL may hold newer pages than the
// header check_store_file read).
void identify(DecisionStore::State& s) {
    const int application = s.db->execAndGet("PRAGMA application_id").getInt();
    if (application != kStoreApplicationId)
        refuse(s.path, ErrorCode::StoreFormat, "is an SQLite database, but not an OpenRAS decision record");
    s.version = s.db->execAndGet("PRAGMA user_version").getInt();
    if (s.version > kStoreSchemaVersion)
        refuse(s.path, ErrorCode::StoreFormat,
               "was written by a newer OpenRAS (schema version " + std::to_string(s.version) +
                   "; this program knows versions up to " + std::to_string(kStoreSchemaVersion) +
                   "). It has not been changed. Use the newer program");
    if (s.version < 1) refuse(s.path, ErrorCode::StoreFormat, "is damaged: it has no decision-record schema");
}

// Schema 4's table, filled with the SHA-256 of every text stored before it.
void record_rule_set_digests(SQLite::Database& db) {
    SQLite::Statement texts(db, "SELECT hash, text FROM rule_sets ORDER BY hash");
    SQLite::Statement insert(db, "INSERT INTO rule_set_digests (hash, text_sha256) VALUES (?, ?)");
    while (texts.executeStep()) {
        const std::string text = texts.getColumn(1).getString();
        const Sha256Digest digest = Sha256::of(text);
        insert.bind(1, texts.getColumn(0).getString());
        insert.bind(2, digest.data(), int(digest.size()));
        insert.exec();
        insert.reset();
    }
}

void migrate(DecisionStore::State& s) {
    run_write_transaction(s, [&s] {
        // Another writer may have migrated it while we waited for the lock.
        s.version = s.db->execAndGet("PRAGMA user_version").getInt();
        for (const SchemaStep& step : schema_steps()) {
            if (step.to <= s.version) continue;
            s.db->exec(std::string(step.sql));
            if (step.to == kSchemaWithRuleSetDigests) record_rule_set_digests(*s.db);
        }
        s.db->exec("PRAGMA user_version = " + std::to_string(kStoreSchemaVersion));
    });
    s.version = kStoreSchemaVersion;
}

// A writer never adds to a record whose pages SQLite finds damaged: what it appended would hang
// off a broken file, and only a restore can mend it. SQLite's quick_check reads every page (about
// a second for a million events), once per open, not per append. Auditors may still open it:
// `audit verify` says what is wrong.
void refuse_damaged_pages(DecisionStore::State& s) {
    std::string found;
    try {
        found = s.db->execAndGet("PRAGMA quick_check(1)").getString();
    } catch (const SQLite::Exception& e) {
        found = e.what();
    }
    if (found != "ok")
        refuse(s.path, ErrorCode::StoreFormat,
               "is damaged: SQLite's check of its pages says \"" + found +
                   "\". Nothing was written to it. Run `openras audit verify` on it, and put back the last good "
                   "copy made with `openras audit backup`");
}

void prepare_connection(DecisionStore::State& s) {
    s.db->exec("PRAGMA synchronous = FULL");
    identify(s);
    if (s.options.access == StoreAccess::ReadWrite) {
        refuse_damaged_pages(s);
        if (s.db->execAndGet("PRAGMA journal_mode").getString() != "wal") s.db->exec("PRAGMA journal_mode = WAL");
        if (s.version < kStoreSchemaVersion) migrate(s);
    }
    SQLite::Statement id(*s.db, "SELECT value FROM meta WHERE key = ?");
    id.bind(1, kMetaStoreId);
    if (!id.executeStep()) refuse(s.path, ErrorCode::StoreFormat, "is damaged: it has no store id");
    s.store_id = id.getColumn(0).getString();
    s.genesis = genesis_hash(s.store_id);
}

}  // namespace

UtcClock system_utc_clock() {
    return [] { return boost::posix_time::second_clock::universal_time(); };
}

std::string iso_utc(const boost::posix_time::ptime& moment) {
    std::string text = boost::posix_time::to_iso_extended_string(moment);
    if (const std::size_t dot = text.find('.'); dot != std::string::npos) text.resize(dot);
    return text + "Z";
}

SQLite::Statement& DecisionStore::State::statement(std::string_view sql) {
    auto found = statements.find(sql);
    if (found == statements.end())
        found = statements.emplace(std::string(sql), std::make_unique<SQLite::Statement>(*db, std::string(sql))).first;
    found->second->reset();
    found->second->clearBindings();
    return *found->second;
}

bool is_busy(const std::exception& failure) {
    const int code = primary_code(failure);
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

// A record in a folder nobody may write (a read-only share, a DVD, an auditor's copy): SQLite
// cannot make the -shm file a WAL record is read with, but nobody can be appending either, so
// the file is read as it stands ("immutable"). Unless a -wal file beside it still holds events
// not yet in the main file: those would be missed, so it is refused, plainly.
bool on_read_only_medium(const std::string& path) {
    const std::filesystem::path file(path);
    const std::string folder = file.has_parent_path() ? file.parent_path().string() : std::string(".");
    if (::access(folder.c_str(), W_OK) == 0) return false;
    std::error_code error;
    const auto wal = std::filesystem::file_size(path + "-wal", error);
    if (!error && wal > 0)
        refuse(path, ErrorCode::Io,
               "is in a folder that cannot be written, and " + path +
                   "-wal beside it holds events not yet in the main file; read it where its folder can be "
                   "written, or copy it with `openras audit backup` there first");
    return true;
}

std::string immutable_uri(const std::string& path) {
    std::string uri = "file:";
    for (char c : std::filesystem::absolute(path).string()) {
        if (c == '%' || c == '?' || c == '#') {
            static const char* hex = "0123456789ABCDEF";
            uri += '%';
            uri += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
            uri += hex[static_cast<unsigned char>(c) & 0xF];
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}

void throw_storage_error(const std::string& path, const std::exception& failure) {
    const int code = primary_code(failure);
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        refuse(path, ErrorCode::StoreFormat, std::string("is damaged: SQLite reports \"") + failure.what() + "\"");
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        refuse(path, ErrorCode::Io, "is busy: another program held it for too long; nothing was changed, try again");
    if (code == SQLITE_READONLY)
        refuse(path, ErrorCode::Io, std::string("cannot be written: ") + failure.what());
    refuse(path, ErrorCode::Io, std::string("cannot be used: SQLite reports \"") + failure.what() + "\"");
}

void run_write_transaction(DecisionStore::State& s, const std::function<void()>& work) {
    const auto deadline = std::chrono::steady_clock::now() + s.options.busy_wait;
    // Seeded only when a retry needs it: opening the system's random source on every append
    // cost a twentieth of an append's time.
    std::optional<std::minstd_rand> jitter;
    for (int attempt = 0;; ++attempt) {
        try {
            SQLite::Transaction transaction(*s.db, SQLite::TransactionBehavior::IMMEDIATE);
            work();
            transaction.commit();
            return;
        } catch (const SQLite::Exception& e) {
            if (!is_busy(e) || std::chrono::steady_clock::now() >= deadline) throw_storage_error(s.path, e);
            // Another writer holds the lock beyond SQLite's own wait: back off a little, randomly,
            // so that waiting writers do not retry in step.
            if (!jitter) jitter.emplace(std::random_device{}());
            std::this_thread::sleep_for(std::chrono::milliseconds(1 + (*jitter)() % (attempt < 8 ? 4u << attempt : 500u)));
        }
    }
}

StoredEvent read_event_row(SQLite::Statement& row, int first) {
    StoredEvent e;
    read_event_row_into(row, first, e);
    return e;
}

void read_event_row_into(SQLite::Statement& row, int first, StoredEvent& e) {
    const auto column = [&](int c) { return row.getColumn(first + c); };
    const auto text = [&](int c, std::string& out) {
        const SQLite::Column value = column(c);
        const auto* bytes = static_cast<const char*>(value.getBlob());  // the bytes first, then their count
        out.assign(bytes ? bytes : "", std::size_t(value.getBytes()));
    };
    e.id = column(0).getInt64();
    text(1, e.type);
    text(2, e.person);
    text(3, e.actor);
    text(4, e.role);
    text(5, e.recorded_at);
    e.refers_to.reset();
    if (!column(6).isNull()) e.refers_to = column(6).getInt64();
    if (column(7).isNull()) {
        e.rule_set.reset();
    } else {
        if (!e.rule_set) e.rule_set.emplace();
        text(7, *e.rule_set);
    }
    text(8, e.payload);
    e.chain_hash = {};
    const SQLite::Column hash = column(9);
    const auto* bytes = static_cast<const std::uint8_t*>(hash.getBlob());
    for (int i = 0; bytes && i < hash.getBytes() && i < 32; ++i) e.chain_hash[std::size_t(i)] = bytes[i];
}

nlohmann::json StoredEvent::payload_json() const {
    nlohmann::json parsed = nlohmann::json::parse(payload, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object())
        throw OpenRasError(Error{ErrorCode::StoreFormat, "the payload of event " + std::to_string(id) + " is not a JSON object",
                                 SourceLocation{{}, 0, 0, "events[" + std::to_string(id) + "].payload"}});
    return parsed;
}

DecisionStore::DecisionStore(std::unique_ptr<State> state) : state_(std::move(state)) {}
DecisionStore::DecisionStore(DecisionStore&&) noexcept = default;
DecisionStore& DecisionStore::operator=(DecisionStore&&) noexcept = default;
DecisionStore::~DecisionStore() = default;

DecisionStore DecisionStore::open_to_read(const std::string& path) {
    StoreOptions options;
    options.access = StoreAccess::ReadOnly;
    return open(path, options);
}

DecisionStore DecisionStore::open(const std::string& path, StoreOptions options) {
    if (!options.clock) options.clock = system_utc_clock();
    const bool writer = options.access == StoreAccess::ReadWrite;
    if (CouncilRecord::is_address(path)) {
        auto state = std::make_unique<State>();
        state->options = std::move(options);
        state->council = std::make_unique<CouncilRecord>(path, state->options.access);
        state->path = state->council->shown();
        state->version = state->council->schema_version();
        state->store_id = state->council->store_id();
        state->genesis = genesis_hash(state->store_id);
        return DecisionStore(std::move(state));
    }
    if (!check_store_file(path)) {
        if (!writer || !options.create_if_missing)
            refuse(path, ErrorCode::Io, "there is no decision record here (no such file)");
        create_store_file(path);  // false: another process made it first, which is as good
        check_store_file(path);
    }
    auto state = std::make_unique<State>();
    state->path = path;
    state->options = std::move(options);
    try {
        const bool sealed = !writer && on_read_only_medium(path);
        state->db = sealed ? std::make_unique<SQLite::Database>(immutable_uri(path), SQLite::OPEN_READONLY | SQLite::OPEN_URI,
                                                                kBusyTimeoutMs, state->options.vfs)
                           : std::make_unique<SQLite::Database>(path, writer ? SQLite::OPEN_READWRITE : SQLite::OPEN_READONLY,
                                                                kBusyTimeoutMs, state->options.vfs);
        prepare_connection(*state);
    } catch (const OpenRasError&) {
        throw;
    } catch (const std::exception& e) {
        throw_storage_error(path, e);
    }
    return DecisionStore(std::move(state));
}

const std::string& DecisionStore::path() const { return state_->path; }
bool DecisionStore::read_only() const { return state_->options.access == StoreAccess::ReadOnly; }
int DecisionStore::schema_version() const { return state_->version; }
const std::string& DecisionStore::store_id() const { return state_->store_id; }
SQLite::Database& DecisionStore::database() const {
    if (!state_->db)
        throw OpenRasError(Error{ErrorCode::Io, "is on a council's server, not in an SQLite file", SourceLocation{state_->path, 0, 0, {}}});
    return *state_->db;
}
CouncilRecord* DecisionStore::council() const { return state_->council.get(); }

std::unique_ptr<EventRows> DecisionStore::read_events(const EventIdRange& range) const {
    if (state_->council) return state_->council->read_events(range);
    return sqlite_event_rows(*state_->db, range);
}

ReadSnapshot::ReadSnapshot(const DecisionStore& store) : store_(store) {
    if (CouncilRecord* council = store_.council()) {
        council->begin_snapshot();  // REPEATABLE READ: every read as at this moment
        open_ = true;
        return;
    }
    // BEGIN alone takes no snapshot until the first read: read the schema version at once, so
    // the snapshot is of this moment, not of whenever the caller first reads.
    store_.database().exec("BEGIN");
    open_ = true;
    (void)store_.database().execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
}

ReadSnapshot::~ReadSnapshot() {
    if (!open_) return;
    if (CouncilRecord* council = store_.council()) {
        council->end_snapshot();
        return;
    }
    try {
        store_.database().exec("ROLLBACK");
    } catch (const std::exception&) {  // the transaction already ended with the connection's error
    }
}

}  // namespace openras
