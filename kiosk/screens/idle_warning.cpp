#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/layout.hpp"
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
    heading(ui, ui.tr("idle.title"));
    text(ui, ui.tr("idle.body"));
    text(ui, ui.trf(left == 1 ? "idle.second" : "idle.seconds", {{"seconds", std::to_string(left)}}), TextStyle::Display);
    ButtonOptions big;
    big.width = column;
    big.font = ui.fonts.heading;
    big.min_height = ui.m.target * 1.2f;
    if (button(ui, "more-time", ui.tr("idle.more_time"), ButtonKind::Primary, big)) idle.more_time(flow.now());
    vertical_space(ui, ui.m.gap);
    if (button(ui, "clear-now", ui.tr("idle.clear_now"), ButtonKind::Secondary)) flow.finish();
    ImGui::Unindent(x);
    ImGui::End();
    ImGui::PopStyleColor();
}

}  // namespace openras::kiosk
