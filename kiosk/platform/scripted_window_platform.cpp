#include "kiosk/platform/scripted_window_platform.hpp"

#include <imgui.h>

namespace openras::kiosk {
namespace {

WindowOptions windowed(int width, int height) {
    WindowOptions options;
    options.fullscreen = false;
    options.width = width;
    options.height = height;
    options.title = "OpenRAS journey";
    return options;
}

}  // namespace

ScriptedWindowPlatform::ScriptedWindowPlatform(int width, int height) : window_(windowed(width, height)) {}

void ScriptedWindowPlatform::init_backends() {
    window_.init_backends();
    ScriptedInput::map_keys(ImGui::GetIO());
}

void ScriptedWindowPlatform::new_frame() {
    window_.new_frame();
    // The backend read the window's own pointer and clock: the script's replace them.
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60;
    input_.apply(io);
}

bool ScriptedWindowPlatform::wait(double timeout_seconds) {
    window_.wait(0);  // keeps the window answering its display; its own input is ignored
    if (!input_.pending()) now_ += timeout_seconds;
    return input_.pending();
}

}  // namespace openras::kiosk
