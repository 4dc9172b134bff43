#include "kiosk/screens/screens.hpp"

#include "alloc/report/line_description.hpp"
#include "kiosk/ui/bar_chart.hpp"
#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <cmath>
#include <string>

namespace openras::kiosk {
namespace {

double as_double(const Rational& r) { return double(r.numerator()) / double(r.denominator()); }

// Points per domain: what counts, and what help from family and friends takes away.
std::vector<ChartRow> chart_rows(const IndicativeBudget& b, const Ui& ui) {
    std::vector<ChartRow> rows;
    for (std::size_t d = 0; d < b.domains.size(); ++d) {
        const Domain& domain = b.rules->domains[d];
        const DomainResult& r = b.domains[d];
        ChartRow row;
        row.label = ui.easy_read && !domain.easy_read.empty() ? domain.easy_read : domain.title;
        row.counted = as_double(r.points);
        row.not_counted = as_double(r.raw_points - r.points);
        row.figures = ui.trf("budget.chart_points", {{"points", points_text(r.points)}});
        if (r.points != r.raw_points)
            row.figures += " " + ui.trf("budget.chart_not_counted", {{"points", points_text(r.raw_points - r.points)}});
        rows.push_back(std::move(row));
    }
    return rows;
}

// One explanation line: its words on the left, its amount on the right, its detail beneath.
void explanation_line(Ui& ui, const IndicativeBudget& b, const ExplanationLine& line) {
    const LineDescription d = describe_line(b, line);
    const std::string amount = line.amount.to_string();
    const float amount_width =
        ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, 0, amount.c_str()).x;
    const float full_right = ui.column_right;
    ui.column_right = full_right - amount_width - ui.m.gap * 2;
    const float top = ImGui::GetCursorPosY();
    text(ui, d.title, TextStyle::Body);
    // A council rule's detail is its expression, written for officers: people get a sentence.
    if (line.kind == LineKind::Rule) text(ui, ui.tr("budget.rule_applies"), TextStyle::Secondary);
    else if (!d.detail.empty()) text(ui, d.detail, TextStyle::Secondary);
    const float bottom = ImGui::GetCursorPosY();
    ui.column_right = full_right;
    ImGui::SetCursorPosY(top);
    ImGui::SetCursorPosX(full_right - std::ceil(amount_width) - 2 - ImGui::GetWindowPos().x);  // room: never wraps
    text(ui, amount, TextStyle::Bold);
    ImGui::SetCursorPosY(bottom);
}

void stream_explanation(Ui& ui, const IndicativeBudget& b, int stream) {
    const Stream& s = b.rules->streams[std::size_t(stream)];
    const StreamResult& r = b.streams[std::size_t(stream)];
    text(ui, ui.trf("budget.stream_total", {{"stream", s.title}, {"weekly", r.weekly.to_string()}}), TextStyle::Bold);
    for (const ExplanationLine& line : b.explanation)
        if (line.stream == stream) explanation_line(ui, b, line);
    vertical_space(ui, ui.m.gap);
}

void headline(Ui& ui, const IndicativeBudget& b) {
    heading(ui, ui.tr("budget.title"));
    const std::string weekly = b.weekly.to_string();
    text(ui, weekly, TextStyle::Display);
    text(ui, ui.tr("budget.a_week"), TextStyle::Heading);
    text(ui, ui.trf("budget.a_year", {{"annual", b.annual.to_string()}}), TextStyle::Bold);
    notice(ui, "", ui.tr("budget.starting_figure"));
}

void panel_notice(Ui& ui, const IndicativeBudget& b) {
    if (!b.refer_to_panel()) return;
    std::string reasons;
    for (int t : b.panel_referrals) reasons += (reasons.empty() ? "" : "\n\n") + b.rules->thresholds[std::size_t(t)].message;
    notice(ui, ui.tr("budget.panel_title"), reasons, NoticeKind::Important);
}

}  // namespace

// 5. The indicative budget in large type, a chart of points per domain, and every line of the
// explanation in plain English, the informal-support reductions included.
void draw_budget_screen(KioskFlow& flow, Ui& ui) {
    const IndicativeBudget& b = *flow.journey().budget;
    begin_content(ui, "page.budget");
    headline(ui, b);
    panel_notice(ui, b);
    text(ui, ui.tr("budget.chart_title"), TextStyle::Heading);
    text(ui, ui.tr("budget.chart_intro"), TextStyle::Secondary);
    bar_chart(ui, chart_rows(b, ui));
    text(ui, ui.tr("budget.explanation_title"), TextStyle::Heading);
    text(ui, ui.tr("budget.explanation_intro"), TextStyle::Secondary);
    for (std::size_t s = 0; s < b.streams.size(); ++s) stream_explanation(ui, b, int(s));
    text(ui, ui.trf("budget.total", {{"weekly", b.weekly.to_string()}, {"annual", b.annual.to_string()}}), TextStyle::Bold);
    vertical_space(ui, ui.m.gap * 2);
    if (button(ui, "finish", ui.tr("budget.finish"), ButtonKind::Secondary)) flow.ask(Confirmation::ClearAnswers, last_tap_y());
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "plan", ui.tr("budget.plan"))) flow.continue_to_plan();
    end_actions(ui);
}

}  // namespace openras::kiosk
