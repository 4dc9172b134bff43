#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

namespace openras::kiosk {

// "About this kiosk": the credit the pictures' licence asks for (CC BY-SA 4.0), the voice's
// licence (espeak-ng, GPL-3.0-or-later), and OpenRAS's own. Nothing personal is on it.
void draw_about_screen(KioskFlow& flow, Ui& ui) {
    begin_content(ui, "page.about");
    heading(ui, ui.tr("credits.title"));
    text(ui, ui.tr("credits.what"));
    text(ui, ui.tr("credits.pictures_title"), TextStyle::Heading);
    text(ui, ui.tr("credits.pictures"));
    text(ui, ui.tr("credits.speech_title"), TextStyle::Heading);
    text(ui, ui.tr("credits.speech"));
    text(ui, ui.tr("credits.software_title"), TextStyle::Heading);
    text(ui, ui.tr("credits.software"));
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    end_actions(ui);
}

}  // namespace openras::kiosk
