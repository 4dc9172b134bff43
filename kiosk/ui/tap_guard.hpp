#pragma once
// Taps that cannot hurt. A person with a tremor taps twice, or rests a finger; a tap that
// changes the page must not also act on the page that replaces it. So after the page changes,
// presses are ignored for a while (FlowSettings::tap_quiet_seconds, about 0.4 s), and a finger
// that was already down stays ignored until it is lifted. ImGui's buttons act only where a
// press began and ended, so a tap counts only where it was pressed and released.
struct ImGuiIO;

namespace openras::kiosk {

struct TapGuard {
    int page = -1;            // the page the guard last saw (KioskFlow::page_number)
    double quiet_until = -1;  // presses before this time are ignored
    bool finger_left_over = false;  // down since before the page changed
};

// Call after the platform has filled io and before ImGui::NewFrame().
void apply_tap_guard(TapGuard& guard, ImGuiIO& io, int page, double now, double quiet_seconds);

}  // namespace openras::kiosk
