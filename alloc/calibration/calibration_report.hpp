#pragma once
// The calibration report: what was fitted and how (the formula with the actual figures), how
// well points explain today's costs, over- and under-funding by client group, who would fall
// short of their current cost by more than the margin, and the new rule-set version. Plain text
// for finance and commissioning staff; deterministic, so golden files can hold it.
#include "alloc/calibration/calibration.hpp"
#include "alloc/calibration/calibration_funding.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace openras {

struct TestGroupSource {
    std::string name;    // the file as given
    std::string sha256;  // "sha256:" + hex of its bytes
    bool synthetic = false;
};

struct CalibrationReport {
    const RuleSet* old_rules = nullptr;
    TestGroupSource test_group;
    const std::vector<CalibrationCase>* group = nullptr;
    const Calibration* calibration = nullptr;
    const FundingComparison* funding = nullptr;
    bool amounts_include_rules = false;           // answers given: the whole stream was worked out
    std::shared_ptr<const RuleSet> new_rules;      // the proven new version
    std::string written_to;                        // empty when no file was written
    std::optional<boost::gregorian::date> old_effective_to;  // suggested last day of the old version
    std::size_t shortfall_rows = 100;              // the text lists at most this many
};

std::string calibration_report_text(const CalibrationReport& report);

// "a base plus a rate per point: £30.00 + £3.20 a point", for saying what a conversion was.
std::string conversion_summary(const Conversion& conversion);

}  // namespace openras
