#include "alloc/record/events/dispute_recorded.hpp"

namespace openras::events {

nlohmann::json DisputeRecorded::payload() const { return {{"reason", reason}}; }

DisputeRecorded DisputeRecorded::decode(const PayloadFields& fields) { return {fields.optional_text("reason")}; }

}  // namespace openras::events
