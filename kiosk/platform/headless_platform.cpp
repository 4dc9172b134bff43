#include "kiosk/platform/headless_platform.hpp"

#include <imgui.h>

namespace openras::kiosk {

void HeadlessPlatform::init_backends() {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "openras-headless";
    io.KeyMap[ImGuiKey_Tab] = int(HeadlessKey::Tab);
    io.KeyMap[ImGuiKey_Space] = int(HeadlessKey::Space);
    io.KeyMap[ImGuiKey_Enter] = int(HeadlessKey::Enter);
    io.KeyMap[ImGuiKey_Backspace] = int(HeadlessKey::Backspace);
    io.KeyMap[ImGuiKey_Escape] = int(HeadlessKey::Escape);
    io.KeyMap[ImGuiKey_LeftArrow] = int(HeadlessKey::Left);
    io.KeyMap[ImGuiKey_RightArrow] = int(HeadlessKey::Right);
    io.KeyMap[ImGuiKey_UpArrow] = int(HeadlessKey::Up);
    io.KeyMap[ImGuiKey_DownArrow] = int(HeadlessKey::Down);
    fonts_rebuilt();
}

void HeadlessPlatform::fonts_rebuilt() {
    // No texture to upload; ImGui only needs the atlas built and a texture id set.
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    ImGui::GetIO().Fonts->SetTexID(ImTextureID(1));
}

void HeadlessPlatform::pointer(float x, float y, bool down) { events_.push_back({x, y, down, 0, false, nullptr}); }
void HeadlessPlatform::key(HeadlessKey key, bool down) { events_.push_back({0, 0, false, int(key), down, nullptr}); }
void HeadlessPlatform::type(const char* utf8) { events_.push_back({0, 0, false, 0, false, utf8}); }

void HeadlessPlatform::new_frame() {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(width_, height_);
    io.DeltaTime = 1.0f / 60;
    // One queued event per frame, as a real frame loop would see them.
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

bool HeadlessPlatform::wait(double timeout_seconds) {
    if (events_.empty()) now_ += timeout_seconds;
    return !events_.empty();
}

bool HeadlessPlatform::take_input() {
    const bool was = input_;
    input_ = false;
    return was;
}

bool HeadlessPlatform::take_pointer_moved() {
    const bool was = moved_;
    moved_ = false;
    return was;
}

}  // namespace openras::kiosk
