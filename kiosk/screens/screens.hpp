#pragma once
// One draw function per screen, each in its own file, each over explicit state: the flow model
// (what to show, and what a tap does) and the Ui (how to show it). draw_kiosk() is the short
// list that picks one (Tracy's habit).
#include "kiosk/flow/kiosk_flow.hpp"
#include "kiosk/ui/ui.hpp"

namespace openras::kiosk {

void draw_kiosk(KioskFlow& flow, Ui& ui);

void draw_top_bar(KioskFlow& flow, Ui& ui);
void draw_start_screen(KioskFlow& flow, Ui& ui);
void draw_name_screen(KioskFlow& flow, Ui& ui);
void draw_question_screen(KioskFlow& flow, Ui& ui);
void draw_check_answers_screen(KioskFlow& flow, Ui& ui);
void draw_budget_screen(KioskFlow& flow, Ui& ui);
void draw_status_ask_screen(KioskFlow& flow, Ui& ui);
void draw_status_screen(KioskFlow& flow, Ui& ui);
void draw_save_draft_screen(KioskFlow& flow, Ui& ui);
void draw_draft_saved_screen(KioskFlow& flow, Ui& ui);
void draw_resume_reference_screen(KioskFlow& flow, Ui& ui);
void draw_resume_code_screen(KioskFlow& flow, Ui& ui);
void draw_about_screen(KioskFlow& flow, Ui& ui);
void draw_language_screen(KioskFlow& flow, Ui& ui);
// The other languages offered, each a button in its own name (the start page, the language page).
void language_buttons(KioskFlow& flow, Ui& ui, bool with_current);
void draw_budget_workings_screen(KioskFlow& flow, Ui& ui);
void draw_plan_tasks_screen(KioskFlow& flow, Ui& ui);
void draw_plan_question_screen(KioskFlow& flow, Ui& ui);
void draw_plan_outcomes_screen(KioskFlow& flow, Ui& ui);
void draw_plan_support_screen(KioskFlow& flow, Ui& ui);
void draw_plan_money_screen(KioskFlow& flow, Ui& ui);
void draw_plan_decisions_screen(KioskFlow& flow, Ui& ui);
void draw_plan_safety_screen(KioskFlow& flow, Ui& ui);
void draw_check_plan_screen(KioskFlow& flow, Ui& ui);
void draw_receipt_screen(KioskFlow& flow, Ui& ui);
void draw_worker_desk_screen(KioskFlow& flow, Ui& ui);
void draw_problem_screen(KioskFlow& flow, Ui& ui);
void draw_confirm_screen(KioskFlow& flow, Ui& ui);
// The middle of the last button drawn, on the screen: where the tap on it was.
float last_tap_y();
void draw_idle_warning(KioskFlow& flow, Ui& ui);

// Shared by the screens: the error summary for the page's errors, in words.
void draw_page_errors(const KioskFlow& flow, Ui& ui);
// Shared by the screens: the words for one of the page's errors on `field`, or "".
// An error's words in the language shown, with its count's plural form when it has one.
std::string error_words(const Ui& ui, const PageError& e);
std::string field_error(const KioskFlow& flow, const Ui& ui, std::string_view field);
// Shared by the screens: draws the page's error on `field`, if any, and returns its words.
std::string field_error_beside(const KioskFlow& flow, Ui& ui, std::string_view field);
// Shared by the screens: the Back button in the actions bar.
bool back_button(Ui& ui);
// Shared by the screens: the main button at the right of the actions bar.
bool primary_button(Ui& ui, std::string_view id, std::string_view label);
// The page's main action in the actions bar when there is no Back beside it: on the right, in
// the same place as every other page's main action.
bool lone_primary_button(Ui& ui, std::string_view id, std::string_view label);

}  // namespace openras::kiosk
