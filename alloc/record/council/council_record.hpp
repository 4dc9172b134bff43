#pragma once
// One connection to the decision record on a council's PostgreSQL server (the schema is
// council_schema.cpp's): what a DecisionStore opened with `postgresql://…` reads and appends
// through. Who the connection's login is decides what it may do; the server holds that line, and
// an event's id, actor, role, time and chain hash are the server's (council_schema.cpp).
//
// Reads outside a snapshot each see the record as it is at that moment; inside one (a
// REPEATABLE READ, read-only transaction: ReadSnapshot) everything is read as at its start.
// An append is one transaction: it takes the head's lock first (openras.lock_head()), so the
// checks OpenRAS makes before each event (event_rules.hpp) read the record as no other writer
// can change it until the append commits, and every site's appends make one gapless chain.
#include "alloc/record/decision_store.hpp"
#include "alloc/record/event_rows.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <pqxx/types.hxx>

namespace openras {

// An event as the server is asked to append it: only what happened. The rest is the server's.
struct CouncilAppend {
    std::string type, person, role, payload;
    std::optional<EventId> refers_to;
    std::optional<std::size_t> refers_to_batch_index;
    const RuleSetText* rule_set = nullptr;
};

class CouncilRecord {
public:
    // Whether `where` names a server ("postgresql://…" or "postgres://…") rather than a file.
    static bool is_address(std::string_view where);
    // The login an address names ("sam.patel" in postgresql://sam.patel@host/db), or "your login"
    // when it names none (the server's default applies).
    static std::string login_in(std::string_view where);
    // `where` without a password it may hold, for messages.
    static std::string shown_address(std::string_view where);

    // Connects; throws OpenRasError: Io when the server cannot be reached or the login is refused,
    // StoreFormat when the database holds no decision record (or one this build cannot use).
    CouncilRecord(const std::string& address, StoreAccess access);
    ~CouncilRecord();
    CouncilRecord(const CouncilRecord&) = delete;
    CouncilRecord& operator=(const CouncilRecord&) = delete;

    const std::string& shown() const { return shown_; }
    const std::string& store_id() const { return store_id_; }
    int schema_version() const { return schema_version_; }
    const std::string& login() const { return login_; }

    StoreHead head();
    StoreHead meta_head();
    // Events matching `condition` (SQL after WHERE, with ORDER BY and LIMIT as wanted; values in
    // it quoted by quote()).
    std::vector<StoredEvent> events_where(const std::string& condition);
    std::string quote(std::string_view text);
    bool person_registered(const std::string& person);
    std::vector<std::string> people();
    std::optional<std::string> rule_set_text(const std::string& hash);
    std::vector<std::string> rule_set_hashes();
    std::map<std::string, std::string> meta();
    // Each stored rule set's recorded SHA-256 (its bytes), by hash.
    std::map<std::string, std::string> rule_set_digests();
    // What is missing or switched off of the guards council_schema.cpp makes (triggers, row-level
    // security, policies), each in a sentence; empty when all are in place.
    std::vector<std::string> guard_problems();

    // The events of `range` in id order, read from a cursor in batches.
    std::unique_ptr<EventRows> read_events(const EventIdRange& range);
    // Every row of `query` (a SELECT), read from a cursor in batches, handed to `take` in order.
    void for_each_row(const std::string& query, const std::function<void(const pqxx::row&)>& take);

    void begin_snapshot();
    void end_snapshot();

    // Appends all or none in one transaction, the head locked first. Before each event,
    // `check(index, refers_to)` may throw to refuse it (nothing is then written). nullopt, with
    // nothing written, when `expected_last` is given and is no longer the last event.
    std::optional<std::vector<EventId>> append(const std::vector<CouncilAppend>& events, std::optional<EventId> expected_last,
                                               const std::function<void(std::size_t, std::optional<EventId>)>& check);

    // Runs `work`, whose appends through this record are then made in one transaction under the
    // head's lock, and records `entry` as done in the same transaction; false, with nothing
    // written, when `entry` was done before. Anything `work` throws leaves nothing written.
    bool append_once(const std::string& entry, const std::function<void()>& work);

private:
    std::optional<EventId> append_with_checks_unlocked(const CouncilAppend& event,
                                                       const std::function<void(std::size_t, std::optional<EventId>)>& check);
    std::optional<std::vector<EventId>> append_under_lock(const std::vector<CouncilAppend>& events, std::optional<EventId> expected_last,
                                                          const std::function<void(std::size_t, std::optional<EventId>)>& check);
    std::optional<std::vector<EventId>> append_within_once(const std::vector<CouncilAppend>& events,
                                                           std::optional<EventId> expected_last,
                                                           const std::function<void(std::size_t, std::optional<EventId>)>& check);
    std::string insert_sql(pqxx::transaction_base& t, const CouncilAppend& e, std::optional<EventId> refers_to);
    std::string rule_set_sql(pqxx::transaction_base& t, const RuleSetText& rules);

    template <class Work>
    auto with_transaction(Work work) -> decltype(work(std::declval<pqxx::transaction_base&>()));
    [[noreturn]] void refuse(const std::exception& failure) const;
    // Inside a catch block: ends the append's transaction when it was begun, and throws the
    // failure being handled as an OpenRasError.
    [[noreturn]] void roll_back_and_refuse(pqxx::transaction_base& session, bool begun) const;

    std::string shown_;
    struct Connection;  // the pqxx connection (a typedef in libpqxx 6, so not declared here)
    std::unique_ptr<Connection> connection_;
    std::unique_ptr<pqxx::transaction_base> snapshot_;
    pqxx::transaction_base* open_ = nullptr;  // the snapshot's or an append's transaction
    std::string store_id_, login_;
    int schema_version_ = 0;
    ChainHash genesis_{};
    int cursors_ = 0;
    // While an append's checks read with no lock held: the person they are about, and that
    // person's last event id as it was before the first read (council_record.cpp).
    std::optional<std::string> guarded_person_;
    std::optional<EventId> guarded_head_;
    std::set<std::string> stored_rule_sets_;  // known to be on the server already
    bool insert_prepared_ = false;
    std::optional<EventId> once_head_;  // inside append_once: the last id, its lock held
};

// The event in a server row's ten columns from `first` on, in the order of kEventColumns.
void read_council_event_into(const pqxx::row& row, int first, StoredEvent& e);

}  // namespace openras
