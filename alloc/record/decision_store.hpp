#pragma once
// The decision record: a tamper-evident, append-only SQLite store of everything that happened on
// the way to people's personal budgets. The storage format is described in store_schema.cpp;
// checking a record is record_verifier.hpp, replaying its figures replay.hpp.
//
// A DecisionStore is one connection to one record file. Writers append whole batches of events
// atomically under BEGIN IMMEDIATE, waiting (not failing) while another process writes; every
// commit is durable when append() returns (WAL, synchronous = FULL). An auditor's store is opened
// read-only and refuses every append. Who may append what, and what each event must say, is
// checked here, inside the write transaction (roles.hpp, event_rules.hpp).
//
// On a council's PostgreSQL server (alloc/record/council) the same calls read and append the
// same events, in one transaction an append under the server's head lock; the server, not this
// code, sets each event's id, actor (the login), role, time and chain hash, and refuses what the
// login's role may not do.
#include "alloc/record/event_chain.hpp"
#include "alloc/record/event_types.hpp"
#include "alloc/record/roles.hpp"

#include <boost/date_time/posix_time/ptime.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace openras {

// The clock events are stamped with; tests pass a fixed one so records are reproducible.
using UtcClock = std::function<boost::posix_time::ptime()>;
UtcClock system_utc_clock();
std::string iso_utc(const boost::posix_time::ptime& moment);  // "2026-05-01T09:30:00Z"

enum class StoreAccess { ReadOnly, ReadWrite };

// Where an append can be made to fail in tests, as SQLite's own tests inject faults: the hook
// may throw at each point, and the append must then leave the record exactly as it was.
enum class AppendStage { Locked, EventsWritten, HeadWritten };

struct StoreOptions {
    StoreAccess access = StoreAccess::ReadWrite;
    bool create_if_missing = false;
    UtcClock clock;                               // default: the system's UTC clock
    std::chrono::milliseconds busy_wait{60000};   // how long a writer waits for others in all
    std::string vfs;                              // SQLite VFS; empty for the default
    std::function<void(AppendStage)> fault;       // tests only
};

// A rule set as it goes into the record: its hash (as load_rule_set computed it) and exact text.
struct RuleSetText {
    std::string hash;
    std::string text;
};

struct NewEvent {
    EventType type = EventType::PersonRegistered;
    std::string person;
    Actor actor;
    std::optional<EventId> refers_to;
    // Instead of refers_to: the event at this index of the same append (an assessment and the
    // budget worked out from it are appended together).
    std::optional<std::size_t> refers_to_batch_index;
    std::optional<RuleSetText> rule_set;
    nlohmann::json payload = nlohmann::json::object();
};

// An event as stored. Fields are kept as text: a record that was tampered with may hold values
// no event type or role has, and the verifier must still be able to show them.
struct StoredEvent {
    EventId id = 0;
    std::string type, person, actor, role, recorded_at;
    std::optional<EventId> refers_to;
    std::optional<std::string> rule_set;
    std::string payload;
    ChainHash chain_hash{};

    std::optional<EventType> known_type() const { return event_type_from_name(type); }
    std::optional<Role> known_role() const { return role_from_name(role); }
    // Throws OpenRasError(StoreFormat) when the payload is not a JSON object.
    nlohmann::json payload_json() const;
};

// The ids a bulk reader reads: those above `after` (when given) up to `through` (when given).
struct EventIdRange {
    std::optional<EventId> after, through;
};

class EventRows;
class CouncilRecord;

struct StoreHead {
    EventId event = 0;  // 0 for an empty record
    ChainHash hash{};   // the genesis hash for an empty record
};

class DecisionStore {
public:
    // `path` is an SQLite file, or a council's server: "postgresql://login@host/database…"
    // (council_record.hpp), where the login decides what may be read and recorded.
    // Throws OpenRasError: Io when the file cannot be opened, StoreFormat when it is not a record
    // this build can use (the file is then left exactly as it was). A writer migrates a record of
    // an older schema; a reader reads it as it is.
    static DecisionStore open(const std::string& path, StoreOptions options = {});
    // Opened as an auditor opens it: read-only, refusing every append, never migrating.
    static DecisionStore open_to_read(const std::string& path);
    DecisionStore(DecisionStore&&) noexcept;
    DecisionStore& operator=(DecisionStore&&) noexcept;
    ~DecisionStore();

    const std::string& path() const;
    bool read_only() const;
    int schema_version() const;
    const std::string& store_id() const;

    // Appends all the events or none, in order, and returns their ids. Throws OpenRasError
    // (Permission, MissingField, InvalidValue, UnknownName ...) naming what is wrong.
    std::vector<EventId> append(std::vector<NewEvent> events);
    EventId append(NewEvent event);
    // The same, but only while the record's last event is still `expected_last`, for events
    // whose payloads name the ids they will be given (a final budget and the plan's re-check
    // against it). Nothing is written, and nullopt returned, when another writer got there first:
    // build the events again from the new head and retry.
    std::optional<std::vector<EventId>> append_if_last_is(EventId expected_last, std::vector<NewEvent> events);

    // On a council's server: runs `work`, whose appends to this store are then made together in
    // one transaction, and records `entry` (an offline kiosk's outbox entry) as done in it. False,
    // with nothing written, when `entry` was done before; anything `work` throws leaves nothing
    // written. A file needs none of this (it is always there to write to): refused.
    bool append_once(const std::string& entry, const std::function<void()>& work);

    StoreHead head() const;
    StoreHead meta_head() const;  // the head as `meta` repeats it
    std::optional<StoredEvent> event(EventId id) const;
    std::vector<StoredEvent> events_of(const std::string& person) const;
    std::optional<StoredEvent> latest_of(const std::string& person, EventType type) const;
    // The person's latest event of any of `types` (one step back through the person's index per
    // event passed over, once, rather than once per type).
    std::optional<StoredEvent> latest_of(const std::string& person, std::initializer_list<EventType> types) const;
    // Events of `person` that refer to `id`, oldest first.
    std::vector<StoredEvent> events_referring_to(const std::string& person, EventId id) const;
    bool person_registered(const std::string& person) const;
    std::vector<std::string> people() const;
    std::optional<std::string> rule_set_text(const std::string& hash) const;
    std::vector<std::string> rule_set_hashes() const;
    // The SHA-256 each stored rule set's events are chained with (its recorded digest), by hash;
    // a digest of the wrong length is left out.
    std::map<std::string, ChainHash, std::less<>> rule_set_digests() const;

    // The events of `range` in id order, read in bulk on this connection (inside a ReadSnapshot,
    // as at its moment), for the verifier.
    std::unique_ptr<EventRows> read_events(const EventIdRange& range) const;
    // The plan sent with this reference (a plan-submitted event), if any.
    std::optional<StoredEvent> plan_submitted_with(std::string_view reference) const;

    // The record on a council's PostgreSQL server, when it was opened with `postgresql://…`;
    // null for an SQLite file.
    CouncilRecord* council() const;
    // The SQLite connection, for the verifier and replay, which read in bulk with their own
    // queries. Only for a record in an SQLite file (council() is null).
    SQLite::Database& database() const;
    // Another read-only connection to the same file, for a second thread that reads in bulk, or
    // nothing when the record cannot be opened twice (it is not a file, or cannot be read). It
    // has its own snapshot: a reader bounds what it reads by what this connection saw.
    std::unique_ptr<SQLite::Database> second_reader() const;
    // From how many events verify and replay read a record in two halves, given the cores.
    static constexpr EventId kReadInTwoFrom = 50000;

    struct State;  // the connection and its caches (decision_store_state.hpp; internal)

private:
    explicit DecisionStore(std::unique_ptr<State> state);
    std::optional<std::vector<EventId>> append_if(std::optional<EventId> expected_last, std::vector<NewEvent> events);
    std::unique_ptr<State> state_;
};

// Reads one event from a statement whose columns are, in order: id, type, person, actor, role,
// recorded_at, refers_to, rule_set, payload, chain_hash (kEventColumns).
inline constexpr const char* kEventColumns =
    "id, type, person, actor, role, recorded_at, refers_to, rule_set, payload, chain_hash";

// Everything read from `store` while it lives is read from one snapshot of the record (an
// SQLite read transaction): `audit verify`, `replay`, `show` and `export` read the head and the
// events as they were at one moment, however many kiosks append meanwhile, so a record in use
// never looks tampered with. Reads only; nothing is ever written under it.
class ReadSnapshot {
public:
    explicit ReadSnapshot(const DecisionStore& store);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    const DecisionStore& store_;
    bool open_ = false;
};

}  // namespace openras
