#pragma once
// "review-scheduled": a review booked. Payload {date, reason}.
#include "alloc/record/events/payload_fields.hpp"

namespace openras::events {

struct ReviewScheduled {
    boost::gregorian::date date;
    std::string reason;

    static bool is_kind(EventType type) { return type == EventType::ReviewScheduled; }
    nlohmann::json payload() const;
    static ReviewScheduled decode(const PayloadFields& fields);
};

}  // namespace openras::events
