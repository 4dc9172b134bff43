#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

namespace openras::kiosk {

// 1. What this is, how long it takes, that it can be paused; Start in the actions bar, where
// Continue is on every other page, so it is on the screen at every text size.
void draw_start_screen(KioskFlow& flow, Ui& ui) {
    begin_content(ui, "page.start");
    heading(ui, ui.tr("start.title"));
    text(ui, ui.tr("start.what"));
    text(ui, ui.trf("start.how_long", {{"questions", std::to_string(flow.question_count())}}));
    text(ui, ui.tr("start.tapping"));
    notice(ui, ui.tr("start.pause_title"), ui.tr("start.pause"));
    text(ui, ui.tr("start.help"));
    // For someone who has sent a plan before: what happened to it, by the receipt's reference.
    text(ui, ui.tr("start.status_title"), TextStyle::Heading);
    text(ui, ui.tr("start.status_hint"));
    if (button(ui, "check-status", ui.tr("start.status_button"), ButtonKind::Secondary)) flow.open_status_lookup();
    if (flow.can_save_draft()) {
        text(ui, ui.tr("start.resume_title"), TextStyle::Heading);
        text(ui, ui.tr("start.resume_hint"));
        if (button(ui, "resume", ui.tr("start.resume_button"), ButtonKind::Secondary)) flow.open_resume();
    }
    end_content(ui);

    begin_actions(ui);
    if (button(ui, "social-worker", ui.tr("start.social_worker"), ButtonKind::Secondary)) flow.open_social_worker_mode();
    if (primary_button(ui, "start", ui.tr("start.button"))) flow.start();
    end_actions(ui);
}

}  // namespace openras::kiosk
