#include "kiosk/ui/tap_guard.hpp"

#include <imgui.h>

namespace openras::kiosk {

void apply_tap_guard(TapGuard& guard, ImGuiIO& io, int page, double now, double quiet_seconds) {
    const bool down = io.MouseDown[0];
    if (page != guard.page) {
        guard.page = page;
        guard.quiet_until = now + quiet_seconds;
        guard.finger_left_over = down;
    }
    if (!down) guard.finger_left_over = false;
    const bool quiet = now < guard.quiet_until;
    // A press that begins in the quiet time is ignored until the finger lifts.
    if (down && quiet) guard.finger_left_over = true;
    if (guard.finger_left_over) io.MouseDown[0] = false;
}

}  // namespace openras::kiosk
