#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/onscreen_keyboard.hpp"
#include "kiosk/ui/widgets.hpp"

namespace openras::kiosk {

// 2a. About you: a name or reference, typed on the on-screen keyboard.
void draw_name_screen(KioskFlow& flow, Ui& ui) {
    reserve_dock(ui, keyboard_height(ui));
    begin_content(ui, "page.name");
    draw_page_errors(flow, ui);
    text(ui, ui.tr("about.caption"), TextStyle::Caption);
    heading(ui, ui.tr("name.title"));
    text(ui, ui.tr("name.hint"), TextStyle::Secondary);
    const std::string problem = field_error_beside(flow, ui, "reference");
    text_field(ui, ui.tr("name.label"), flow.reference(), !problem.empty());
    end_content(ui);

    begin_dock(ui);
    onscreen_keyboard(ui, flow.reference(), kMaxReferenceLength, KeyboardCapitals::Words);
    end_dock(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "continue", ui.tr("common.continue"))) flow.continue_from_name();
    end_actions(ui);
}

}  // namespace openras::kiosk
