#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/text_layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace openras::kiosk {

// The idle warning covers the whole screen, so the person's answers are hidden while it
// counts down. "I need more time" can be pressed as often as needed (WCAG 2.2.1 asks for at
// least ten); when the count reaches zero the app wipes the session.
void draw_idle_warning(KioskFlow& flow, Ui& ui) {
    IdleTimer& idle = flow.idle();
    const int left = idle.seconds_left(flow.now());
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::SetNextWindowFocus();
    ImGui::PushStyleColor(ImGuiCol_WindowBg, vec4(ui.palette.warning));
    ImGui::Begin("idle-warning", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    const float column = std::min(ui.m.width - 2 * ui.m.margin, std::max(1000.0f, 26 * ui.m.body));
    const float x = (ui.m.width - column) / 2;
    // Near the top: at the largest text both buttons must still be on the screen.
    ImGui::SetCursorPos(ImVec2(x, ui.m.margin));
    ui.column_right = x + column;
    ImGui::Indent(x);
    const std::string count = ui.trf(left == 1 ? "idle.second" : "idle.seconds", {{"seconds", std::to_string(left)}});
    ButtonOptions big;
    big.width = column;
    big.font = ui.fonts.heading;
    big.min_height = ui.m.target * 1.2f;
    // As wide as its words, but never wider than the column: longer words wrap inside it.
    ButtonOptions clear;
    clear.width = std::min(button_width(ui, ui.tr("idle.clear_now"), ButtonKind::Secondary), column);
    // Both buttons must be on the screen: where the words are long (another language, the
    // largest text), the count and the first button are drawn a size smaller.
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const auto height = [&](ImFont* count_font) {
        return measure_wrapped(ui.fonts.heading, ui.tr("idle.title"), column, kHeadingLineSpacing).y +
               measure_wrapped(ui.fonts.body, ui.tr("idle.body"), column).y +
               measure_wrapped(count_font, count, column, kHeadingLineSpacing).y +
               button_height(ui, ui.tr("idle.more_time"), ButtonKind::Primary, big) + ui.m.gap +
               button_height(ui, ui.tr("idle.clear_now"), ButtonKind::Secondary, clear) + 6 * spacing + ui.m.margin * 2;
    };
    const bool smaller = height(ui.fonts.display) > ui.m.height;
    if (smaller) big.font = ui.fonts.bold;
    heading(ui, ui.tr("idle.title"));
    text(ui, ui.tr("idle.body"));
    text(ui, count, smaller ? TextStyle::Heading : TextStyle::Display);
    if (button(ui, "more-time", ui.tr("idle.more_time"), ButtonKind::Primary, big)) idle.more_time(flow.now());
    vertical_space(ui, ui.m.gap);
    if (button(ui, "clear-now", ui.tr("idle.clear_now"), ButtonKind::Secondary, clear)) flow.finish();
    ImGui::Unindent(x);
    ImGui::End();
    ImGui::PopStyleColor();
}

}  // namespace openras::kiosk
