#pragma once
// One calibration from start to finish, as `openras calibrate` runs it: read and check the test
// group, work out each person's points under the current rule set, fit the new conversion,
// write the new rule-set version as text and prove it, compare what it would give with what
// support costs today, and make the report, the chart and the shortfall list. Nothing is
// written to disk here; the caller writes the outputs only when everything succeeded.
#include "alloc/calibration/calibration.hpp"
#include "alloc/calibration/calibration_funding.hpp"
#include "alloc/calibration/calibration_report.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <memory>
#include <optional>
#include <string>

namespace openras {

struct CalibrationRequest {
    std::shared_ptr<const RuleSet> old_rules;
    std::string old_text;            // the rule set's file, byte for byte
    std::string test_group_name;
    std::string test_group_bytes;
    CalibrationSettings settings;
    FundingMargin margin;
    std::string version;                            // the new version's name
    boost::gregorian::date effective_from;          // its first day
    std::optional<boost::gregorian::date> effective_to;
    std::optional<Citation> citation;               // for the new conversion; default: the old one's
    std::string out_name;                           // where the new rule set goes ("" when nowhere)
    std::size_t shortfall_rows = 100;
};

struct CalibrationOutcome {
    Diagnostics problems;  // problems in the test group; nothing else is set when there are any
    std::shared_ptr<const RuleSet> new_rules;
    std::string rule_set_text;
    std::string report;
    std::string chart_svg;
    std::string shortfalls_csv;
};

// Throws OpenRasError for a problem that is not in the test group (dates that overlap the old
// version, a test group that cannot be calibrated on).
CalibrationOutcome run_calibration(const CalibrationRequest& request);

}  // namespace openras
