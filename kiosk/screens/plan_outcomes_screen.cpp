#include "kiosk/screens/plan_widgets.hpp"
#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

namespace openras::kiosk {

// 6b. What you want to change or achieve: as many as apply, chosen from a list.
void draw_plan_outcomes_screen(KioskFlow& flow, Ui& ui) {
    begin_content(ui, "page.plan-outcomes");
    draw_page_errors(flow, ui);
    text(ui, ui.tr("plan.caption"), TextStyle::Caption);
    pictured_text(ui, picture_for(ui, "plan.outcomes_title"), ui.tr("plan.outcomes_title"), TextStyle::Heading);
    text(ui, ui.tr("plan.choose_all"), TextStyle::Secondary);
    task_findings(flow, ui, PlanTask::Outcomes);
    field_error_beside(flow, ui, "outcomes");
    for (std::size_t c = 0; c < kOutcomeChoices.size(); ++c) {
        ButtonOptions options;
        options.chosen = flow.plan().outcomes[c] != 0;
        options.width = full_width(ui);
        options.picture = picture_for(ui, "plan." + std::string(kOutcomeChoices[c]));
        if (button(ui, "outcome." + std::to_string(c), ui.tr("plan." + std::string(kOutcomeChoices[c])), ButtonKind::Toggle, options))
            flow.toggle_outcome(int(c));
    }
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "continue", ui.tr("common.continue"))) flow.continue_from_task();
    end_actions(ui);
}

}  // namespace openras::kiosk
