#include "alloc/calibration/calibration.hpp"

#include <cmath>

namespace openras {
namespace {

[[noreturn]] void cannot_calibrate(const std::string& why) {
    throw OpenRasError(Error{ErrorCode::InvalidValue, why, SourceLocation{{}, 0, 0, "test group"}});
}

double to_double(const Rational& value) { return double(value.numerator()) / double(value.denominator()); }

// An annual amount in pence from the floating-point fit, held to a thousandth of a penny so the
// rest of the arithmetic is exact.
Rational exact_from_fit(double annual_pence) { return Rational(std::llround(annual_pence * 1000.0), 1000); }

void check_settings(const CalibrationSettings& s) {
    if (s.affordability <= Rational(0)) cannot_calibrate("the affordability factor must be more than 0");
    if (s.contingency < Rational(0) || s.contingency >= Rational(1))
        cannot_calibrate("the contingency must be at least 0% and less than 100%");
    if (s.band_count < 1 || s.band_count > 50) cannot_calibrate("the number of bands must be between 1 and 50");
}

void add_up(const std::vector<CalibrationCase>& group, Calibration& c) {
    c.people = group.size();
    for (const CalibrationCase& person : group) {
        if (__builtin_add_overflow(c.total_cost_pence, person.annual_cost.pence(), &c.total_cost_pence))
            cannot_calibrate("the test group's costs are too large to add up");
        c.total_points += person.points;
    }
}

void fit_rate(Calibration& c) {
    if (c.total_points <= Rational(0))
        cannot_calibrate("nobody in the test group has any points in the main stream, so no price per point can be "
                         "worked out");
    c.conversion = ConversionMethod::PricePerPoint;
    c.exact_rate_pence = weekly_share_of(Rational(c.total_cost_pence), c) / c.total_points;
    c.rate = PreciseMoney::round(c.exact_rate_pence, calibrated_rate_decimals, c.rounding);
    c.fit_base_pence = 0;
    c.fit_rate_pence = double(c.total_cost_pence) / to_double(c.total_points);
}

void fit_base_rate(const std::vector<CalibrationCase>& group, Calibration& c) {
    const double n = double(group.size());
    double mean_x = 0, mean_y = 0;
    for (const auto& p : group) {
        mean_x += to_double(p.points) / n;
        mean_y += double(p.annual_cost.pence()) / n;
    }
    double sxx = 0, sxy = 0;
    for (const auto& p : group) {
        const double dx = to_double(p.points) - mean_x;
        sxx += dx * dx;
        sxy += dx * (double(p.annual_cost.pence()) - mean_y);
    }
    if (sxx == 0)
        cannot_calibrate("everyone in the test group has the same points, so a rate per point cannot be fitted; "
                         "use --method rate or a more varied test group");
    const double slope = sxy / sxx;
    const double intercept = mean_y - slope * mean_x;
    if (slope < 0)
        cannot_calibrate("in this test group current costs fall as points rise, so a base plus a rate per point "
                         "cannot be fitted; check the costs and answers");
    if (intercept < 0) {
        c.base_set_to_zero = true;
        c.notes.push_back("The least-squares base was negative (" + Money::round(exact_from_fit(intercept), c.rounding).to_string() +
                          " a year), and nobody can be paid a negative base, so the base is £0.00 and the rate is "
                          "worked out as for --method rate.");
        return fit_rate(c);
    }
    c.conversion = ConversionMethod::BasePlusRate;
    c.fit_base_pence = intercept;
    c.fit_rate_pence = slope;
    c.exact_base_pence = weekly_share_of(exact_from_fit(intercept), c);
    c.exact_rate_pence = weekly_share_of(exact_from_fit(slope), c);
    c.base = Money::round(c.exact_base_pence, c.rounding);
    c.rate = PreciseMoney::round(c.exact_rate_pence, calibrated_rate_decimals, c.rounding);
}

void measure_fit(const std::vector<CalibrationCase>& group, Calibration& c) {
    const double n = double(group.size());
    double mean_x = 0, mean_y = 0;
    for (const auto& p : group) {
        mean_x += to_double(p.points) / n;
        mean_y += double(p.annual_cost.pence()) / n;
    }
    double total = 0, residual = 0, sxx = 0, sxy = 0;
    for (const auto& p : group) {
        const double x = to_double(p.points), y = double(p.annual_cost.pence());
        const double miss = y - c.fitted_annual_pence(x);
        total += (y - mean_y) * (y - mean_y);
        residual += miss * miss;
        sxx += (x - mean_x) * (x - mean_x);
        sxy += (x - mean_x) * (y - mean_y);
    }
    c.r_squared = total > 0 ? 1.0 - residual / total : 0.0;
    c.correlation = (sxx > 0 && total > 0) ? sxy / std::sqrt(sxx * total) : 0.0;
}

void add_group_notes(Calibration& c) {
    if (c.people < 30)
        c.notes.push_back("The test group has only " + std::to_string(c.people) +
                          (c.people == 1 ? " person" : " people") +
                          "; councils usually calibrate on about 100 cases, so treat these figures with care.");
    if (c.settings.affordability > Rational(1))
        c.notes.push_back("The affordability factor is above 1, so the RAS would hand out more than the test "
                          "group costs today.");
}

}  // namespace

const char* calibration_method_name(CalibrationMethod method) {
    switch (method) {
        case CalibrationMethod::Rate: return "rate";
        case CalibrationMethod::BaseRate: return "base-rate";
        case CalibrationMethod::Bands: return "bands";
    }
    return "rate";
}

std::optional<CalibrationMethod> parse_calibration_method(std::string_view text) {
    for (CalibrationMethod m : {CalibrationMethod::Rate, CalibrationMethod::BaseRate, CalibrationMethod::Bands})
        if (text == calibration_method_name(m)) return m;
    return std::nullopt;
}

Rational weekly_share_of(const Rational& annual_pence, const Calibration& c) {
    return annual_pence * c.scale / c.weeks_per_year;
}

Calibration calibrate(const std::vector<CalibrationCase>& group, const CalibrationSettings& settings,
                      const RuleSetHeader& header) {
    check_settings(settings);
    if (group.empty()) cannot_calibrate("the test group has nobody in it");
    Calibration c;
    c.settings = settings;
    c.rounding = header.rounding;
    c.weeks_per_year = header.weeks_per_year;
    c.scale = settings.affordability * (Rational(1) - settings.contingency);
    add_up(group, c);
    switch (settings.method) {
        case CalibrationMethod::Rate: fit_rate(c); break;
        case CalibrationMethod::BaseRate: fit_base_rate(group, c); break;
        case CalibrationMethod::Bands: fit_bands(group, c); break;
    }
    measure_fit(group, c);
    add_group_notes(c);
    return c;
}

Money Calibration::weekly_for(const Rational& points) const {
    if (conversion == ConversionMethod::Bands) {
        const std::int64_t whole = points.floor();
        for (const CalibratedBand& band : bands)
            if (whole >= band.from && (!band.to || whole <= *band.to)) return band.weekly;
        return Money{};
    }
    const Rational base_part = conversion == ConversionMethod::BasePlusRate ? base.exact() : Rational(0);
    return Money::round(base_part + points * rate.exact(), rounding);
}

double Calibration::fitted_annual_pence(double points) const {
    if (conversion != ConversionMethod::Bands) return fit_base_pence + fit_rate_pence * points;
    const auto whole = std::int64_t(std::floor(points));
    for (const CalibratedBand& band : bands)
        if (whole >= band.from && (!band.to || whole <= *band.to))
            return band.people ? double(band.annual_cost_pence) / double(band.people) : 0.0;
    return 0.0;
}

Conversion calibrated_conversion(const Calibration& c, const Citation& citation) {
    Conversion out;
    out.method = c.conversion;
    out.citation = citation;
    out.base = c.base;
    out.rate = c.rate;
    for (std::size_t i = 0; i < c.bands.size(); ++i) {
        const CalibratedBand& b = c.bands[i];
        Citation band_citation = citation;
        band_citation.text += ", band " + std::to_string(i + 1) + " of " + std::to_string(c.bands.size());
        out.bands.push_back(Band{b.from, b.to, b.weekly, band_citation, {}});
    }
    return out;
}

}  // namespace openras
