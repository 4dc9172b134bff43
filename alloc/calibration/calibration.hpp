#pragma once
// Calibration: a new conversion from points to a weekly amount, fitted to a test group of real
// cases with their points and the current annual cost of their support (docs/calibration.md).
//
// Every method shares one scale, the share of today's spending the council means to hand out
// through the RAS:  scale = affordability × (1 − contingency). Costs are annual and the RAS
// pays weekly, so each figure is divided by the rule set's weeks_per_year.
//
//   rate       weekly price per point = (Σ cost × scale ÷ weeks_per_year) ÷ Σ points
//   base-rate  least squares: cost ≈ a + b × points; weekly base = a × scale ÷ weeks_per_year,
//              weekly rate = b × scale ÷ weeks_per_year. A negative least-squares base is not
//              a base anyone can be paid, so then the base is 0 and the rate is as for `rate`.
//   bands      band boundaries at the quantiles of the group's whole points; each band pays
//              the mean cost of the people in it × scale ÷ weeks_per_year; a band whose mean is
//              below the band before it is merged with it, so amounts never fall as points rise
//              (pool-adjacent-violators).
//
// All three hand out the same total to the test group before rounding to the penny:
// Σ cost × scale. Money is exact throughout (Rationals of pence, rounded once by the rule set's
// rule); only the least-squares line and the goodness of fit use floating point. A rate is
// written to a hundredth of a penny (£9.1955 a point), as real RAS rates are: rounding it to
// the penny would move a 100-point budget by up to 50p a week. Bases and bands are whole pence.
#include "alloc/caseload/client_group.hpp"
#include "rules/money.hpp"
#include "rules/rational.hpp"
#include "rules/ruleset.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace openras {

enum class CalibrationMethod { Rate, BaseRate, Bands };
const char* calibration_method_name(CalibrationMethod method);  // "rate", "base-rate", "bands"
std::optional<CalibrationMethod> parse_calibration_method(std::string_view text);

struct CalibrationSettings {
    CalibrationMethod method = CalibrationMethod::Rate;
    Rational affordability{1};  // a factor: 0.95 hands out 95% of today's cost
    Rational contingency{0};    // a share kept back: 5% is 1/20
    int band_count = 5;         // bands only: how many quantile bands to start from
};

// One person of the test group, as calibration sees them.
struct CalibrationCase {
    std::string person;
    ClientGroup group = ClientGroup::Other;
    Rational points;   // main stream, after informal-support reductions
    Money annual_cost;
};

struct CalibratedBand {
    std::int64_t from = 0;
    std::optional<std::int64_t> to;  // absent: the open-ended last band
    std::size_t people = 0;
    std::int64_t annual_cost_pence = 0;  // the people's current cost, summed
    Rational exact_weekly_pence;         // mean cost × scale ÷ weeks_per_year, before rounding
    Money weekly;
};

// Decimal places of a pound a calibrated rate is written to: four, a hundredth of a penny.
constexpr int calibrated_rate_decimals = 4;

struct Calibration {
    CalibrationSettings settings;
    RoundingRule rounding = RoundingRule::HalfUp;
    Rational weeks_per_year{52};
    std::size_t people = 0;
    std::int64_t total_cost_pence = 0;
    Rational total_points;
    Rational scale{1};  // affordability × (1 − contingency)

    ConversionMethod conversion = ConversionMethod::PricePerPoint;
    Rational exact_base_pence;  // weekly, before rounding (base-rate)
    Rational exact_rate_pence;  // weekly, before rounding (rate, base-rate)
    PreciseMoney base;  // whole pence
    PreciseMoney rate;  // to rate_decimals places of a pound
    std::vector<CalibratedBand> bands;

    // The fit to current annual cost, before scaling, in pence: cost ≈ fit_base + fit_rate × points.
    double fit_base_pence = 0;
    double fit_rate_pence = 0;
    bool base_set_to_zero = false;  // base-rate: the least-squares base was negative
    double r_squared = 0;           // of the method's own fit to current cost
    double correlation = 0;         // Pearson's r between points and current cost
    std::vector<std::string> notes; // plain sentences for the report

    // The weekly amount the calibrated conversion gives for `points` (exact pence, unrounded
    // for rates; the band amount for bands).
    Money weekly_for(const Rational& points) const;
    // What the fit says today's annual cost is for `points`, in pence (bands: the band mean).
    double fitted_annual_pence(double points) const;
};

// Throws OpenRasError(InvalidValue) when the test group cannot be calibrated on (nobody in it,
// no points at all, everyone with the same points for base-rate, costs that fall as points rise).
Calibration calibrate(const std::vector<CalibrationCase>& group, const CalibrationSettings& settings,
                      const RuleSetHeader& header);

// The new `[stream.conversion]`, every part citing `citation`.
Conversion calibrated_conversion(const Calibration& calibration, const Citation& citation);

// Both internal to calibration, shared with calibration_bands.cpp.
void fit_bands(const std::vector<CalibrationCase>& group, Calibration& out);
Rational weekly_share_of(const Rational& annual_pence, const Calibration& c);  // × scale ÷ weeks

}  // namespace openras
