#pragma once
// "correction": a correction of an earlier event, which stays as it was. Payload
// {reason, details?}; refers_to the event corrected.
#include "alloc/record/events/payload_fields.hpp"

namespace openras::events {

struct Correction {
    std::string reason;
    std::string details;  // empty: none given (the key is then left out)

    static bool is_kind(EventType type) { return type == EventType::Correction; }
    nlohmann::json payload() const;
    static Correction decode(const PayloadFields& fields);
};

}  // namespace openras::events
