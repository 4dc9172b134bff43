#pragma once
// How the person wants the kiosk to look: text size, high contrast and Easy Read wording.
// Offered on every screen, and put back to the kiosk's defaults when a session is wiped.
#include <array>

namespace openras::kiosk {

// Text sizes the person can choose: at least three steps, up to twice the normal size.
inline constexpr std::array<float, 4> kTextScales = {1.0f, 1.25f, 1.5f, 2.0f};
inline constexpr int kLargestTextStep = int(kTextScales.size()) - 1;

struct DisplayPreferences {
    int text_step = 0;  // index into kTextScales
    bool high_contrast = false;
    bool easy_read = false;

    float text_scale() const { return kTextScales[std::size_t(text_step)]; }
    bool operator==(const DisplayPreferences&) const = default;
};

// The step whose scale is nearest to `scale` (for --text-scale).
int text_step_for_scale(float scale);

}  // namespace openras::kiosk
