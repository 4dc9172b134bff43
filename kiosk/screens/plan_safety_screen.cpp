#include "kiosk/screens/plan_choices.hpp"
#include "kiosk/screens/plan_widgets.hpp"
#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

namespace openras::kiosk {

// 6f. Staying safe: the risks that apply, each shown with how it will be reduced, and what
// happens when support does not turn up.
void draw_plan_safety_screen(KioskFlow& flow, Ui& ui) {
    begin_content(ui, "page.plan-safety");
    draw_page_errors(flow, ui);
    text(ui, ui.tr("plan.caption"), TextStyle::Caption);
    pictured_text(ui, picture_for(ui, "plan.safety_title"), ui.tr("plan.safety_title"), TextStyle::Heading);
    text(ui, ui.tr("plan.choose_all"), TextStyle::Secondary);
    task_findings(flow, ui, PlanTask::Safety);
    field_error_beside(flow, ui, "risks");
    for (std::size_t r = 0; r < kRiskChoices.size(); ++r) {
        const std::string key = "plan." + std::string(kRiskChoices[r]);
        ButtonOptions options;
        options.chosen = flow.plan().risks[r] != 0;
        options.width = full_width(ui);
        options.picture = picture_for(ui, key);
        if (button(ui, "risk." + std::to_string(r), ui.tr(key), ButtonKind::Toggle, options)) flow.toggle_risk(int(r));
        if (options.chosen) text(ui, ui.trf("plan.risk_reduced", {{"how", std::string(ui.tr(key + "_reduced"))}}), TextStyle::Secondary);
    }
    ButtonOptions none;
    none.chosen = flow.plan().no_risks;
    none.width = full_width(ui);
    none.picture = picture_for(ui, "plan.risk_none");
    if (button(ui, "risk.none", ui.tr("plan.risk_none"), ButtonKind::Toggle, none)) flow.choose_no_risks();
    text(ui, ui.tr("plan.contingency_title"), TextStyle::Heading);
    field_error_beside(flow, ui, "contingency");
    const int contingency = radio_group(ui, "contingency", kContingencyChoices, flow.plan().contingency);
    if (contingency >= 0) flow.choose_contingency(contingency);
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "continue", ui.tr("common.continue"))) flow.continue_from_task();
    end_actions(ui);
}

}  // namespace openras::kiosk
