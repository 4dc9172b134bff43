#pragma once
// "review-completed": a review that took place, with what it found. Payload {date, reason};
// refers_to the scheduled review, if any.
#include "alloc/record/events/payload_fields.hpp"

namespace openras::events {

struct ReviewCompleted {
    boost::gregorian::date date;
    std::string reason;

    static bool is_kind(EventType type) { return type == EventType::ReviewCompleted; }
    nlohmann::json payload() const;
    static ReviewCompleted decode(const PayloadFields& fields);
};

}  // namespace openras::events
