#include "alloc/record/events/review_completed.hpp"

#include "alloc/io/dates.hpp"

namespace openras::events {

nlohmann::json ReviewCompleted::payload() const { return {{"date", iso_date(date)}, {"reason", reason}}; }

ReviewCompleted ReviewCompleted::decode(const PayloadFields& fields) { return {fields.date("date"), fields.optional_text("reason")}; }

}  // namespace openras::events
