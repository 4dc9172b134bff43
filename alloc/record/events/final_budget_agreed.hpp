#pragma once
// "final-budget-agreed": the budget the council confirms. Payload {weekly_pence,
// indicative_weekly_pence, reason}; refers_to the indicative budget it is agreed for. A reason
// is required when it differs from the indicative budget (alloc/record/event_rules.hpp).
#include "alloc/record/events/payload_fields.hpp"
#include "rules/money.hpp"

namespace openras::events {

struct FinalBudgetAgreed {
    Money weekly;
    // As the indicative budget recorded it; -1 pence when the event referred to was not one
    // (the record then refuses the event).
    std::int64_t indicative_weekly_pence = -1;
    std::string reason;

    static bool is_kind(EventType type) { return type == EventType::FinalBudgetAgreed; }
    nlohmann::json payload() const;
    static FinalBudgetAgreed decode(const PayloadFields& fields);
};

}  // namespace openras::events
