#pragma once
// One impact report from start to finish, as `openras impact` runs it: read and check the
// caseload against both rule sets, work out every person under both (on every core), explain
// each difference, and make the readable summary, the CSVs for analysts and the chart. Nothing
// is written to disk here; the caller writes the outputs only when everything succeeded.
#include "rules/ruleset.hpp"

#include <memory>
#include <string>

namespace openras {

struct ImpactRequest {
    std::shared_ptr<const RuleSet> from, to;
    std::string caseload_name;
    std::string caseload_bytes;
    bool by_group = false;
    unsigned threads = 0;  // 0: one per core
};

struct ImpactOutcome {
    Diagnostics problems;  // problems in the caseload; nothing else is set when there are any
    std::string summary_text;
    std::string people_csv;
    std::string groups_csv;
    std::string chart_svg;
    std::size_t people = 0;
    unsigned threads = 1;
    double compute_seconds = 0;  // both rule sets and the explanations, not reading or writing
};

// Throws OpenRasError naming the caseload line when a council rule cannot be computed.
ImpactOutcome run_impact_report(const ImpactRequest& request);

}  // namespace openras
