#include "kiosk/screens/screens.hpp"

#include "alloc/report/line_description.hpp"
#include "kiosk/screens/budget_words.hpp"
#include "kiosk/screens/rule_words.hpp"
#include "kiosk/ui/bar_chart.hpp"
#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/text_layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <cmath>
#include <string>

namespace openras::kiosk {
namespace {

// An amount on the right of the column, its words on the left, a sentence beneath if any.
void money_line(Ui& ui, std::string_view words, std::string_view detail, Money amount, std::string_view picture = {}) {
    const std::string figure = amount.to_string();
    const float amount_width = text_width(ui.fonts.bold, figure);
    const float full_right = ui.column_right;
    ui.column_right = full_right - amount_width - ui.m.gap * 2;
    const float top = ImGui::GetCursorPosY();
    pictured_text(ui, picture, words, TextStyle::Body);
    if (!detail.empty()) text(ui, detail, TextStyle::Secondary);
    const float bottom = ImGui::GetCursorPosY();
    ui.column_right = full_right;
    ImGui::SetCursorPosY(top);
    ImGui::SetCursorPosX(full_right - std::ceil(amount_width) - 2 - ImGui::GetWindowPos().x);  // room: never wraps
    text(ui, figure, TextStyle::Bold);
    ImGui::SetCursorPosY(bottom);
}

// For people: each stream's lines in money, what each is for.
void money_lines(Ui& ui, const IndicativeBudget& b) {
    for (std::size_t s = 0; s < b.streams.size(); ++s) {
        if (b.streams.size() > 1)
            text(ui, ui.trf("budget.stream_total", {{"stream", std::string(stream_words(ui, *b.rules, b.rules->streams[s]))}, {"weekly", b.streams[s].weekly.to_string()}}),
                 TextStyle::Bold);
        for (const ExplanationLine& line : b.explanation) {
            if (line.stream != int(s) || line.amount == Money{}) continue;
            money_line(ui, line_for_people(ui, b, line), line.kind == LineKind::Rule ? ui.tr("budget.rule_applies") : "",
                       line.amount, line_picture(ui, b, line));
        }
        vertical_space(ui, ui.m.gap);
    }
}

// For "How it was worked out": every line with its points, rate and share, as the report has it.
void worked_lines(Ui& ui, const IndicativeBudget& b) {
    for (std::size_t s = 0; s < b.streams.size(); ++s) {
        text(ui, ui.trf("budget.stream_total", {{"stream", std::string(stream_words(ui, *b.rules, b.rules->streams[s]))}, {"weekly", b.streams[s].weekly.to_string()}}),
             TextStyle::Bold);
        for (const ExplanationLine& line : b.explanation) {
            if (line.stream != int(s)) continue;
            const LineDescription d = describe_line(b, line);
            // A council rule's detail is its expression, written for officers: people get a sentence.
            money_line(ui, d.title, line.kind == LineKind::Rule ? std::string(ui.tr("budget.rule_applies")) : d.detail, line.amount);
        }
        vertical_space(ui, ui.m.gap);
    }
}

void headline(Ui& ui, const KioskFlow& flow) {
    const IndicativeBudget& b = *flow.journey().budget;
    pictured_text(ui, picture_for(ui, "budget.title"), ui.tr("budget.title"), TextStyle::Heading);
    text(ui, b.weekly.to_string(), TextStyle::Display);
    text(ui, ui.tr("budget.a_week"), TextStyle::Heading);
    pictured_text(ui, picture_for(ui, "budget.a_year"), ui.trf("budget.a_year", {{"annual", flow.yearly_budget().to_string()}}),
                  TextStyle::Bold);
    // A budget of more than one part (the person's, a family carer's) says so at once, so the
    // part totals further down are not taken for a second budget.
    if (b.streams.size() > 1) {
        text(ui, ui.tr("budget.made_of"));
        for (std::size_t s = 0; s < b.streams.size(); ++s)
            text(ui, "\u2022 " + ui.trf("budget.stream_total", {{"stream", std::string(stream_words(ui, *b.rules, b.rules->streams[s]))}, {"weekly", b.streams[s].weekly.to_string()}}));
    }
    pictured_notice(ui, picture_for(ui, "budget.starting_figure"), "", ui.tr("budget.starting_figure"));
}

// The rule set's threshold messages are for staff; people are told what it means for them.
void panel_notice(Ui& ui, const IndicativeBudget& b) {
    if (b.refer_to_panel())
        pictured_notice(ui, picture_for(ui, "budget.panel_title"), ui.tr("budget.panel_title"), ui.tr("budget.panel_body"),
                        NoticeKind::Important);
}

}  // namespace

// 5. The indicative budget in large type, then what each amount is for, in money, with a chart
// of the same amounts; "How it was worked out" has the points, rates and shares.
void draw_budget_screen(KioskFlow& flow, Ui& ui) {
    const IndicativeBudget& b = *flow.journey().budget;
    begin_content(ui, "page.budget");
    headline(ui, flow);
    panel_notice(ui, b);
    pictured_text(ui, picture_for(ui, "budget.money_title"), ui.tr("budget.money_title"), TextStyle::Heading);
    text(ui, ui.tr("budget.money_intro"), TextStyle::Secondary);
    money_lines(ui, b);
    text(ui, ui.trf("budget.total", {{"weekly", b.weekly.to_string()}, {"annual", flow.yearly_budget().to_string()}}), TextStyle::Bold);
    text(ui, ui.tr("budget.chart_title"), TextStyle::Heading);
    text(ui, ui.tr("budget.chart_intro"), TextStyle::Secondary);
    bar_chart(ui, money_chart_rows(ui, b));
    if (button(ui, "workings", ui.tr("budget.workings_button"), ButtonKind::Secondary)) flow.show_workings();
    vertical_space(ui, ui.m.gap * 2);
    if (button(ui, "finish", ui.tr("budget.finish"), ButtonKind::Secondary)) flow.ask(Confirmation::ClearAnswers, last_tap_y());
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "plan", ui.tr("budget.plan"))) flow.continue_to_plan();
    end_actions(ui);
}

// 5a. How it was worked out: the points for each part of life, and every line of the
// explanation with its points, rate and share, adding up to the penny.
void draw_budget_workings_screen(KioskFlow& flow, Ui& ui) {
    const IndicativeBudget& b = *flow.journey().budget;
    begin_content(ui, "page.budget-workings");
    heading(ui, ui.tr("budget.workings_title"));
    text(ui, ui.tr("budget.workings_intro"));
    text(ui, ui.tr("budget.points_chart_title"), TextStyle::Heading);
    text(ui, ui.tr("budget.points_chart_intro"), TextStyle::Secondary);
    bar_chart(ui, points_chart_rows(ui, b));
    text(ui, ui.tr("budget.explanation_title"), TextStyle::Heading);
    text(ui, ui.tr("budget.explanation_intro"), TextStyle::Secondary);
    worked_lines(ui, b);
    text(ui, ui.trf("budget.total", {{"weekly", b.weekly.to_string()}, {"annual", flow.yearly_budget().to_string()}}), TextStyle::Bold);
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "plan", ui.tr("budget.plan"))) flow.continue_to_plan();
    end_actions(ui);
}

}  // namespace openras::kiosk
