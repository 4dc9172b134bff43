#pragma once
// How the person wants the kiosk to look and sound: text size, high contrast, Easy Read
// wording, and speech (on or off, slower, how loud). Offered on every screen, and put back to
// the kiosk's defaults when a session is wiped: the next person starts at the site's volume.
#include <array>
#include <string>

namespace openras::kiosk {

// Text sizes the person can choose: at least three steps, up to twice the normal size.
inline constexpr std::array<float, 4> kTextScales = {1.0f, 1.25f, 1.5f, 2.0f};
inline constexpr int kLargestTextStep = int(kTextScales.size()) - 1;

struct DisplayPreferences {
    int text_step = 0;  // index into kTextScales
    bool high_contrast = false;
    bool easy_read = false;
    bool speech_on = false;    // "Listen": pages are read aloud, and each control as it is tapped
    bool speech_slow = false;  // "Slower"
    int volume = 70;           // per cent: the site's volume, then the person's
    std::string language;      // a built-in wording language ("cy"); empty: the kiosk's own (English)

    float text_scale() const { return kTextScales[std::size_t(text_step)]; }
    bool operator==(const DisplayPreferences&) const = default;
};

// The step whose scale is nearest to `scale` (for --text-scale).
int text_step_for_scale(float scale);

inline constexpr int kVolumeStep = 10, kQuietestVolume = 10, kLoudestVolume = 100;

}  // namespace openras::kiosk
