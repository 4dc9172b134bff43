#pragma once
// "person-registered": the first event of every person. Payload {note?}; the person's
// reference is the event's `person` column.
#include "alloc/record/events/payload_fields.hpp"

namespace openras::events {

struct PersonRegistered {
    std::string note;  // empty: none given (the key is then left out)

    static bool is_kind(EventType type) { return type == EventType::PersonRegistered; }
    nlohmann::json payload() const;
    static PersonRegistered decode(const PayloadFields& fields);
};

}  // namespace openras::events
