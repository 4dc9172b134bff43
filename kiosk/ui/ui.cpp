#include "kiosk/ui/ui.hpp"

#include <imgui.h>

#include <cmath>

namespace openras::kiosk {

namespace {

// Picks the widget after (or, with Shift, before) the focused one in last frame's order.
void follow_tab(Ui& ui) {
    if (ui.tab_key < 0 || !ImGui::IsKeyPressed(ui.tab_key)) return;
    const auto& targets = ui.registry.targets();
    if (targets.empty()) return;
    const int n = int(targets.size());
    int at = -1;
    for (int i = 0; i < n; ++i)
        if (targets[std::size_t(i)].id == ui.focused) at = i;
    const bool back = ImGui::GetIO().KeyShift;
    const int next = at < 0 ? (back ? n - 1 : 0) : (at + (back ? n - 1 : 1)) % n;
    ui.pending_focus = targets[std::size_t(next)].id;
}

}  // namespace

void begin_ui_frame(Ui& ui) {
    follow_tab(ui);
    ui.registry.begin_frame();
    ui.text_log.begin_frame();
    ui.speech.begin_frame();
    ui.speech.place = SpeechPlace::Content;
    ui.tapped.clear();
    ui.speech_ask = Ui::SpeechAsk::None;
    ui.focused.clear();
    ui.focus_shown.clear();
    const ImGuiIO& io = ImGui::GetIO();
    Gesture& g = ui.gesture;
    if (io.MouseClicked[0]) {
        g = Gesture{true, false, io.MousePos.x, io.MousePos.y};
    } else if (g.down && io.MouseDown[0]) {
        const float dx = io.MousePos.x - g.start_x, dy = io.MousePos.y - g.start_y;
        if (std::sqrt(dx * dx + dy * dy) > kDragThresholdPixels) g.dragged = true;
    }
    // `dragged` stays set through the release frame, so that release is not taken as a tap.
    if (!io.MouseDown[0]) g.down = false;
}

}  // namespace openras::kiosk
