#include "kiosk/ui/pointer.hpp"

#include <imgui.h>

namespace openras::kiosk {

void apply_pointer_fix(PointerFix& fix, ImGuiIO& io, bool moved) {
    const bool down = io.MouseDown[0];
    if (moved || down) fix.hidden = false;
    if (fix.hidden) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    if (fix.was_down && !down) fix.hidden = true;
    fix.was_down = down;
}

}  // namespace openras::kiosk
