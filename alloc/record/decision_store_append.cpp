// Appending to the decision record: checks first, then one write transaction that stores any new
// rule set, links each event into the chain, and moves the head.
#include "alloc/record/decision_store.hpp"

#include "alloc/io/canonical_json.hpp"
#include "alloc/record/decision_store_state.hpp"
#include "alloc/record/event_rules.hpp"
#include "alloc/record/store_schema.hpp"
#include "rules/ruleset_loader.hpp"

#include <cstring>

namespace openras {
namespace {

[[noreturn]] void refuse(ErrorCode code, const std::string& why, const std::string& field) {
    throw OpenRasError(Error{code, why, SourceLocation{{}, 0, 0, field}});
}

// Money is whole pence and dates are text: binary floating point never enters the record.
void refuse_floating_point(const nlohmann::json& value, const std::string& field) {
    if (value.is_number_float()) refuse(ErrorCode::WrongType, "a payload may not hold binary floating point", field);
    if (value.is_object())
        for (const auto& [key, item] : value.items()) refuse_floating_point(item, field + "." + key);
    if (value.is_array())
        for (std::size_t i = 0; i < value.size(); ++i) refuse_floating_point(value[i], field + "[" + std::to_string(i) + "]");
}

std::string canonical_payload(const NewEvent& e) {
    if (!e.payload.is_object()) refuse(ErrorCode::WrongType, "an event's payload must be a JSON object", "payload");
    refuse_floating_point(e.payload, "payload");
    try {
        return canonical_json(e.payload);
    } catch (const nlohmann::json::exception&) {
        refuse(ErrorCode::InvalidValue, "the payload holds text that is not valid UTF-8", "payload");
    }
}

struct PreparedEvent {
    const NewEvent* event;
    std::string payload;  // canonical JSON
    std::optional<EventId> refers_to;
};

// The SHA-256 the chain takes for a rule set: the one recorded when its text was first stored.
ChainHash stored_rule_set_digest(DecisionStore::State& s, const RuleSetText& rules) {
    if (const auto cached = s.rule_set_digests.find(rules.hash); cached != s.rule_set_digests.end()) return cached->second;
    SQLite::Statement& recorded = s.statement("SELECT text_sha256 FROM rule_set_digests WHERE hash = ?");
    recorded.bind(1, rules.hash);
    if (recorded.executeStep()) {
        const SQLite::Column column = recorded.getColumn(0);
        ChainHash digest{};
        if (column.getBytes() != int(digest.size()))
            refuse(ErrorCode::StoreFormat, "the record's digest of rule set " + rules.hash + " is damaged", "rule_set");
        std::memcpy(digest.data(), column.getBlob(), digest.size());
        recorded.reset();
        return s.rule_set_digests[rules.hash] = digest;
    }
    SQLite::Statement& find = s.statement("SELECT 1 FROM rule_sets WHERE hash = ?");
    find.bind(1, rules.hash);
    // Stored without its digest: only by hand, since every writer migrates to schema 4 first.
    if (find.executeStep())
        refuse(ErrorCode::StoreFormat,
               "the stored rule set " + rules.hash + " has no recorded digest: it was added outside OpenRAS; run "
               "`openras audit verify`",
               "rule_set");
    // Proven before storing: the text really is the rule set the hash names.
    const RuleSetLoad load = load_rule_set(rules.text, "rule set " + rules.hash);
    if (!load.rule_set || load.rule_set->hash != rules.hash)
        refuse(ErrorCode::InvalidValue, "the rule-set text given does not load to the hash " + rules.hash, "rule_set");
    SQLite::Statement& insert = s.statement("INSERT INTO rule_sets (hash, text) VALUES (?, ?)");
    insert.bind(1, rules.hash);
    insert.bind(2, rules.text);
    insert.exec();
    const ChainHash digest = Sha256::of(rules.text);
    SQLite::Statement& keep = s.statement("INSERT INTO rule_set_digests (hash, text_sha256) VALUES (?, ?)");
    keep.bind(1, rules.hash);
    keep.bind(2, digest.data(), int(digest.size()));
    keep.exec();
    return s.rule_set_digests[rules.hash] = digest;
}

StoreHead write_event(DecisionStore::State& s, const PreparedEvent& p, const StoreHead& previous,
                      const std::string& recorded_at, std::string& canonical) {
    const NewEvent& e = *p.event;
    std::optional<ChainHash> digest;
    if (e.rule_set) digest = stored_rule_set_digest(s, *e.rule_set);
    const std::string type(event_type_name(e.type)), role(role_name(e.actor.role));
    EventColumns columns{previous.event + 1, type, e.person, e.actor.name, role, recorded_at, p.refers_to,
                         std::nullopt, digest ? &*digest : nullptr, p.payload};
    if (e.rule_set) columns.rule_set = e.rule_set->hash;
    canonical.clear();
    append_canonical_bytes(columns, canonical);
    const StoreHead head{columns.id, next_chain_hash(previous.hash, canonical)};

    SQLite::Statement& insert = s.statement(
        "INSERT INTO events (id, type, person, actor, role, recorded_at, refers_to, rule_set, payload, chain_hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, static_cast<std::int64_t>(head.event));
    insert.bind(2, type);
    insert.bind(3, e.person);
    insert.bind(4, e.actor.name);
    insert.bind(5, role);
    insert.bind(6, recorded_at);
    if (p.refers_to) insert.bind(7, static_cast<std::int64_t>(*p.refers_to));
    if (e.rule_set) insert.bind(8, e.rule_set->hash);
    insert.bindNoCopy(9, p.payload);
    insert.bindNoCopy(10, head.hash.data(), int(head.hash.size()));
    insert.exec();
    return head;
}

void write_head(DecisionStore::State& s, const StoreHead& head) {
    SQLite::Statement& update = s.statement("UPDATE meta SET value = ? WHERE key = ?");
    update.bind(1, std::to_string(head.event));
    update.bind(2, kMetaHeadEvent);
    update.exec();
    update.reset();
    update.clearBindings();
    update.bind(1, chain_hash_hex(head.hash));
    update.bind(2, kMetaHeadHash);
    update.exec();
}

StoreHead read_head(DecisionStore::State& s) {
    SQLite::Statement& last = s.statement("SELECT id, chain_hash FROM events ORDER BY id DESC LIMIT 1");
    StoreHead head{0, s.genesis};
    if (last.executeStep()) {
        head.event = last.getColumn(0).getInt64();
        const SQLite::Column hash = last.getColumn(1);
        if (hash.getBytes() == 32) std::memcpy(head.hash.data(), hash.getBlob(), 32);
    }
    last.reset();
    return head;
}

// The head `meta` repeats must be the last event's: if not, events were added or removed
// outside OpenRAS, and appending after them would chain new events onto a forgery (or paper
// over a removal). Nothing is appended; the message says how to find out what happened.
void require_head_links(DecisionStore::State& s, const StoreHead& last) {
    SQLite::Statement& meta = s.statement("SELECT key, value FROM meta WHERE key IN (?, ?)");
    meta.bind(1, kMetaHeadEvent);
    meta.bind(2, kMetaHeadHash);
    EventId event = -1;
    std::string hash;
    while (meta.executeStep()) {
        const std::string key = meta.getColumn(0).getString();
        if (key == kMetaHeadEvent) event = std::atoll(meta.getColumn(1).getString().c_str());
        if (key == kMetaHeadHash) hash = meta.getColumn(1).getString();
    }
    meta.reset();
    if (event == last.event && hash == chain_hash_hex(last.hash)) return;
    throw OpenRasError(Error{ErrorCode::StoreFormat,
                             "its head (event " + std::to_string(event) + ") is not its last event (" +
                                 std::to_string(last.event) +
                                 "): events were added or removed outside OpenRAS. Nothing was recorded; "
                                 "`openras audit verify` shows what changed",
                             SourceLocation{s.path, 0, 0, {}}});
}

void fault_point(const DecisionStore::State& s, AppendStage stage) {
    if (s.options.fault) s.options.fault(stage);
}

// False, with nothing written, when `expected_last` is given and is no longer the last event.
bool append_in_transaction(DecisionStore::State& s, const DecisionStore& store, std::vector<PreparedEvent>& prepared,
                           std::vector<EventId>& ids, std::string& canonical, std::optional<EventId> expected_last) {
    bool written = false;
    run_write_transaction(s, [&] {
        ids.clear();
        written = false;
        StoreHead head = read_head(s);
        require_head_links(s, head);
        if (expected_last && head.event != *expected_last) return;
        fault_point(s, AppendStage::Locked);
        const std::string recorded_at = iso_utc(s.options.clock());
        for (PreparedEvent& p : prepared) {
            if (p.event->refers_to_batch_index) p.refers_to = ids[*p.event->refers_to_batch_index];
            check_event_rules(*p.event, p.refers_to, store);
            head = write_event(s, p, head, recorded_at, canonical);
            ids.push_back(head.event);
        }
        fault_point(s, AppendStage::EventsWritten);
        write_head(s, head);
        fault_point(s, AppendStage::HeadWritten);
        written = true;
    });
    return written;
}

// On the council's server: the same checks, made after the head is locked, and the rest the
// server's (council_record.hpp).
std::optional<std::vector<EventId>> append_to_council(CouncilRecord& council, const DecisionStore& store,
                                                      const std::vector<PreparedEvent>& prepared,
                                                      std::optional<EventId> expected_last) {
    std::vector<CouncilAppend> asked;
    for (const PreparedEvent& p : prepared) {
        const NewEvent& e = *p.event;
        asked.push_back({std::string(event_type_name(e.type)), e.person, std::string(role_name(e.actor.role)), p.payload,
                         p.refers_to, e.refers_to_batch_index, e.rule_set ? &*e.rule_set : nullptr});
    }
    return council.append(asked, expected_last, [&](std::size_t i, std::optional<EventId> refers_to) {
        check_event_rules(*prepared[i].event, refers_to, store);
    });
}

}  // namespace

EventId DecisionStore::append(NewEvent event) {
    std::vector<NewEvent> one;
    one.push_back(std::move(event));
    return append(std::move(one)).front();
}

std::vector<EventId> DecisionStore::append(std::vector<NewEvent> events) {
    return *append_if(std::nullopt, std::move(events));
}

bool DecisionStore::append_once(const std::string& entry, const std::function<void()>& work) {
    if (!state_->council)
        throw OpenRasError(Error{ErrorCode::InvalidValue, "an outbox entry is sent only to a council's server",
                                 SourceLocation{state_->path, 0, 0, {}}});
    return state_->council->append_once(entry, work);
}

std::optional<std::vector<EventId>> DecisionStore::append_if_last_is(EventId expected_last, std::vector<NewEvent> events) {
    return append_if(expected_last, std::move(events));
}

std::optional<std::vector<EventId>> DecisionStore::append_if(std::optional<EventId> expected_last,
                                                             std::vector<NewEvent> events) {
    State& s = *state_;
    if (read_only())
        throw OpenRasError(Error{ErrorCode::Permission,
                                 "this decision record was opened read-only (for an audit); nothing can be added to it",
                                 SourceLocation{s.path, 0, 0, {}}});
    // On the council's server each event is recorded as the login's, whatever name was given:
    // the checks below see what the server will record.
    if (s.council)
        for (NewEvent& e : events) e.actor.name = s.council->login();
    std::vector<PreparedEvent> prepared;
    for (std::size_t i = 0; i < events.size(); ++i) {
        require_permission(events[i].actor, events[i].type);
        check_event_shape(events[i]);
        if (events[i].refers_to_batch_index && *events[i].refers_to_batch_index >= i)
            refuse(ErrorCode::InvalidValue, "an event can only refer to an earlier event", "refers_to");
        prepared.push_back({&events[i], canonical_payload(events[i]), events[i].refers_to});
    }
    if (s.council) return append_to_council(*s.council, *this, prepared, expected_last);
    std::vector<EventId> ids;
    std::string canonical;
    const std::map<std::string, ChainHash> digests_before = s.rule_set_digests;
    bool written = false;
    try {
        written = append_in_transaction(s, *this, prepared, ids, canonical, expected_last);
    } catch (...) {
        s.rule_set_digests = digests_before;  // a rule set stored by the rolled-back transaction is gone
        throw;
    }
    if (!written) return std::nullopt;
    return ids;
}

}  // namespace openras
