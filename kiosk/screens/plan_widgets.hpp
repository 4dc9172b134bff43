#pragma once
// Pieces the plan's screens share: a task-list row, the running total against the budget, a
// stepper for amounts, and the plan check's findings beside the part of the plan they concern.
#include "kiosk/flow/kiosk_flow.hpp"
#include "kiosk/ui/ui.hpp"
#include "kiosk/ui/widgets.hpp"

#include <string>
#include <string_view>

namespace openras::kiosk {

// One row of the GOV.UK task list: the task and its status on the left, its button on the right.
// The status is a GOV.UK tag of `colour`.
bool task_row(Ui& ui, std::string_view id, std::string_view title, std::string_view status, std::string_view action,
              TagColour colour, std::string_view picture = {});
// A plain row for a finding: its words beneath the title, as an error or as a note.
bool finding_row(Ui& ui, std::string_view id, std::string_view title, std::string_view words, std::string_view action,
                 bool problem);

// What the plan costs a week against the budget: the figures in words, and a bar that fills
// towards the budget (it never relies on colour alone: the words say over or under).
void budget_bar(Ui& ui, Money cost, Money budget);

// The width from where the next widget goes to the page's right edge.
float full_width(const Ui& ui);

// − amount + : returns -1, 0 or +1 for the tap. `id` names the pair of buttons.
int stepper(Ui& ui, std::string_view id, std::string_view amount);

// The last plan check's findings for `task`, each in a notice, so a person sees beside each
// part of the plan what to change there. Nothing when the plan has not been checked.
void task_findings(const KioskFlow& flow, Ui& ui, PlanTask task);

// A plan-check finding in words for the person ("finding.<check id>" in the wording files, with
// {number}, {line}, {outcome} and the check's figures filled in), never the rule set's message,
// which is for staff. A check the kiosk has no words for says so plainly ("finding.other").
std::string finding_words(const Ui& ui, const PlanFinding& finding, const SupportPlan& plan);

// The wording keys of the seven questions, in order ("plan.question_important_to_me", ...).
inline constexpr std::string_view kQuestionKeys[kSevenQuestions] = {
    "plan.question_important_to_me", "plan.question_what_to_change", "plan.question_how_supported",
    "plan.question_how_money_used", "plan.question_how_managed", "plan.question_staying_in_control",
    "plan.question_making_it_happen"};
// "plan.unit_hours_other" and the like: "{count} hours a week", "1 hour a week".
std::string unit_key(const Ui& ui, Unit unit, long long count);

// One row of the GOV.UK summary list: the key and its value beneath it on the left, Change at
// the top right of the row. True when Change is tapped.
bool summary_row(Ui& ui, std::string_view change_id, std::string_view key, std::string_view value);

// The whole plan as a GOV.UK summary list, part by part, each row with Change to its page:
// what Check your plan shows before the plan is sent (kiosk/screens/plan_summary.cpp).
void plan_summary(KioskFlow& flow, Ui& ui);

// The words for a task and its status ("In progress: 3 of 7 answered").
std::string_view task_title(const Ui& ui, PlanTask task);
std::string_view task_key(PlanTask task);  // its wording key, "plan.task_money"
std::string task_status_text(const KioskFlow& flow, const Ui& ui, PlanTask task);
TagColour task_status_colour(TaskStatus status);

}  // namespace openras::kiosk
