#pragma once
// The impact picture: a histogram of the change in each person's weekly budget, losses and gains
// in different colours, one panel for everyone or one per client group. People whose amount
// does not change are counted in each panel's heading, not drawn (they would dwarf the bars).
// Written as SVG (svg_chart.hpp).
#include "alloc/caseload/caseload_csv.hpp"
#include "alloc/impact/impact.hpp"

#include <string>

namespace openras {

struct ImpactChart {
    const Caseload* caseload = nullptr;
    const ImpactRun* run = nullptr;
    std::string title;
    std::string subtitle;
    bool by_group = false;
    bool synthetic = false;
};

std::string impact_chart_svg(const ImpactChart& chart);

}  // namespace openras
