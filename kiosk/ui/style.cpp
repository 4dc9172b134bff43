#include "kiosk/ui/style.hpp"

#include "kiosk/ui/colours.hpp"

#include <imgui.h>

#include <cmath>

namespace openras::kiosk {

void apply_style(const Ui& ui) {
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    s.WindowPadding = ImVec2(0, 0);
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 0;
    s.WindowRounding = 0;
    s.FrameRounding = 0;
    s.ItemSpacing = ImVec2(ui.m.gap, std::round(ui.m.gap * 1.5f));  // room between paragraphs
    s.ItemInnerSpacing = ImVec2(ui.m.gap, ui.m.gap);
    s.ScrollbarSize = ui.m.scrollbar;
    s.ScrollbarRounding = 0;
    s.GrabMinSize = ui.m.target;
    s.AntiAliasedLines = true;
    // Lines drawn without the atlas's baked line texture: on a mirrored page, any vertex that
    // reads the atlas is a glyph, and every glyph must be upright (mirror.hpp).
    s.AntiAliasedLinesUseTex = false;
    s.AntiAliasedFill = true;

    const Palette& p = ui.palette;
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = vec4(p.text);
    c[ImGuiCol_WindowBg] = vec4(p.page);
    c[ImGuiCol_ChildBg] = vec4(p.page, 0);
    c[ImGuiCol_PopupBg] = vec4(p.page);
    c[ImGuiCol_ScrollbarBg] = vec4(p.scrollbar);
    // The same colour whether or not a pointer is over it: nothing depends on hovering.
    c[ImGuiCol_ScrollbarGrab] = vec4(p.scrollbar_grab);
    c[ImGuiCol_ScrollbarGrabHovered] = vec4(p.scrollbar_grab);
    c[ImGuiCol_ScrollbarGrabActive] = vec4(p.pressed == p.scrollbar ? p.scrollbar_grab : p.pressed);
    c[ImGuiCol_NavHighlight] = vec4(p.focus);
    c[ImGuiCol_ModalWindowDimBg] = vec4(p.text, 0.6f);
}

}  // namespace openras::kiosk
