#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

namespace openras::kiosk {

// Each language is named in itself ("Cymraeg", "Polski"), so a person who cannot read the
// page's language can still find theirs; the one shown now is chosen.
void language_buttons(KioskFlow& flow, Ui& ui, bool with_current) {
    const std::string& now = ui.words->language();
    bool first = true;
    for (const std::string& code : flow.offered_languages()) {
        if (code == now && !with_current) continue;
        ButtonOptions options;
        options.chosen = code == now;
        const std::string_view name = Wording::built_in(code).get("language.name", false);
        const ButtonKind kind = with_current ? ButtonKind::Answer : ButtonKind::Secondary;
        // On the first page the buttons share a row while they fit, leaving the page its room.
        if (!with_current && !first) {
            ImGui::SameLine(0, ui.m.gap);
            if (ImGui::GetCursorScreenPos().x + button_width(ui, name, kind, options) > ui.column_right) ImGui::NewLine();
        }
        first = false;
        if (button(ui, "language." + code, name, kind, options)) flow.choose_language(code);
    }
}

void draw_language_screen(KioskFlow& flow, Ui& ui) {
    begin_content(ui, "page.language");
    heading(ui, ui.tr("language.title"));
    language_buttons(flow, ui, true);
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    end_actions(ui);
}

}  // namespace openras::kiosk
