#pragma once
// The calibration picture: a scatter plot of each person's points against the current annual
// cost of their support, coloured by client group, with the new RAS amount (a line, or band
// steps) and the fit to today's cost drawn over it. Written as SVG (svg_chart.hpp).
#include "alloc/calibration/calibration.hpp"

#include <string>
#include <vector>

namespace openras {

struct CalibrationChart {
    const std::vector<CalibrationCase>* group = nullptr;
    const Calibration* calibration = nullptr;
    std::string title;     // "Points against current cost: model-ras 2026.1"
    std::string subtitle;  // the test group and the fitted figures
    bool synthetic = false;
};

std::string calibration_chart_svg(const CalibrationChart& chart);

}  // namespace openras
