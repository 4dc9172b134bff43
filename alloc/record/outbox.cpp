#include "alloc/record/outbox.hpp"

#include "alloc/io/canonical_json.hpp"
#include "alloc/io/dates.hpp"
#include "alloc/record/sha256.hpp"
#include "rules/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sodium.h>

#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace openras {
namespace {

constexpr int kOutboxApplicationId = 0x4F524151;  // "ORAQ"

[[noreturn]] void refuse(const std::string& path, ErrorCode code, const std::string& why, const std::string& field = {}) {
    throw OpenRasError(Error{code, why, SourceLocation{path, 0, 0, field}});
}

void add_field(Sha256& hash, std::string_view value) {
    const std::uint32_t size = std::uint32_t(value.size());
    const std::uint8_t length[4] = {std::uint8_t(size >> 24), std::uint8_t(size >> 16), std::uint8_t(size >> 8), std::uint8_t(size)};
    hash.update(length, 4);
    hash.update(value);
}

ChainHash genesis_of(const PublicKey& key) {
    return Sha256::of("openras-outbox-v1\n" + public_key_hex(key));
}

ChainHash link(const ChainHash& previous, const std::string& id, const std::string& kept_at, const std::string& body) {
    Sha256 hash;
    hash.update(previous.data(), previous.size());
    add_field(hash, id);
    add_field(hash, kept_at);
    add_field(hash, body);
    return hash.finish();
}

template <std::size_t N>
void read_blob(const SQLite::Column& column, std::array<std::uint8_t, N>& out) {
    out = {};
    if (column.getBytes() == int(N)) std::memcpy(out.data(), column.getBlob(), N);
}

OutboxEntry entry_from(SQLite::Statement& row) {
    OutboxEntry e;
    e.seq = row.getColumn(0).getInt64();
    e.id = row.getColumn(1).getString();
    e.kept_at = row.getColumn(2).getString();
    e.body = row.getColumn(3).getString();
    read_blob(row.getColumn(4), e.chain_hash);
    read_blob(row.getColumn(5), e.signature);
    if (!row.getColumn(6).isNull()) e.sent_at = row.getColumn(6).getString();
    if (!row.getColumn(7).isNull()) e.plan_event = row.getColumn(7).getInt64();
    return e;
}

constexpr const char* kEntryColumns = "seq, id, kept_at, body, chain_hash, signature, sent_at, plan_event";

}  // namespace

nlohmann::json OutboxSubmission::to_json() const {
    nlohmann::json answered = nlohmann::json::array();
    for (const auto& [question, answer] : answers) answered.push_back({{"question", question}, {"answer", answer}});
    return {{"person", person}, {"date", iso_date(date)}, {"answers", answered}, {"plan", plan}, {"reference", reference}};
}

OutboxSubmission OutboxSubmission::from_json(const std::string& body, const std::string& source) {
    const nlohmann::json document = nlohmann::json::parse(body, nullptr, false);
    const auto text = [&](const char* field) {
        if (document.is_discarded() || !document.is_object() || !document.contains(field) || !document[field].is_string())
            refuse(source, ErrorCode::MissingField, std::string("the outbox entry has no ") + field, field);
        return document[field].get<std::string>();
    };
    OutboxSubmission s;
    s.person = text("person");
    s.date = parse_iso_date(text("date"), SourceLocation{source, 0, 0, "date"});
    s.plan = text("plan");
    s.reference = text("reference");
    if (!document.contains("answers") || !document["answers"].is_array())
        refuse(source, ErrorCode::MissingField, "the outbox entry has no answers", "answers");
    for (const nlohmann::json& given : document["answers"]) {
        if (!given.is_object() || !given.contains("question") || !given["question"].is_string() || !given.contains("answer") ||
            !given["answer"].is_string())
            refuse(source, ErrorCode::WrongType, "an answer is not a question and its answer", "answers");
        s.answers.emplace_back(given["question"].get<std::string>(), given["answer"].get<std::string>());
    }
    return s;
}

struct Outbox::State {
    std::string path;
    SigningKey key;
    std::unique_ptr<SQLite::Database> db;
};

Outbox::Outbox(const std::string& path, const SigningKey& key) : state_(std::make_unique<State>()) {
    state_->path = path;
    state_->key = key;
    try {
        if (::access(path.c_str(), F_OK) != 0) {
            // Made readable by the kiosk's user only: it holds what people told the council.
            const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd >= 0) ::close(fd);
        }
        state_->db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE, 5000);
        SQLite::Database& db = *state_->db;
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = FULL");
        const int application = db.execAndGet("PRAGMA application_id").getInt();
        if (application == 0 && db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() == 0) {
            SQLite::Transaction make(db, SQLite::TransactionBehavior::IMMEDIATE);
            db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            db.exec("CREATE TABLE entries (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kept_at TEXT NOT NULL, "
                    "body TEXT NOT NULL, chain_hash BLOB NOT NULL, signature BLOB NOT NULL, sent_at TEXT, plan_event INTEGER)");
            SQLite::Statement meta(db, "INSERT INTO meta (key, value) VALUES ('kiosk_key', ?)");
            meta.bind(1, public_key_hex(key.public_key));
            meta.exec();
            db.exec("PRAGMA application_id = " + std::to_string(kOutboxApplicationId));
            db.exec("PRAGMA user_version = 1");
            make.commit();
        } else if (application != kOutboxApplicationId) {
            refuse(path, ErrorCode::StoreFormat, "is not a kiosk's outbox");
        }
        const std::string kept_for = db.execAndGet("SELECT value FROM meta WHERE key = 'kiosk_key'").getString();
        if (kept_for != public_key_hex(key.public_key))
            refuse(path, ErrorCode::StoreFormat, "is kept with another kiosk's key (" + kept_for + "), not this kiosk's");
    } catch (const OpenRasError&) {
        throw;
    } catch (const std::exception& e) {
        refuse(path, ErrorCode::Io, std::string("cannot be used: ") + e.what());
    }
}

Outbox::~Outbox() = default;

const std::string& Outbox::path() const { return state_->path; }

std::string Outbox::keep(const OutboxSubmission& submission, const std::string& kept_at) {
    unsigned char random[16];
    randombytes_buf(random, sizeof random);
    const std::string id = to_hex(random, sizeof random);
    const std::string body = canonical_json(submission.to_json());
    try {
        SQLite::Database& db = *state_->db;
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        ChainHash previous = genesis_of(state_->key.public_key);
        SQLite::Statement last(db, "SELECT chain_hash FROM entries ORDER BY seq DESC LIMIT 1");
        if (last.executeStep()) read_blob(last.getColumn(0), previous);
        const ChainHash hash = link(previous, id, kept_at, body);
        const Signature signature = sign_message(state_->key, std::string_view(reinterpret_cast<const char*>(hash.data()), hash.size()));
        SQLite::Statement insert(db, "INSERT INTO entries (id, kept_at, body, chain_hash, signature) VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, id);
        insert.bind(2, kept_at);
        insert.bind(3, body);
        insert.bind(4, hash.data(), int(hash.size()));
        insert.bind(5, signature.data(), int(signature.size()));
        insert.exec();
        transaction.commit();
    } catch (const std::exception& e) {
        refuse(state_->path, ErrorCode::Io, std::string("the plan could not be kept: ") + e.what());
    }
    return id;
}

std::vector<OutboxEntry> Outbox::waiting() const {
    std::vector<OutboxEntry> out;
    SQLite::Statement query(*state_->db, std::string("SELECT ") + kEntryColumns + " FROM entries WHERE sent_at IS NULL ORDER BY seq");
    while (query.executeStep()) out.push_back(entry_from(query));
    return out;
}

std::size_t Outbox::size() const {
    return std::size_t(state_->db->execAndGet("SELECT count(*) FROM entries").getInt64());
}

void Outbox::mark_sent(const std::string& id, EventId plan_event, const std::string& sent_at) {
    SQLite::Statement mark(*state_->db, "UPDATE entries SET sent_at = ?, plan_event = ? WHERE id = ? AND sent_at IS NULL");
    mark.bind(1, sent_at);
    mark.bind(2, static_cast<std::int64_t>(plan_event));
    mark.bind(3, id);
    mark.exec();
}

std::vector<std::string> Outbox::check() const {
    std::vector<std::string> problems;
    ChainHash previous = genesis_of(state_->key.public_key);
    SQLite::Statement query(*state_->db, std::string("SELECT ") + kEntryColumns + " FROM entries ORDER BY seq");
    while (query.executeStep()) {
        const OutboxEntry e = entry_from(query);
        const ChainHash expected = link(previous, e.id, e.kept_at, e.body);
        if (expected != e.chain_hash)
            problems.push_back("entry " + std::to_string(e.seq) + " (" + e.id + ") was changed, or an entry before it was");
        else if (!signature_holds(state_->key.public_key,
                                  std::string_view(reinterpret_cast<const char*>(e.chain_hash.data()), e.chain_hash.size()),
                                  e.signature))
            problems.push_back("entry " + std::to_string(e.seq) + " (" + e.id + ") is not signed by this kiosk's key");
        previous = e.chain_hash;
    }
    return problems;
}

}  // namespace openras
