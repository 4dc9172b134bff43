#include "kiosk/flow/screen.hpp"

namespace openras::kiosk {

std::string_view screen_name(Screen screen) {
    switch (screen) {
        case Screen::Start: return "start";
        case Screen::Name: return "name";
        case Screen::Question: return "question";
        case Screen::CheckAnswers: return "check-answers";
        case Screen::Budget: return "budget";
        case Screen::BudgetWorkings: return "budget-workings";
        case Screen::PlanTasks: return "plan";
        case Screen::PlanQuestion: return "plan-question";
        case Screen::PlanOutcomes: return "plan-outcomes";
        case Screen::PlanSupport: return "plan-support";
        case Screen::PlanMoney: return "plan-money";
        case Screen::PlanDecisions: return "plan-decisions";
        case Screen::PlanSafety: return "plan-safety";
        case Screen::CheckPlan: return "check-plan";
        case Screen::Receipt: return "receipt";
        case Screen::Worker: return "worker";
        case Screen::Problem: return "problem";
        case Screen::Confirm: return "confirm";
        case Screen::StatusAsk: return "status-ask";
        case Screen::About: return "about";
        case Screen::Language: return "language";
        case Screen::Status: return "status";
        case Screen::SaveDraft: return "save-draft";
        case Screen::DraftSaved: return "draft-saved";
        case Screen::ResumeReference: return "resume-reference";
        case Screen::ResumeCode: return "resume-code";
    }
    return "unknown";
}

}  // namespace openras::kiosk
