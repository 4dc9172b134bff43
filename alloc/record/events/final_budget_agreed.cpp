#include "alloc/record/events/final_budget_agreed.hpp"

namespace openras::events {

nlohmann::json FinalBudgetAgreed::payload() const {
    return {{"weekly_pence", weekly.pence()}, {"indicative_weekly_pence", indicative_weekly_pence}, {"reason", reason}};
}

FinalBudgetAgreed FinalBudgetAgreed::decode(const PayloadFields& fields) {
    return {Money::from_pence(fields.whole_number("weekly_pence")), fields.whole_number("indicative_weekly_pence"),
            fields.optional_text("reason")};
}

}  // namespace openras::events
