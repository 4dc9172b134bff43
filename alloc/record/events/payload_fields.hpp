#pragma once
// Reading an event's payload field by field, with every problem located. Each kind of event
// (the other files of this folder) decodes its payload through PayloadFields, so the record's
// payloads are read by key here and in those files only.
//
// A field's location is its key for an event about to be appended ("reason"), and
// "events[12].payload.reason" for an event read back from the record.
#include "alloc/record/decision_store.hpp"
#include "rules/error.hpp"
#include "rules/money.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace openras::events {

class PayloadFields {
public:
    // `where` is the payload's own location: empty for a new event, "events[12].payload" for
    // a stored one. Throws OpenRasError(WrongType) when the payload is not a JSON object.
    PayloadFields(const nlohmann::json& payload, std::string where);

    const nlohmann::json& json() const { return payload_; }
    // The payload's location: "payload" for a new event, "events[12].payload" for a stored one.
    std::string where() const { return where_.empty() ? std::string("payload") : where_; }
    std::string field(const std::string& key) const;  // where the key is, for messages
    bool has(const char* key) const;

    // Each throws OpenRasError naming the field: MissingField when it is absent, WrongType when
    // it holds another kind of value.
    std::string text(const char* key) const;
    std::string optional_text(const char* key) const;  // "" when absent
    std::int64_t whole_number(const char* key) const;
    std::optional<std::int64_t> optional_whole_number(const char* key) const;
    bool yes_no(const char* key) const;
    boost::gregorian::date date(const char* key) const;  // "YYYY-MM-DD"
    const nlohmann::json& object(const char* key) const;
    const nlohmann::json& array(const char* key) const;
    // The object under `key`, read field by field in its turn.
    PayloadFields inner(const char* key) const;

    [[noreturn]] void refuse(ErrorCode code, const std::string& why, const std::string& key) const;

private:
    const nlohmann::json& payload_;
    std::string where_;
};

// A stored event's payload, decoded as the kind `Event` (a type of this folder). Throws
// OpenRasError: InvalidValue when the event is of another kind, StoreFormat when the payload is
// not a JSON object, and the field's problem, located, when a field does not read.
template <class Event>
Event read_event(const StoredEvent& stored) {
    const std::optional<EventType> type = stored.known_type();
    if (!type || !Event::is_kind(*type))
        throw OpenRasError(Error{ErrorCode::InvalidValue,
                                 "event " + std::to_string(stored.id) + " is a \"" + stored.type + "\" event, not the kind expected",
                                 SourceLocation{{}, 0, 0, "events[" + std::to_string(stored.id) + "].type"}});
    const nlohmann::json payload = stored.payload_json();
    return Event::decode(PayloadFields(payload, "events[" + std::to_string(stored.id) + "].payload"));
}

// Words a person gave (a reason, findings) without the spaces, tabs and line ends at either end:
// a reason of only spaces is no reason.
std::string trimmed(std::string_view text);

// A new event of `type` about `person`, recorded by `actor`, carrying `payload`.
NewEvent new_event(EventType type, const std::string& person, const Actor& actor, nlohmann::json payload);

}  // namespace openras::events
