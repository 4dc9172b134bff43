#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

namespace openras::kiosk {

// The council's rules could not work out a budget for these answers (for example a rule that
// divides by zero), or are not in force on the assessment date. Says so plainly, with the
// rules' own message for staff.
void draw_problem_screen(KioskFlow& flow, Ui& ui) {
    const bool not_ready = flow.journey().problem_kind == ProblemKind::RulesNotInForce;
    begin_content(ui, "page.problem");
    heading(ui, ui.tr(not_ready ? "problem.not_ready_title" : "problem.title"));
    text(ui, ui.tr(not_ready ? "problem.not_ready_body" : "problem.body"));
    notice(ui, ui.tr("problem.for_staff"), flow.journey().problem);
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "finish", ui.tr("budget.finish"))) flow.ask(Confirmation::ClearAnswers, kAskedFromActionsBar);
    end_actions(ui);
}

}  // namespace openras::kiosk
