#include "kiosk/platform/scripted_input.hpp"

#include <imgui.h>

namespace openras::kiosk {

void ScriptedInput::map_keys(ImGuiIO& io) {
    io.KeyMap[ImGuiKey_Tab] = int(HeadlessKey::Tab);
    io.KeyMap[ImGuiKey_Space] = int(HeadlessKey::Space);
    io.KeyMap[ImGuiKey_Enter] = int(HeadlessKey::Enter);
    io.KeyMap[ImGuiKey_Backspace] = int(HeadlessKey::Backspace);
    io.KeyMap[ImGuiKey_Escape] = int(HeadlessKey::Escape);
    io.KeyMap[ImGuiKey_LeftArrow] = int(HeadlessKey::Left);
    io.KeyMap[ImGuiKey_RightArrow] = int(HeadlessKey::Right);
    io.KeyMap[ImGuiKey_UpArrow] = int(HeadlessKey::Up);
    io.KeyMap[ImGuiKey_DownArrow] = int(HeadlessKey::Down);
}

void ScriptedInput::apply(ImGuiIO& io) {
    if (!events_.empty()) {
        const Event e = events_.front();
        events_.pop_front();
        input_ = true;
        if (e.text) {
            io.AddInputCharactersUTF8(e.text);
        } else if (e.key != 0) {
            io.KeysDown[e.key] = e.key_down;
        } else {
            moved_ = moved_ || e.x != x_ || e.y != y_;
            x_ = e.x, y_ = e.y, down_ = e.down;
        }
    }
    io.MousePos = ImVec2(x_, y_);
    io.MouseDown[0] = down_;
}

bool ScriptedInput::take_input() {
    const bool was = input_;
    input_ = false;
    return was;
}

bool ScriptedInput::take_pointer_moved() {
    const bool was = moved_;
    moved_ = false;
    return was;
}

}  // namespace openras::kiosk
