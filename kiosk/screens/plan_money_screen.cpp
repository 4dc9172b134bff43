#include "kiosk/screens/plan_choices.hpp"
#include "kiosk/screens/plan_widgets.hpp"
#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <array>

namespace openras::kiosk {
namespace {

constexpr std::array<std::string_view, kHeldAsChoices.size()> kHeldAsKeys = {"held.direct_payment", "held.council_managed"};

}  // namespace

// 6d. How the money will be held, and who will manage it and the support day to day.
void draw_plan_money_screen(KioskFlow& flow, Ui& ui) {
    begin_content(ui, "page.plan-money");
    draw_page_errors(flow, ui);
    text(ui, ui.tr("plan.caption"), TextStyle::Caption);
    pictured_text(ui, picture_for(ui, "plan.money_title"), ui.tr("plan.money_title"), TextStyle::Heading);
    task_findings(flow, ui, PlanTask::Money);
    field_error_beside(flow, ui, "held_as");
    const int held = radio_group(ui, "held", kHeldAsKeys, flow.plan().held_as);
    if (held >= 0) flow.choose_held_as(held);
    text(ui, ui.tr("plan.manager_title"), TextStyle::Heading);
    field_error_beside(flow, ui, "manager");
    const int manager = radio_group(ui, "manager", kManagerChoices, flow.plan().manager);
    if (manager >= 0) flow.choose_manager(manager);
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "continue", ui.tr("common.continue"))) flow.continue_from_task();
    end_actions(ui);
}

// 6e. Who makes decisions about the support.
void draw_plan_decisions_screen(KioskFlow& flow, Ui& ui) {
    begin_content(ui, "page.plan-decisions");
    draw_page_errors(flow, ui);
    text(ui, ui.tr("plan.caption"), TextStyle::Caption);
    pictured_text(ui, picture_for(ui, "plan.decisions_title"), ui.tr("plan.decisions_title"), TextStyle::Heading);
    task_findings(flow, ui, PlanTask::Decisions);
    field_error_beside(flow, ui, "decider");
    const int decider = radio_group(ui, "decider", kDeciderChoices, flow.plan().decider);
    if (decider >= 0) flow.choose_decider(decider);
    notice(ui, "", ui.tr("plan.decisions_other"));
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "continue", ui.tr("common.continue"))) flow.continue_from_task();
    end_actions(ui);
}

}  // namespace openras::kiosk
