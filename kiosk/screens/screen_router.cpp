#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

namespace openras::kiosk {

void draw_kiosk(KioskFlow& flow, Ui& ui) {
    begin_page(ui);
    draw_top_bar(flow, ui);
    switch (flow.screen()) {
        case Screen::Start: draw_start_screen(flow, ui); break;
        case Screen::Name: draw_name_screen(flow, ui); break;
        case Screen::Question: draw_question_screen(flow, ui); break;
        case Screen::CheckAnswers: draw_check_answers_screen(flow, ui); break;
        case Screen::Budget: draw_budget_screen(flow, ui); break;
        case Screen::BudgetWorkings: draw_budget_workings_screen(flow, ui); break;
        case Screen::PlanTasks: draw_plan_tasks_screen(flow, ui); break;
        case Screen::PlanQuestion: draw_plan_question_screen(flow, ui); break;
        case Screen::PlanOutcomes: draw_plan_outcomes_screen(flow, ui); break;
        case Screen::PlanSupport: draw_plan_support_screen(flow, ui); break;
        case Screen::PlanMoney: draw_plan_money_screen(flow, ui); break;
        case Screen::PlanDecisions: draw_plan_decisions_screen(flow, ui); break;
        case Screen::PlanSafety: draw_plan_safety_screen(flow, ui); break;
        case Screen::CheckPlan: draw_check_plan_screen(flow, ui); break;
        case Screen::Receipt: draw_receipt_screen(flow, ui); break;
        case Screen::Worker: draw_worker_desk_screen(flow, ui); break;
        case Screen::Problem: draw_problem_screen(flow, ui); break;
        case Screen::Confirm: draw_confirm_screen(flow, ui); break;
        case Screen::StatusAsk: draw_status_ask_screen(flow, ui); break;
        case Screen::Status: draw_status_screen(flow, ui); break;
        case Screen::SaveDraft: draw_save_draft_screen(flow, ui); break;
        case Screen::DraftSaved: draw_draft_saved_screen(flow, ui); break;
        case Screen::ResumeReference: draw_resume_reference_screen(flow, ui); break;
        case Screen::ResumeCode: draw_resume_code_screen(flow, ui); break;
        case Screen::About: draw_about_screen(flow, ui); break;
        case Screen::Language: draw_language_screen(flow, ui); break;
    }
    end_page(ui);
    if (flow.in_session() && flow.idle().phase(flow.now()) == IdlePhase::Warning) {
        ui.registry.begin_frame();  // the warning covers the page: only its own buttons can be reached
        ui.speech.begin_frame();    // and only its own words are read
        ui.speech.place = SpeechPlace::Overlay;
        draw_idle_warning(flow, ui);
    }
}

std::string error_words(const Ui& ui, const PageError& e) {
    return fill_placeholders(ui.tr(e.count >= 0 ? ui.words->plural_key(e.key, e.count) : e.key), e.params);
}

void draw_page_errors(const KioskFlow& flow, Ui& ui) {
    std::vector<std::string> messages;
    for (const PageError& e : flow.errors()) messages.push_back(error_words(ui, e));
    error_summary(ui, messages);
}

std::string field_error(const KioskFlow& flow, const Ui& ui, std::string_view field) {
    for (const PageError& e : flow.errors())
        if (e.field == field) return error_words(ui, e);
    return {};
}

std::string field_error_beside(const KioskFlow& flow, Ui& ui, std::string_view field) {
    std::string problem = field_error(flow, ui, field);
    if (!problem.empty()) error_message(ui, problem);
    return problem;
}

bool back_button(Ui& ui) { return button(ui, "back", ui.tr("common.back"), ButtonKind::Secondary); }

bool primary_button(Ui& ui, std::string_view id, std::string_view label) {
    align_right(ui, button_width(ui, label, ButtonKind::Primary));
    return button(ui, id, label, ButtonKind::Primary);
}

bool lone_primary_button(Ui& ui, std::string_view id, std::string_view label) {
    const float width = button_width(ui, label, ButtonKind::Primary);
    ImGui::SetCursorPosX(ui.column_right - width - ImGui::GetWindowPos().x);
    return button(ui, id, label, ButtonKind::Primary);
}

}  // namespace openras::kiosk
