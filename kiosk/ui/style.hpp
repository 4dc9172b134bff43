#pragma once
// Puts the palette and sizes into ImGui's style, for what ImGui itself draws: the page
// background, the scroll bars and its navigation highlight.
#include "kiosk/ui/ui.hpp"

namespace openras::kiosk {

void apply_style(const Ui& ui);

}  // namespace openras::kiosk
