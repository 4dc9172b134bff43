#pragma once
// A horizontal bar chart, one row per domain: its name, then a bar for the points that count
// and a paler bar for points not counted because family or friends help. The figures are
// written beside each bar, so nothing relies on colour or on reading a bar's length.
#include "kiosk/ui/ui.hpp"

#include <string>
#include <vector>

namespace openras::kiosk {

struct ChartRow {
    std::string label;
    double counted = 0;      // drawn dark
    double not_counted = 0;  // drawn pale, after the dark part
    std::string figures;     // e.g. "33.75 points (11.25 not counted)"
};

void bar_chart(Ui& ui, const std::vector<ChartRow>& rows);

}  // namespace openras::kiosk
