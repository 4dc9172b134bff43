#include "kiosk/screens/plan_widgets.hpp"
#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

namespace openras::kiosk {

// 6. Your plan, as a GOV.UK task list: each part with its status, in any order, then Check
// your plan. The running total against the budget is always in view at the top.
void draw_plan_tasks_screen(KioskFlow& flow, Ui& ui) {
    begin_content(ui, "page.plan");
    pictured_text(ui, picture_for(ui, "plan.title"), ui.tr("plan.title"), TextStyle::Heading);
    text(ui, ui.tr("plan.intro"));
    budget_bar(ui, flow.plan_weekly_cost(), flow.journey().budget->weekly);
    int done = 0;
    for (int t = 0; t < kPlanTaskCount; ++t) done += flow.task_status(PlanTask(t)) == TaskStatus::Completed;
    text(ui, ui.trf("plan.progress", {{"done", std::to_string(done)}, {"total", std::to_string(kPlanTaskCount)}}),
         TextStyle::Caption);
    for (int t = 0; t < kPlanTaskCount; ++t) {
        const PlanTask task = PlanTask(t);
        const TaskStatus status = flow.task_status(task);
        const std::string_view action = ui.tr(status == TaskStatus::NotStarted ? "plan.open_start" : "plan.open_change");
        if (task_row(ui, "task." + std::to_string(t), task_title(ui, task), task_status_text(flow, ui, task), action,
                     task_status_colour(status), picture_for(ui, task_key(task))))
            flow.open_task(task);
    }
    vertical_space(ui, ui.m.gap);
    if (flow.can_save_draft() && button(ui, "save", ui.tr("draft.save_button"), ButtonKind::Secondary)) flow.ask_to_save();
    if (button(ui, "finish", ui.tr("budget.finish"), ButtonKind::Secondary)) flow.ask(Confirmation::ClearAnswers, last_tap_y());
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "check", ui.tr("plan.check"))) flow.check_plan();
    end_actions(ui);
}

}  // namespace openras::kiosk
