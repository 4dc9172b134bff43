#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

namespace openras::kiosk {

// Stands in, honestly, for the parts of the kiosk whose foundations in OpenRAS are not built
// yet (planning, submitting and the social worker's mode): it says so, and offers nothing
// that would pretend to work.
void draw_not_yet_available_screen(KioskFlow& flow, Ui& ui) {
    const bool plan = flow.unavailable() == Unavailable::Plan;
    begin_content(ui, "page.not-yet-available");
    heading(ui, ui.tr(plan ? "unavailable.plan_title" : "unavailable.worker_title"));
    text(ui, ui.tr(plan ? "unavailable.plan" : "unavailable.worker"));
    text(ui, ui.tr(plan ? "unavailable.plan_next" : "unavailable.worker_next"));
    if (plan) {
        vertical_space(ui, ui.m.gap);
        if (button(ui, "finish", ui.tr("budget.finish"), ButtonKind::Secondary)) flow.finish();
    }
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    end_actions(ui);
}

}  // namespace openras::kiosk
