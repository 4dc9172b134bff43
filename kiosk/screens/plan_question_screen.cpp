#include "kiosk/screens/plan_widgets.hpp"
#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/onscreen_keyboard.hpp"
#include "kiosk/ui/widgets.hpp"

namespace openras::kiosk {
namespace {

// The wording keys of the seven questions, in kPlanQuestions order, with "_hint" for each hint.

}  // namespace

// 6a. One of the seven questions of a support plan, in the person's own words, typed on the
// on-screen keyboard: "Question 2 of 7".
void draw_plan_question_screen(KioskFlow& flow, Ui& ui) {
    const int q = flow.plan().question;
    const std::string key(kQuestionKeys[q]);
    const std::string page = "page.plan-question." + std::to_string(q);
    reserve_dock(ui, keyboard_height(ui));
    begin_content(ui, page.c_str());
    draw_page_errors(flow, ui);
    text(ui, ui.trf("plan.question_progress", {{"number", std::to_string(q + 1)}, {"total", std::to_string(kSevenQuestions)}}),
         TextStyle::Caption);
    heading(ui, ui.tr(key));
    text(ui, ui.tr(key + "_hint"), TextStyle::Secondary);
    if (q == 0) task_findings(flow, ui, PlanTask::Questions);
    const std::string problem = field_error_beside(flow, ui, "answer");
    text_field(ui, ui.tr("plan.answer_label"), flow.plan_answer(), !problem.empty());
    end_content(ui);

    begin_dock(ui);
    onscreen_keyboard(ui, flow.plan_answer(), kMaxPlanAnswerLength);
    end_dock(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "continue", ui.tr("common.continue"))) flow.continue_from_plan_question();
    end_actions(ui);
}

}  // namespace openras::kiosk
