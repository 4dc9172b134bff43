#pragma once
// Saved journeys ("Save and come back later"), kept sealed so that nobody who can read the file
// (the kiosk's administrators, the decision record's auditors, a thief) can read a person's
// answers without the code the person chose. A file of its own, never the decision record: a
// draft is nobody's decision, and it is wiped, not kept.
//
// The file is SQLite (PRAGMA user_version = 1, secure_delete on, so deleted drafts are
// overwritten, not left in free pages), one table:
//
//   drafts(reference TEXT PRIMARY KEY,   -- "7KQ4-M2XD-R" (alloc/record/plan_reference.hpp)
//          salt BLOB, nonce BLOB,        -- 16 and 24 random bytes
//          sealed BLOB,                  -- crypto_secretbox(saved_journey_text, nonce, key)
//          saved_at TEXT, expires_at TEXT,  -- UTC, "2026-12-07T10:30:00Z"
//          wrong_tries INTEGER)          -- wrong codes so far
//
// The key is Argon2id (libsodium crypto_pwhash, interactive limits) of the code and the salt;
// it is never stored. A code is at least kMinDraftCodeLength letters or digits, so trying codes
// against a stolen file takes years. At the kiosk, kDraftTries wrong codes delete the draft.
// Drafts are deleted when they expire (whenever the file is opened, and before every save and
// look-up), and when they are opened with the right code: a draft is used once.
#include "alloc/record/decision_store.hpp"
#include "kiosk/flow/personal_text.hpp"

#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace openras::kiosk {

inline constexpr std::size_t kMinDraftCodeLength = 6;
inline constexpr std::size_t kMaxDraftCodeLength = 20;
inline constexpr int kDraftTries = 5;
inline constexpr int kMaxDraftDays = 60;

// Whether a code may be used: long enough, letters, digits and spaces only.
bool is_draft_code(const PersonalText& code);

struct SavedDraft {
    std::string reference;
    std::string expires_at;  // UTC
};

enum class DraftOpened { Found, WrongCode, NotFound, Deleted };  // Deleted: that was the last try

class DraftStore {
public:
    // Opens the file, making it when missing, and deletes the drafts past their day. Throws
    // OpenRasError (Io, StoreFormat) naming the file. `clock`: the time now; empty: the system's.
    explicit DraftStore(const std::string& path, UtcClock clock = {});
    ~DraftStore();
    DraftStore(DraftStore&&) noexcept;

    // Seals `text` with `code` under a new reference, kept for `days` (1 to kMaxDraftDays).
    // `make_reference`: where references come from; empty: new_plan_reference().
    SavedDraft save(const PersonalText& text, const PersonalText& code, int days,
                    const std::function<std::string()>& make_reference = {});
    // With the right code: the text, and the draft deleted. A wrong code counts a try; the last
    // deletes it. `tries_left` is what remains after a wrong code.
    DraftOpened open(std::string_view reference, const PersonalText& code, PersonalText& text, int& tries_left);
    // Deletes drafts whose day has passed; returns how many.
    int expire();
    int count() const;  // drafts kept

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace openras::kiosk
