#include "kiosk/screens/screens.hpp"

#include "alloc/io/dates.hpp"
#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace openras::kiosk {
namespace {

// One part of the date as a stepper: its name, an earlier button, the value, a later button.
// Choices, not typing.
float bold_width(const Ui& ui, std::string_view words) {
    return ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, 0, words.data(), words.data() + words.size()).x;
}

struct Columns {
    float label = 0, value = 0;
};

// Wide enough for the longest label and the longest month, whatever the text size.
Columns date_columns(const Ui& ui) {
    Columns c;
    for (const char* key : {"date.day", "date.month", "date.year"}) c.label = std::max(c.label, bold_width(ui, ui.tr(key)));
    for (int month = 1; month <= 12; ++month)
        c.value = std::max(c.value, bold_width(ui, boost::gregorian::greg_month(month).as_long_string()));
    c.label += ui.m.gap;
    c.value += 2 * ui.m.gap;
    return c;
}

void date_part_row(KioskFlow& flow, Ui& ui, DatePart part, std::string_view name, std::string_view label,
                   const std::string& value) {
    const Columns columns = date_columns(ui);
    const Metrics& m = ui.m;
    const float y = ImGui::GetCursorScreenPos().y + (m.target - ui.fonts.bold->FontSize) / 2;
    const float x = ImGui::GetCursorScreenPos().x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddText(ui.fonts.bold, ui.fonts.bold->FontSize, ImVec2(x, y), packed(ui.palette.text), label.data(),
                label.data() + label.size());
    ui.text_log.add(label);
    ImGui::Dummy(ImVec2(columns.label, m.target));
    ImGui::SameLine();
    ButtonOptions options;
    options.width = m.target;
    const std::string id = "date." + std::string(name);
    if (button(ui, id + ".earlier", "\u2212", ButtonKind::Secondary, options)) flow.step_date(part, -1);
    ImGui::SameLine();
    const float value_x = ImGui::GetCursorScreenPos().x, value_width = columns.value;
    const float value_w = ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, 0, value.c_str()).x;
    dl->AddText(ui.fonts.bold, ui.fonts.bold->FontSize, ImVec2(value_x + (value_width - value_w) / 2, y),
                packed(ui.palette.text), value.c_str());
    ui.text_log.add(value);
    ImGui::Dummy(ImVec2(value_width, m.target));
    ImGui::SameLine();
    if (button(ui, id + ".later", "+", ButtonKind::Secondary, options)) flow.step_date(part, +1);
}

}  // namespace

// 2b. About you: the date of the assessment, which picks the rules in force. Usually today.
void draw_date_screen(KioskFlow& flow, Ui& ui) {
    begin_content(ui, "page.date");
    draw_page_errors(flow, ui);
    text(ui, ui.tr("about.caption"), TextStyle::Caption);
    heading(ui, ui.tr("date.title"));
    text(ui, ui.tr("date.hint"), TextStyle::Secondary);
    field_error_beside(flow, ui, "date");
    text(ui, long_date(flow.journey().date), TextStyle::Heading);
    const auto ymd = flow.journey().date.year_month_day();
    date_part_row(flow, ui, DatePart::Day, "day", ui.tr("date.day"), std::to_string(ymd.day));
    date_part_row(flow, ui, DatePart::Month, "month", ui.tr("date.month"), ymd.month.as_long_string());
    date_part_row(flow, ui, DatePart::Year, "year", ui.tr("date.year"), std::to_string(ymd.year));
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "continue", ui.tr("common.continue"))) flow.continue_from_date();
    end_actions(ui);
}

}  // namespace openras::kiosk
