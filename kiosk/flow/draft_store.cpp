#include "kiosk/flow/draft_store.hpp"

#include "alloc/record/plan_reference.hpp"
#include "rules/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <sodium.h>

#include <array>
#include <cctype>

namespace openras::kiosk {
namespace {

constexpr int kSchemaVersion = 1;
using Key = std::array<unsigned char, crypto_secretbox_KEYBYTES>;

[[noreturn]] void fail(ErrorCode code, const std::string& path, const std::string& why) {
    throw OpenRasError(Error{code, why, SourceLocation{path, 0, 0, {}}});
}

// The key from the code and the salt; false when libsodium could not (out of memory).
bool derive(const PersonalText& code, const unsigned char* salt, Key& key) {
    return crypto_pwhash(key.data(), key.size(), code.data(), code.size(), salt, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                         crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) == 0;
}

std::vector<unsigned char> blob(const SQLite::Column& column) {
    const auto* bytes = static_cast<const unsigned char*>(column.getBlob());
    return std::vector<unsigned char>(bytes, bytes + column.getBytes());
}

}  // namespace

bool is_draft_code(const PersonalText& code) {
    if (code.size() < kMinDraftCodeLength || code.size() > kMaxDraftCodeLength) return false;
    for (char c : code)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != ' ') return false;
    return true;
}

struct DraftStore::State {
    std::string path;
    SQLite::Database db;
    UtcClock clock;
    State(const std::string& p, UtcClock c)
        : path(p), db(p, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE), clock(std::move(c)) {}
    std::string now() const {
        return iso_utc(clock ? clock() : boost::posix_time::second_clock::universal_time());
    }
};

DraftStore::DraftStore(const std::string& path, UtcClock clock) {
    if (sodium_init() < 0) fail(ErrorCode::Io, path, "libsodium could not start");
    try {
        state_ = std::make_unique<State>(path, std::move(clock));
        SQLite::Database& db = state_->db;
        db.exec("PRAGMA secure_delete = ON");
        const int version = db.execAndGet("PRAGMA user_version").getInt();
        if (version == 0) {
            SQLite::Transaction make(db);
            db.exec("CREATE TABLE IF NOT EXISTS drafts (reference TEXT PRIMARY KEY, salt BLOB NOT NULL, nonce BLOB NOT NULL, "
                    "sealed BLOB NOT NULL, saved_at TEXT NOT NULL, expires_at TEXT NOT NULL, "
                    "wrong_tries INTEGER NOT NULL DEFAULT 0)");
            db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
            make.commit();
        } else if (version != kSchemaVersion) {
            fail(ErrorCode::StoreFormat, path, "is a drafts file of version " + std::to_string(version) +
                                                   "; this kiosk reads version " + std::to_string(kSchemaVersion));
        }
    } catch (const SQLite::Exception& e) {
        fail(ErrorCode::Io, path, std::string("the drafts file cannot be opened: ") + e.what());
    }
    expire();
}

DraftStore::~DraftStore() = default;
DraftStore::DraftStore(DraftStore&&) noexcept = default;

int DraftStore::expire() {
    SQLite::Statement gone(state_->db, "DELETE FROM drafts WHERE expires_at <= ?");
    gone.bind(1, state_->now());
    return gone.exec();
}

int DraftStore::count() const { return state_->db.execAndGet("SELECT count(*) FROM drafts").getInt(); }

SavedDraft DraftStore::save(const PersonalText& text, const PersonalText& code, int days,
                            const std::function<std::string()>& make_reference) {
    if (!is_draft_code(code)) fail(ErrorCode::InvalidValue, state_->path, "a draft's code is 6 to 20 letters or digits");
    if (days < 1 || days > kMaxDraftDays) fail(ErrorCode::InvalidValue, state_->path, "drafts are kept 1 to 60 days");
    expire();
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
    std::array<unsigned char, crypto_secretbox_NONCEBYTES> nonce{};
    randombytes_buf(salt.data(), salt.size());
    randombytes_buf(nonce.data(), nonce.size());
    Key key{};
    if (!derive(code, salt.data(), key)) fail(ErrorCode::Io, state_->path, "the code could not be turned into a key");
    std::vector<unsigned char> sealed(text.size() + crypto_secretbox_MACBYTES);
    crypto_secretbox_easy(sealed.data(), reinterpret_cast<const unsigned char*>(text.data()), text.size(), nonce.data(), key.data());
    sodium_memzero(key.data(), key.size());

    const boost::posix_time::ptime now = state_->clock ? state_->clock() : boost::posix_time::second_clock::universal_time();
    SavedDraft saved;
    saved.expires_at = iso_utc(now + boost::gregorian::days(days));
    for (int attempt = 0;; ++attempt) {
        saved.reference = make_reference ? make_reference() : new_plan_reference();
        SQLite::Statement insert(state_->db, "INSERT OR IGNORE INTO drafts (reference, salt, nonce, sealed, saved_at, expires_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?)");
        insert.bind(1, saved.reference);
        insert.bind(2, salt.data(), int(salt.size()));
        insert.bind(3, nonce.data(), int(nonce.size()));
        insert.bind(4, sealed.data(), int(sealed.size()));
        insert.bind(5, iso_utc(now));
        insert.bind(6, saved.expires_at);
        if (insert.exec() == 1) break;
        if (attempt == 3) fail(ErrorCode::Duplicate, state_->path, "no new reference could be found");
    }
    return saved;
}

DraftOpened DraftStore::open(std::string_view typed, const PersonalText& code, PersonalText& text, int& tries_left) {
    expire();
    tries_left = 0;
    const std::optional<std::string> reference = read_plan_reference(typed);
    if (!reference) return DraftOpened::NotFound;
    SQLite::Statement find(state_->db, "SELECT salt, nonce, sealed, wrong_tries FROM drafts WHERE reference = ?");
    find.bind(1, *reference);
    if (!find.executeStep()) return DraftOpened::NotFound;
    const std::vector<unsigned char> salt = blob(find.getColumn(0)), nonce = blob(find.getColumn(1)), sealed = blob(find.getColumn(2));
    const int wrong = find.getColumn(3).getInt();
    find.reset();
    Key key{};
    PersonalText opened(sealed.size() >= crypto_secretbox_MACBYTES ? sealed.size() - crypto_secretbox_MACBYTES : 0, '\0');
    const bool right = salt.size() == crypto_pwhash_SALTBYTES && nonce.size() == crypto_secretbox_NONCEBYTES &&
                       sealed.size() >= crypto_secretbox_MACBYTES && derive(code, salt.data(), key) &&
                       crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(opened.data()), sealed.data(), sealed.size(),
                                                  nonce.data(), key.data()) == 0;
    sodium_memzero(key.data(), key.size());
    if (right) {
        SQLite::Statement used(state_->db, "DELETE FROM drafts WHERE reference = ?");
        used.bind(1, *reference);
        used.exec();
        kiosk::wipe(text);
        text = std::move(opened);
        return DraftOpened::Found;
    }
    kiosk::wipe(opened);
    if (wrong + 1 >= kDraftTries) {
        SQLite::Statement gone(state_->db, "DELETE FROM drafts WHERE reference = ?");
        gone.bind(1, *reference);
        gone.exec();
        return DraftOpened::Deleted;
    }
    SQLite::Statement count(state_->db, "UPDATE drafts SET wrong_tries = wrong_tries + 1 WHERE reference = ?");
    count.bind(1, *reference);
    count.exec();
    tries_left = kDraftTries - wrong - 1;
    return DraftOpened::WrongCode;
}

}  // namespace openras::kiosk
