#include "alloc/calibration/calibration_chart.hpp"

#include "alloc/report/report_format.hpp"
#include "alloc/report/svg_chart.hpp"

#include <algorithm>

namespace openras {
namespace {

constexpr int kWidth = 1000, kHeight = 670;
constexpr double kLeft = 100, kRight = 715, kTop = 84, kBottom = 548;
constexpr const char* kRasColour = "#111111";
constexpr const char* kFitColour = "#777777";

double to_double(const Rational& r) { return double(r.numerator()) / double(r.denominator()); }

struct Frame {
    LinearScale x, y;
    std::vector<double> x_ticks, y_ticks;
};

// What the new RAS pays a year for `points`, in pounds (drawing only).
double ras_annual_pounds(const Calibration& c, double points) {
    const double weeks = to_double(c.weeks_per_year);
    if (c.conversion == ConversionMethod::Bands) return 0;  // drawn as steps
    const double base = c.conversion == ConversionMethod::BasePlusRate ? to_double(c.base.exact()) : 0.0;
    return (base + to_double(c.rate.exact()) * points) * weeks / 100.0;
}

Frame make_frame(const CalibrationChart& chart) {
    const Calibration& c = *chart.calibration;
    double max_x = 1, max_y = 1;
    for (const CalibrationCase& p : *chart.group) {
        max_x = std::max(max_x, to_double(p.points));
        max_y = std::max(max_y, double(p.annual_cost.pence()) / 100.0);
    }
    max_y = std::max(max_y, ras_annual_pounds(c, max_x));
    for (const CalibratedBand& b : c.bands) max_y = std::max(max_y, double(b.weekly.pence()) * to_double(c.weeks_per_year) / 100.0);
    Frame f;
    f.x_ticks = nice_ticks(0, max_x, 8);
    f.y_ticks = nice_ticks(0, max_y, 7);
    f.x = LinearScale{0, f.x_ticks.back(), kLeft, kRight};
    f.y = LinearScale{0, f.y_ticks.back(), kBottom, kTop};
    return f;
}

void draw_axes(SvgDocument& svg, const Frame& f) {
    const double x_step = f.x_ticks[1] - f.x_ticks[0], y_step = f.y_ticks[1] - f.y_ticks[0];
    for (double t : f.y_ticks) {
        svg.line(kLeft, f.y(t), kRight, f.y(t), "#e4e4e4");
        svg.text(kLeft - 8, f.y(t) + 4, "£" + tick_label(t, y_step), {12, "end"});
    }
    for (double t : f.x_ticks) {
        svg.line(f.x(t), kTop, f.x(t), kBottom, "#efefef");
        svg.line(f.x(t), kBottom, f.x(t), kBottom + 5, "#444444");
        svg.text(f.x(t), kBottom + 20, tick_label(t, x_step), {12, "middle"});
    }
    svg.line(kLeft, kBottom, kRight, kBottom, "#444444", 1.2);
    svg.line(kLeft, kTop, kLeft, kBottom, "#444444", 1.2);
    svg.text((kLeft + kRight) / 2, kBottom + 46, "Points in the main stream, after help from family and friends",
             {13, "middle"});
    svg.text(28, (kTop + kBottom) / 2, "Current cost of support a year (£)", {13, "middle", false, "#222222", -90});
}

void draw_people(SvgDocument& svg, const Frame& f, const std::vector<CalibrationCase>& group) {
    const double radius = group.size() > 2000 ? 2.0 : group.size() > 500 ? 3.2 : 4.5;
    const double opacity = group.size() > 2000 ? 0.45 : 0.7;
    for (ClientGroup g : kClientGroups)
        for (const CalibrationCase& p : group)
            if (p.group == g)
                svg.circle(f.x(to_double(p.points)), f.y(double(p.annual_cost.pence()) / 100.0), radius,
                           client_group_colour(g), opacity);
}

// Band steps: each band's amount from its first point to the next band's first point.
std::vector<std::pair<double, double>> band_steps(const Frame& f, const Calibration& c, bool fitted) {
    std::vector<std::pair<double, double>> points;
    const double weeks = to_double(c.weeks_per_year);
    for (std::size_t i = 0; i < c.bands.size(); ++i) {
        const CalibratedBand& b = c.bands[i];
        const double pounds = fitted ? double(b.annual_cost_pence) / double(std::max<std::size_t>(1, b.people)) / 100.0
                                     : double(b.weekly.pence()) * weeks / 100.0;
        const double end = b.to ? double(*b.to + 1) : f.x.from_high;
        points.emplace_back(f.x(double(b.from)), f.y(pounds));
        points.emplace_back(f.x(std::min(end, f.x.from_high)), f.y(pounds));
    }
    return points;
}

std::vector<std::pair<double, double>> straight(const Frame& f, double at_zero, double at_end) {
    return {{f.x(0), f.y(at_zero)}, {f.x(f.x.from_high), f.y(at_end)}};
}

bool draws_fit(const Calibration& c) { return c.scale != Rational(1); }

void draw_lines(SvgDocument& svg, const Frame& f, const Calibration& c) {
    const double end = f.x.from_high;
    if (c.conversion == ConversionMethod::Bands) {
        if (draws_fit(c)) svg.polyline(band_steps(f, c, true), kFitColour, 1.8, "6 4");
        svg.polyline(band_steps(f, c, false), kRasColour, 2.6);
        return;
    }
    if (draws_fit(c))
        svg.polyline(straight(f, c.fit_base_pence / 100.0, (c.fit_base_pence + c.fit_rate_pence * end) / 100.0),
                     kFitColour, 1.8, "6 4");
    svg.polyline(straight(f, ras_annual_pounds(c, 0), ras_annual_pounds(c, end)), kRasColour, 2.6);
}

void draw_legend(SvgDocument& svg, const CalibrationChart& chart) {
    double y = kTop + 6;
    svg.text(735, y, "Client group", {13, "start", true});
    for (ClientGroup g : kClientGroups) {
        const auto people = std::count_if(chart.group->begin(), chart.group->end(),
                                          [g](const CalibrationCase& p) { return p.group == g; });
        if (people == 0) continue;
        y += 22;
        svg.circle(742, y - 4, 5, client_group_colour(g), 0.85);
        svg.text(754, y, std::string(client_group_title(g)) + " (" + whole_number(people) + ")", {12.5});
    }
    y += 38;
    svg.text(735, y, "Lines", {13, "start", true});
    y += 22;
    svg.line(735, y - 4, 765, y - 4, kRasColour, 2.6);
    svg.text(772, y, "New RAS amount a year", {12.5});
    if (!draws_fit(*chart.calibration)) return;
    y += 20;
    svg.line(735, y - 4, 765, y - 4, kFitColour, 1.8, "6 4");
    svg.text(772, y, "Fit to current cost, before", {12.5});
    svg.text(772, y + 16, "affordability and contingency", {12.5});
}

void draw_notes(SvgDocument& svg, const CalibrationChart& chart) {
    const Calibration& c = *chart.calibration;
    svg.text(kLeft, kHeight - 34,
             "Each dot is one person. New RAS amount a year = the weekly amount × " + c.weeks_per_year.to_decimal_string() +
                 " weeks. R² = " + share_not_rounded_up(c.r_squared, 2) + ".",
             {12, "start", false, "#444444"});
    if (chart.synthetic)
        svg.text(kLeft, kHeight - 14, "SYNTHETIC DATA: the test group is made up and describes no real people.",
                 {12.5, "start", true, kLossColour});
}

}  // namespace

std::string calibration_chart_svg(const CalibrationChart& chart) {
    SvgDocument svg(kWidth, kHeight, chart.title);
    if (chart.synthetic) svg.comment("SYNTHETIC DATA: made-up test group");
    svg.text(30, 36, chart.title, {20, "start", true});
    svg.text(30, 60, chart.subtitle, {13, "start", false, "#444444"});
    const Frame frame = make_frame(chart);
    draw_axes(svg, frame);
    draw_lines(svg, frame, *chart.calibration);
    draw_people(svg, frame, *chart.group);  // over the lines, so that nobody is hidden
    draw_legend(svg, chart);
    draw_notes(svg, chart);
    return svg.finish();
}

}  // namespace openras
