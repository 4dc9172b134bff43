// Reading the decision record: single events, one person's events, stored rule sets.
#include "alloc/record/decision_store.hpp"

#include "alloc/record/decision_store_state.hpp"
#include "alloc/record/store_schema.hpp"
#include "rules/error.hpp"

#include <SQLiteCpp/Database.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace openras {
namespace {

template <class Work>
auto reading(const DecisionStore::State& s, Work work) -> decltype(work()) {
    try {
        return work();
    } catch (const OpenRasError&) {
        throw;
    } catch (const std::exception& e) {
        throw_storage_error(s.path, e);
    }
}

const std::string kSelectEvents = std::string("SELECT ") + kEventColumns + " FROM events ";

std::optional<StoredEvent> first_of(std::vector<StoredEvent> events) {
    if (events.empty()) return std::nullopt;
    return std::move(events.front());
}

}  // namespace

StoreHead DecisionStore::head() const {
    if (CouncilRecord* council = state_->council.get()) return council->head();
    return reading(*state_, [&] {
        SQLite::Statement& last = state_->statement("SELECT id, chain_hash FROM events ORDER BY id DESC LIMIT 1");
        StoreHead head{0, state_->genesis};
        if (last.executeStep()) {
            head.event = last.getColumn(0).getInt64();
            const SQLite::Column hash = last.getColumn(1);
            const auto* bytes = static_cast<const std::uint8_t*>(hash.getBlob());
            for (int i = 0; i < hash.getBytes() && i < 32; ++i) head.hash[std::size_t(i)] = bytes[i];
        }
        last.reset();
        return head;
    });
}

StoreHead DecisionStore::meta_head() const {
    if (CouncilRecord* council = state_->council.get()) return council->meta_head();
    return reading(*state_, [&] {
        SQLite::Statement& meta = state_->statement("SELECT key, value FROM meta WHERE key IN (?, ?)");
        meta.bind(1, kMetaHeadEvent);
        meta.bind(2, kMetaHeadHash);
        StoreHead head{-1, {}};
        while (meta.executeStep()) {
            const std::string key = meta.getColumn(0).getString(), value = meta.getColumn(1).getString();
            if (key == kMetaHeadEvent) head.event = std::atoll(value.c_str());
            if (key == kMetaHeadHash) head.hash = chain_hash_from_hex(value).value_or(ChainHash{});
        }
        return head;
    });
}

std::optional<StoredEvent> DecisionStore::event(EventId id) const {
    if (CouncilRecord* council = state_->council.get()) return first_of(council->events_where("id = " + std::to_string(id)));
    return reading(*state_, [&]() -> std::optional<StoredEvent> {
        SQLite::Statement& query = state_->statement(kSelectEvents + "WHERE id = ?");
        query.bind(1, static_cast<std::int64_t>(id));
        if (!query.executeStep()) return std::nullopt;
        StoredEvent e = read_event_row(query);
        query.reset();
        return e;
    });
}

std::vector<StoredEvent> DecisionStore::events_of(const std::string& person) const {
    if (CouncilRecord* council = state_->council.get()) return council->events_where("person = " + council->quote(person) + " ORDER BY id");
    return reading(*state_, [&] {
        SQLite::Statement& query = state_->statement(kSelectEvents + "WHERE person = ? ORDER BY id");
        query.bind(1, person);
        std::vector<StoredEvent> out;
        while (query.executeStep()) out.push_back(read_event_row(query));
        return out;
    });
}

std::optional<StoredEvent> DecisionStore::latest_of(const std::string& person, EventType type) const {
    return latest_of(person, {type});
}

std::optional<StoredEvent> DecisionStore::latest_of(const std::string& person, std::initializer_list<EventType> types) const {
    if (types.size() == 0) return std::nullopt;
    std::string placeholders = "?";
    for (std::size_t i = 1; i < types.size(); ++i) placeholders += ",?";
    if (CouncilRecord* council = state_->council.get()) {
        std::string listed;
        for (EventType type : types) listed += (listed.empty() ? "'" : ", '") + std::string(event_type_name(type)) + "'";
        return first_of(council->events_where("person = " + council->quote(person) + " AND type IN (" + listed +
                                              ") ORDER BY id DESC LIMIT 1"));
    }
    return reading(*state_, [&]() -> std::optional<StoredEvent> {
        SQLite::Statement& query =
            state_->statement(kSelectEvents + "WHERE person = ? AND type IN (" + placeholders + ") ORDER BY id DESC LIMIT 1");
        query.bind(1, person);
        int at = 2;
        for (EventType type : types) query.bind(at++, std::string(event_type_name(type)));
        if (!query.executeStep()) return std::nullopt;
        StoredEvent e = read_event_row(query);
        query.reset();
        return e;
    });
}

std::vector<StoredEvent> DecisionStore::events_referring_to(const std::string& person, EventId id) const {
    if (CouncilRecord* council = state_->council.get()) return council->events_where("person = " + council->quote(person) + " AND refers_to = " + std::to_string(id) + " ORDER BY id");
    return reading(*state_, [&] {
        SQLite::Statement& query = state_->statement(kSelectEvents + "WHERE person = ? AND refers_to = ? ORDER BY id");
        query.bind(1, person);
        query.bind(2, static_cast<std::int64_t>(id));
        std::vector<StoredEvent> out;
        while (query.executeStep()) out.push_back(read_event_row(query));
        return out;
    });
}

// Every event but a registration is refused until the person is registered, so a registered
// person's first event is their registration. Asking for that one event is a single step in the
// person index; looking for the latest registration instead walked back through the person's
// whole timeline on every append.
bool DecisionStore::person_registered(const std::string& person) const {
    if (CouncilRecord* council = state_->council.get()) return council->person_registered(person);
    return reading(*state_, [&] {
        SQLite::Statement& query = state_->statement("SELECT type FROM events WHERE person = ? ORDER BY id LIMIT 1");
        query.bind(1, person);
        const bool registered =
            query.executeStep() && query.getColumn(0).getString() == event_type_name(EventType::PersonRegistered);
        query.reset();
        return registered;
    });
}

std::vector<std::string> DecisionStore::people() const {
    if (CouncilRecord* council = state_->council.get()) return council->people();
    return reading(*state_, [&] {
        SQLite::Statement& query = state_->statement("SELECT person FROM events WHERE type = ? ORDER BY id");
        query.bind(1, std::string(event_type_name(EventType::PersonRegistered)));
        std::vector<std::string> out;
        while (query.executeStep()) out.push_back(query.getColumn(0).getString());
        return out;
    });
}

std::optional<std::string> DecisionStore::rule_set_text(const std::string& hash) const {
    if (CouncilRecord* council = state_->council.get()) return council->rule_set_text(hash);
    return reading(*state_, [&]() -> std::optional<std::string> {
        SQLite::Statement& query = state_->statement("SELECT text FROM rule_sets WHERE hash = ?");
        query.bind(1, hash);
        if (!query.executeStep()) return std::nullopt;
        std::string text = query.getColumn(0).getString();
        query.reset();
        return text;
    });
}

std::vector<std::string> DecisionStore::rule_set_hashes() const {
    if (CouncilRecord* council = state_->council.get()) return council->rule_set_hashes();
    return reading(*state_, [&] {
        SQLite::Statement& query = state_->statement("SELECT hash FROM rule_sets ORDER BY hash");
        std::vector<std::string> out;
        while (query.executeStep()) out.push_back(query.getColumn(0).getString());
        return out;
    });
}

std::map<std::string, ChainHash, std::less<>> DecisionStore::rule_set_digests() const {
    std::map<std::string, ChainHash, std::less<>> digests;
    if (CouncilRecord* council = state_->council.get()) {
        for (const auto& [hash, digest] : council->rule_set_digests())
            if (digest.size() == 32) std::memcpy(digests[hash].data(), digest.data(), 32);
        return digests;
    }
    return reading(*state_, [&] {
        SQLite::Statement& query = state_->statement("SELECT hash, text_sha256 FROM rule_set_digests ORDER BY hash");
        while (query.executeStep()) {
            const SQLite::Column digest = query.getColumn(1);
            if (digest.getBytes() == 32) std::memcpy(digests[query.getColumn(0).getString()].data(), digest.getBlob(), 32);
        }
        return digests;
    });
}

// The plan-submitted event carrying the reference: the payload is canonical JSON, so SQLite's
// json_extract (and the server's ->>) reads the field as the record wrote it.
std::optional<StoredEvent> DecisionStore::plan_submitted_with(std::string_view reference) const {
    if (CouncilRecord* council = state_->council.get())
        return first_of(council->events_where("type = 'plan-submitted' AND ((payload::jsonb) ->> 'reference') = " +
                                              council->quote(reference) + " ORDER BY id LIMIT 1"));
    return reading(*state_, [&]() -> std::optional<StoredEvent> {
        SQLite::Statement& find = state_->statement(
            "SELECT id FROM events WHERE type = 'plan-submitted' AND json_extract(payload, '$.reference') = ? ORDER BY id LIMIT 1");
        find.bind(1, std::string(reference));
        if (!find.executeStep()) return std::nullopt;
        const EventId id = find.getColumn(0).getInt64();
        find.reset();
        return event(id);
    });
}

std::unique_ptr<SQLite::Database> DecisionStore::second_reader() const {
    if (state_->council) return nullptr;  // the server reads in its own process alongside
    std::error_code missing;
    if (!std::filesystem::is_regular_file(path(), missing)) return nullptr;
    try {
        auto database = std::make_unique<SQLite::Database>(path(), SQLite::OPEN_READONLY);
        database->setBusyTimeout(60000);
        database->execAndGet("SELECT count(*) FROM events WHERE id = 1");  // it can read the record
        return database;
    } catch (const std::exception&) {
        return nullptr;
    }
}

}  // namespace openras
