#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

namespace openras::kiosk {

// 1. What this is, how long it takes, that it can be paused; Start in the actions bar, where
// Continue is on every other page, so it is on the screen at every text size.
void draw_start_screen(KioskFlow& flow, Ui& ui) {
    begin_content(ui, "page.start");
    // Other languages first, each in its own name, where a person looks before reading on.
    if (flow.offered_languages().size() > 1) {
        language_buttons(flow, ui, false);
        vertical_space(ui, ui.m.gap);
    }
    heading(ui, ui.tr("start.title"));
    // In Easy Read each sentence has its picture on the left (widgets.hpp pictured_text).
    pictured_text(ui, picture_for(ui, "start.what"), ui.tr("start.what"));
    pictured_text(ui, picture_for(ui, "start.how_long"),
                  ui.trf("start.how_long", {{"questions", std::to_string(flow.question_count())}}));
    pictured_text(ui, picture_for(ui, "start.tapping"), ui.tr("start.tapping"));
    pictured_notice(ui, picture_for(ui, "start.pause_title"), ui.tr("start.pause_title"), ui.tr("start.pause"));
    pictured_text(ui, picture_for(ui, "start.help"), ui.tr("start.help"));
    // For someone who has sent a plan before: what happened to it, by the receipt's reference.
    pictured_text(ui, picture_for(ui, "start.status_title"), ui.tr("start.status_title"), TextStyle::Heading);
    text(ui, ui.tr("start.status_hint"));
    if (button(ui, "check-status", ui.tr("start.status_button"), ButtonKind::Secondary)) flow.open_status_lookup();
    if (flow.can_save_draft()) {
        pictured_text(ui, picture_for(ui, "start.resume_title"), ui.tr("start.resume_title"), TextStyle::Heading);
        text(ui, ui.tr("start.resume_hint"));
        if (button(ui, "resume", ui.tr("start.resume_button"), ButtonKind::Secondary)) flow.open_resume();
    }
    vertical_space(ui, ui.m.gap);
    if (button(ui, "about", ui.tr("credits.button"), ButtonKind::Secondary)) flow.open_about();
    end_content(ui);

    begin_actions(ui);
    if (button(ui, "social-worker", ui.tr("start.social_worker"), ButtonKind::Secondary)) flow.open_social_worker_mode();
    if (primary_button(ui, "start", ui.tr("start.button"))) flow.start();
    end_actions(ui);
}

}  // namespace openras::kiosk
