#pragma once
// The impact of a rule-set change, added up: how many people gain, lose or stay the same, the
// total cost before and after (a week and a year), the distribution of weekly changes (overall
// and by client group), panel referrals gained and lost, and which explanation lines made the
// difference for how many people. The readable summary is plain text for finance and
// commissioning staff; the by-group CSV is for analysts (impact_csv.hpp).
#include "alloc/caseload/caseload_csv.hpp"
#include "alloc/impact/impact.hpp"
#include "rules/ruleset_diff.hpp"

#include <array>
#include <string>
#include <vector>

namespace openras {

// Weekly changes, in bands a person can picture: lose £100 or more ... gain £100 or more.
inline constexpr std::size_t kChangeBucketCount = 9;
const char* change_bucket_label(std::size_t bucket);  // "lose £10 to £49.99", "no change", ...
std::size_t change_bucket(std::int64_t weekly_change_pence);

struct ChangeTally {
    std::size_t people = 0, gain = 0, lose = 0, same = 0;
    std::int64_t old_weekly_pence = 0, new_weekly_pence = 0;
    std::int64_t old_annual_pence = 0, new_annual_pence = 0;
    std::int64_t largest_loss_pence = 0, largest_gain_pence = 0;  // weekly; loss is negative
    std::int64_t median_change_pence = 0;
    std::size_t newly_referred = 0, no_longer_referred = 0;
    std::array<std::size_t, kChangeBucketCount> buckets{};
};

struct ImpactSummary {
    ChangeTally everyone;
    std::vector<std::pair<ClientGroup, ChangeTally>> groups;  // groups present, in the usual order
    std::vector<int> lines;  // explainer keys that changed for anyone, most people first
};

ImpactSummary summarise_impact(const Caseload& caseload, const ImpactRun& run);

// What the summary is about, for its heading.
struct ImpactSubject {
    const RuleSet* from = nullptr;
    const RuleSet* to = nullptr;
    std::string caseload_name;
    std::string caseload_sha256;
    bool synthetic = false;
    bool by_group = false;  // show the client-group tables
};

std::string impact_summary_text(const ImpactSubject& subject, const ImpactSummary& summary, const ImpactRun& run,
                                const ImpactExplainer& explainer, const std::vector<RuleSetDifference>& differences);

}  // namespace openras
