#pragma once
// Palette colours as ImGui's packed colours.
#include "kiosk/ui/palette.hpp"

#include <imgui.h>

namespace openras::kiosk {

inline ImU32 packed(Rgb c, int alpha = 255) { return IM_COL32(c.r, c.g, c.b, alpha); }
inline ImVec4 vec4(Rgb c, float alpha = 1) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha); }

}  // namespace openras::kiosk
