#pragma once
// The words a support plan is written in, shared by the plan file (alloc/plan_file), the plan
// facts that a council's plan checks may read (expression/plan_facts) and the rule set's
// catalogue of support options. They live in rules/ because the rule language names them: a
// plan check that compares `line.kind == "agency_care"` is checked against this list when the
// rule set loads, so a misspelt kind is caught then, not silently never matched.
//
// Each list is in a fixed order; names are the lower-case, underscored words written in files.
#include <array>
#include <optional>
#include <string_view>

namespace openras {

// What a support line is.
enum class SupportKind { PersonalAssistant, AgencyCare, DayActivity, ShortBreak, Equipment, OneOffPurchase, Other };
inline constexpr std::array<std::string_view, 7> kSupportKindNames = {
    "personal_assistant", "agency_care", "day_activity", "short_break", "equipment", "one_off_purchase", "other"};

// How often a line's quantity is bought. See docs/support-plans.md for how each is costed.
enum class Frequency { Weekly, Monthly, OnDays, Once };
inline constexpr std::array<std::string_view, 4> kFrequencyNames = {"weekly", "monthly", "on_days", "once"};

// What a line's quantity counts.
enum class Unit { Hours, Sessions, Nights, Items };
inline constexpr std::array<std::string_view, 4> kUnitNames = {"hours", "sessions", "nights", "items"};

// How the money is held (In Control's step 4; Scotland's Options 1 to 4).
enum class MoneyHeldAs { DirectPayment, NominatedDirectPayment, IndividualServiceFund, CouncilManaged, Trust, Mix };
inline constexpr std::array<std::string_view, 6> kMoneyHeldAsNames = {
    "direct_payment", "nominated_direct_payment", "individual_service_fund", "council_managed", "trust", "mix"};

// How serious a plan finding is. A plan with no blocker can be confirmed.
enum class FindingSeverity { Blocker, Warning, Information };
inline constexpr std::array<std::string_view, 3> kSeverityNames = {"blocker", "warning", "information"};

// The ordinal of `name` in `names`, or nullopt.
template <std::size_t N>
std::optional<int> vocabulary_index(const std::array<std::string_view, N>& names, std::string_view name) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name) return int(i);
    return std::nullopt;
}

}  // namespace openras
