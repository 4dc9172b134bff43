#pragma once
// Touch screens leave the pointer where the finger lifted, so ImGui would go on treating that
// spot as hovered after every tap ("sticky hover"). From the frame after a release, the
// pointer is hidden from ImGui until it moves again (a mouse) or presses again (a finger).
// The release frame itself still sees the pointer, so the tap is never lost.
struct ImGuiIO;

namespace openras::kiosk {

struct PointerFix {
    bool hidden = false;
    bool was_down = false;
};

// Call after the platform has filled io and before ImGui::NewFrame(). `moved`: the pointer
// moved since the last frame.
void apply_pointer_fix(PointerFix& fix, ImGuiIO& io, bool moved);

}  // namespace openras::kiosk
