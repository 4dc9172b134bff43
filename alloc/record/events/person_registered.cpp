#include "alloc/record/events/person_registered.hpp"

namespace openras::events {

nlohmann::json PersonRegistered::payload() const {
    nlohmann::json out = nlohmann::json::object();
    if (!note.empty()) out["note"] = note;
    return out;
}

PersonRegistered PersonRegistered::decode(const PayloadFields& fields) { return {fields.optional_text("note")}; }

}  // namespace openras::events
