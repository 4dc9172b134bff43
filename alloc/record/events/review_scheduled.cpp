#include "alloc/record/events/review_scheduled.hpp"

#include "alloc/io/dates.hpp"

namespace openras::events {

nlohmann::json ReviewScheduled::payload() const { return {{"date", iso_date(date)}, {"reason", reason}}; }

ReviewScheduled ReviewScheduled::decode(const PayloadFields& fields) { return {fields.date("date"), fields.optional_text("reason")}; }

}  // namespace openras::events
