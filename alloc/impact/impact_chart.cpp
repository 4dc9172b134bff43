#include "alloc/impact/impact_chart.hpp"

#include "alloc/report/report_format.hpp"
#include "alloc/report/svg_chart.hpp"

#include <algorithm>
#include <cmath>

namespace openras {
namespace {

constexpr int kWidth = 1000;
constexpr double kLeft = 90, kRight = 960, kTop = 112, kPanelHeight = 150, kPanelGap = 46, kFooter = 96;
constexpr int kTargetBins = 40;

struct Panel {
    std::string name;
    std::vector<std::int64_t> changes;  // weekly, pence, non-zero only
    std::size_t people = 0, gain = 0, lose = 0, same = 0;
};

struct Bins {
    double step = 1;       // pounds
    double low = 0;        // first edge, pounds
    int count = 1;
    double clip_low = 0, clip_high = 0;  // changes beyond these go in the end bars
    int index(double pounds) const {
        return std::clamp(int(std::floor((std::clamp(pounds, clip_low, clip_high) - low) / step)), 0, count - 1);
    }
};

void add_change(Panel& panel, std::int64_t change) {
    ++panel.people;
    if (change == 0) {
        ++panel.same;
        return;
    }
    ++(change > 0 ? panel.gain : panel.lose);
    panel.changes.push_back(change);
}

// Everyone first, then (by group) one panel per client group that has anyone in it.
std::vector<Panel> make_panels(const ImpactChart& chart) {
    std::vector<Panel> panels(chart.by_group ? kClientGroupCount + 1 : 1);
    panels[0].name = "Everyone";
    for (std::size_t g = 0; chart.by_group && g < kClientGroupCount; ++g)
        panels[g + 1].name = client_group_title(kClientGroups[g]);
    for (std::size_t i = 0; i < chart.run->people.size(); ++i) {
        const std::int64_t change = chart.run->people[i].weekly_change_pence();
        add_change(panels[0], change);
        if (chart.by_group) add_change(panels[std::size_t(chart.caseload->people[i].group) + 1], change);
    }
    for (std::size_t p = panels.size(); p-- > 1;)
        if (panels[p].people == 0) panels.erase(panels.begin() + std::ptrdiff_t(p));
    return panels;
}

// Bins of a round width, with 0 on an edge so losses and gains never share a bar; the outer
// half percent on each side goes in the end bars so one outlier cannot squash the rest.
Bins make_bins(const std::vector<std::int64_t>& all_changes) {
    Bins b;
    if (all_changes.empty()) return b;
    std::vector<std::int64_t> sorted = all_changes;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t cut = sorted.size() / 200;
    const double low = double(std::min<std::int64_t>(0, sorted[cut])) / 100.0;
    const double high = double(std::max<std::int64_t>(0, sorted[sorted.size() - 1 - cut])) / 100.0;
    const std::vector<double> ticks = nice_ticks(low, high, kTargetBins);
    b.step = ticks[1] - ticks[0];
    b.low = ticks.front();
    b.count = std::max(1, int(std::lround((ticks.back() - ticks.front()) / b.step)));
    b.clip_low = b.low;
    b.clip_high = b.low + b.step * b.count - b.step * 1e-6;
    return b;
}

std::string panel_heading(const Panel& p) {
    return p.name + ": " + whole_number(std::int64_t(p.people)) + " people. " + whole_number(std::int64_t(p.lose)) +
           " lose, " + whole_number(std::int64_t(p.gain)) + " gain, " + whole_number(std::int64_t(p.same)) +
           " no change (not drawn)";
}

void draw_panel(SvgDocument& svg, const Panel& p, const Bins& bins, const LinearScale& x, double top) {
    std::vector<std::size_t> counts(std::size_t(bins.count), 0);
    for (std::int64_t change : p.changes) ++counts[std::size_t(bins.index(double(change) / 100.0))];
    const double tallest = double(std::max<std::size_t>(1, *std::max_element(counts.begin(), counts.end())));
    const std::vector<double> ticks = nice_ticks(0, tallest, 3);
    const LinearScale y{0, ticks.back(), top + kPanelHeight, top};
    svg.text(kLeft, top - 12, panel_heading(p), {13, "start", true});
    for (double t : ticks) {
        svg.line(kLeft, y(t), kRight, y(t), "#e6e6e6");
        svg.text(kLeft - 8, y(t) + 4, tick_label(t, ticks[1] - ticks[0]), {11.5, "end"});
    }
    for (int i = 0; i < bins.count; ++i) {
        if (counts[std::size_t(i)] == 0) continue;
        const double from = bins.low + bins.step * i;
        const double left = x(from) + 0.5, width = std::max(1.0, x(from + bins.step) - x(from) - 1.0);
        svg.rect(left, y(double(counts[std::size_t(i)])), width, y(0) - y(double(counts[std::size_t(i)])),
                 from < 0 ? kLossColour : kGainColour);
    }
    svg.line(x(0), top, x(0), top + kPanelHeight, "#333333", 1.2, "4 3");
    svg.line(kLeft, top + kPanelHeight, kRight, top + kPanelHeight, "#444444", 1.2);
}

void draw_x_axis(SvgDocument& svg, const Bins& bins, const LinearScale& x, double bottom) {
    const std::vector<double> ticks = nice_ticks(bins.low, bins.low + bins.step * bins.count, 10);
    for (double t : ticks) {
        if (t < x.from_low - 1e-9 || t > x.from_high + 1e-9) continue;
        svg.line(x(t), bottom, x(t), bottom + 5, "#444444");
        svg.text(x(t), bottom + 20, (t > 0 ? "+£" : t < 0 ? "-£" : "£") + tick_label(std::abs(t), ticks[1] - ticks[0]),
                 {12, "middle"});
    }
    svg.text((kLeft + kRight) / 2, bottom + 44, "Change in the weekly indicative budget (new − old)", {13, "middle"});
}

void draw_legend_and_notes(SvgDocument& svg, const ImpactChart& chart, const Bins& bins, double height) {
    svg.rect(30, 74, 14, 14, kLossColour);
    svg.text(50, 86, "Lose", {12.5});
    svg.rect(100, 74, 14, 14, kGainColour);
    svg.text(120, 86, "Gain", {12.5});
    svg.text(kLeft, height - 30,
             "Bars are " + Money::from_pence(std::llround(bins.step * 100)).to_string() +
                 " wide; each panel has its own scale of people. Changes beyond the outer half per cent on each side "
                 "are counted in the end bars.",
             {11.5, "start", false, "#444444"});
    if (chart.synthetic)
        svg.text(kLeft, height - 12, "SYNTHETIC DATA: the caseload is made up and describes no real people.",
                 {12.5, "start", true, kLossColour});
}

}  // namespace

std::string impact_chart_svg(const ImpactChart& chart) {
    const std::vector<Panel> panels = make_panels(chart);
    const double height = kTop + double(panels.size()) * (kPanelHeight + kPanelGap) + kFooter;
    SvgDocument svg(kWidth, int(height), chart.title);
    if (chart.synthetic) svg.comment("SYNTHETIC DATA: made-up caseload");
    svg.text(30, 34, chart.title, {20, "start", true});
    svg.text(30, 58, chart.subtitle, {13, "start", false, "#444444"});
    const Bins bins = make_bins(panels.front().changes);
    const LinearScale x{bins.low, bins.low + bins.step * bins.count, kLeft, kRight};
    double top = kTop + 24;
    for (const Panel& panel : panels) {
        draw_panel(svg, panel, bins, x, top);
        top += kPanelHeight + kPanelGap;
    }
    draw_x_axis(svg, bins, x, top - kPanelGap);
    draw_legend_and_notes(svg, chart, bins, height);
    if (panels.front().changes.empty())
        svg.text((kLeft + kRight) / 2, kTop + 24 + kPanelHeight / 2, "Nobody's weekly amount changes.", {16, "middle", true});
    return svg.finish();
}

}  // namespace openras
