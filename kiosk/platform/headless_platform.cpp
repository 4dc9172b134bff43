#include "kiosk/platform/headless_platform.hpp"

#include <imgui.h>

namespace openras::kiosk {

void HeadlessPlatform::init_backends() {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "openras-headless";
    ScriptedInput::map_keys(io);
    fonts_rebuilt();
}

void HeadlessPlatform::fonts_rebuilt() {
    // No texture to upload; ImGui only needs the atlas built and a texture id set.
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    ImGui::GetIO().Fonts->SetTexID(ImTextureID(1));
}

void HeadlessPlatform::new_frame() {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(width_, height_);
    io.DeltaTime = 1.0f / 60;
    input_.apply(io);  // one queued event per frame, as a real frame loop would see them
}

bool HeadlessPlatform::wait(double timeout_seconds) {
    if (!input_.pending()) now_ += timeout_seconds;
    return input_.pending();
}

}  // namespace openras::kiosk
