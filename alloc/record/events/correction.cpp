#include "alloc/record/events/correction.hpp"

namespace openras::events {

nlohmann::json Correction::payload() const {
    nlohmann::json out = {{"reason", reason}};
    if (!details.empty()) out["details"] = details;
    return out;
}

Correction Correction::decode(const PayloadFields& fields) {
    return {fields.optional_text("reason"), fields.optional_text("details")};
}

}  // namespace openras::events
