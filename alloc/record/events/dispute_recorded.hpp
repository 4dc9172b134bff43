#pragma once
// "dispute-recorded": the person disputes something. Payload {reason}; refers_to the event
// disputed, if it is one event.
#include "alloc/record/events/payload_fields.hpp"

namespace openras::events {

struct DisputeRecorded {
    std::string reason;

    static bool is_kind(EventType type) { return type == EventType::DisputeRecorded; }
    nlohmann::json payload() const;
    static DisputeRecorded decode(const PayloadFields& fields);
};

}  // namespace openras::events
