#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

namespace openras::kiosk {

// 1. What this is, how long it takes, that it can be paused, and a big Start button.
void draw_start_screen(KioskFlow& flow, Ui& ui) {
    begin_content(ui, "page.start");
    heading(ui, ui.tr("start.title"));
    text(ui, ui.tr("start.what"));
    text(ui, ui.trf("start.how_long", {{"questions", std::to_string(flow.question_count())}}));
    text(ui, ui.tr("start.tapping"));
    notice(ui, ui.tr("start.pause_title"), ui.tr("start.pause"));
    text(ui, ui.tr("start.help"));
    vertical_space(ui, ui.m.gap);
    ButtonOptions big;
    big.font = ui.fonts.heading;
    big.min_height = ui.m.target * 1.4f;
    if (button(ui, "start", ui.tr("start.button"), ButtonKind::Primary, big)) flow.start();
    end_content(ui);

    begin_actions(ui);
    if (button(ui, "social-worker", ui.tr("start.social_worker"), ButtonKind::Secondary)) flow.open_social_worker_mode();
    end_actions(ui);
}

}  // namespace openras::kiosk
