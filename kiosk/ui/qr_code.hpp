#pragma once
// A QR code of short text (a plan's reference), drawn as dark squares on a light quiet zone so a
// phone's camera can read it from the screen or a printed receipt. libqrencode makes the
// pattern; the kiosk draws it.
#include "kiosk/ui/ui.hpp"

#include <string_view>
#include <vector>

namespace openras::kiosk {

// The modules of the code, row by row (true: dark), and its width in modules; empty when the
// text cannot be encoded.
struct QrPattern {
    int width = 0;
    std::vector<bool> dark;
};
QrPattern qr_pattern(std::string_view text);

// Draws the code `size` pixels square (with its four-module quiet zone inside that) at the
// cursor and moves the cursor below it. Always dark on white, in both themes: that is what
// readers expect.
void qr_code(Ui& ui, std::string_view text, float size);

}  // namespace openras::kiosk
