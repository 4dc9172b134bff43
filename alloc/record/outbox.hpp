#pragma once
// A kiosk's outbox: what people sent while the council's server could not be reached, kept on
// the kiosk until it can be sent (alloc/case/outbox_sending.hpp). Nothing in it is an event yet:
// the server alone numbers and chains events, in the order it receives them.
//
// STORAGE FORMAT: an SQLite file (WAL, synchronous = FULL), readable by its owner only.
//   PRAGMA application_id = 0x4F524151 ("ORAQ"), user_version = 1.
//   meta (key, value): kiosk_key = the kiosk's public key, 64 hex digits.
//   entries (seq INTEGER PRIMARY KEY, id TEXT UNIQUE, kept_at TEXT, body TEXT,
//            chain_hash BLOB, signature BLOB, sent_at TEXT NULL, plan_event INTEGER NULL)
//     id          32 random hex digits: the entry's name on the server (openras.uploads), so it
//                 is recorded there once however often it is sent
//     kept_at     when the person sent it at the kiosk, UTC, "2026-05-01T09:30:00Z"
//     body        what they sent, as canonical JSON (OutboxSubmission)
//     chain_hash  SHA-256(the entry before's chain_hash, or for the first SHA-256 of
//                 "openras-outbox-v1\n" and the kiosk key's hex || each of id, kept_at, body
//                 as its length in 4 bytes, big-endian, then its UTF-8 bytes)
//     signature   Ed25519 over chain_hash, by the kiosk's own key
//     sent_at, plan_event   when it reached the server and the plan's event there; NULL while
//                 it waits
// Entries are only ever added, then marked sent; check() tells whether the chain and every
// signature still hold, so an entry changed or slipped in on the kiosk is found before it is sent.
#include "alloc/record/checkpoint.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace openras {

// What a person sent from the kiosk: their answers and their plan.
struct OutboxSubmission {
    std::string person;
    boost::gregorian::date date;                 // the assessment date
    std::vector<std::pair<std::string, std::string>> answers;  // (question id, answer id), as asked
    std::string plan;                            // the plan, as TOML
    std::string reference;                       // the plan's reference, on the person's receipt

    nlohmann::json to_json() const;
    // Throws OpenRasError naming the field when `body` is not one.
    static OutboxSubmission from_json(const std::string& body, const std::string& source);
};

struct OutboxEntry {
    std::int64_t seq = 0;
    std::string id, kept_at, body;
    ChainHash chain_hash{};
    Signature signature{};
    std::optional<std::string> sent_at;
    std::optional<EventId> plan_event;
};

class Outbox {
public:
    // Opens the kiosk's outbox at `path`, made when missing, signing with `key`. Throws
    // OpenRasError (Io, StoreFormat) naming the file; a file kept for another key is refused.
    Outbox(const std::string& path, const SigningKey& key);
    ~Outbox();
    Outbox(const Outbox&) = delete;
    Outbox& operator=(const Outbox&) = delete;

    // Keeps `submission`, durably, after every entry before; returns its id.
    std::string keep(const OutboxSubmission& submission, const std::string& kept_at);
    std::vector<OutboxEntry> waiting() const;  // not yet sent, oldest first
    std::size_t size() const;                  // every entry, sent or not
    void mark_sent(const std::string& id, EventId plan_event, const std::string& sent_at);
    // What is wrong with the chain and signatures, each in a sentence naming the entry; empty
    // when every entry is as the kiosk kept it.
    std::vector<std::string> check() const;

    const std::string& path() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace openras
