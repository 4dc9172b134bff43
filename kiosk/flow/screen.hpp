#pragma once
// The screens of the kiosk, one per GOV.UK-style page. The flow model says which one is showing;
// kiosk/screens/ has one file that draws each.
#include <string_view>

namespace openras::kiosk {

enum class Screen {
    Start,            // 1. what this is, how long it takes, Start
    Name,             // 2a. your name or reference (on-screen keyboard)
    Question,         // 3. one question per screen
    CheckAnswers,     // 4. every answer with Change
    Budget,           // 5. your indicative budget, what each amount is for, in money
    BudgetWorkings,   // 5a. how it was worked out: points, rates and shares
    PlanTasks,        // 6. your plan: a task list of its parts
    PlanQuestion,     // 6a. one of the seven questions, in the person's own words
    PlanOutcomes,     // 6b. what you want to change or achieve, chosen from a list
    PlanSupport,      // 6c. support from the council's list, how much, and what it is for
    PlanMoney,        // 6d. how the money will be held and who manages it
    PlanDecisions,    // 6e. who makes decisions
    PlanSafety,       // 6f. risks, how each is reduced, and what happens if support does not come
    CheckPlan,        // 7. the plan check's findings, and Submit
    Receipt,          // 8. the plan is recorded: reference, what happens next, first review
    Worker,           // the social worker's desk (kiosk/flow/worker_desk.hpp)
    Problem,          // something went wrong working out the budget: said plainly
    Confirm,          // "Send your plan?", "Clear your answers?": asked before what cannot be undone
    StatusAsk,        // "Check on my plan": the reference from the receipt, typed
    Status,           // what has happened to that plan, in plain words
    SaveDraft,        // "Save and come back later": a code the person chooses
    DraftSaved,       // the draft's reference, its code reminder and the day it is kept until
    ResumeReference,  // "Carry on with a saved plan": the draft's reference
    ResumeCode,       // and the code chosen
    About,            // "About this kiosk": who made its pictures, its voice and its software
    Language,         // the languages offered, each in its own name
};

// A short stable name, used for tour file names and test messages ("check-answers").
std::string_view screen_name(Screen screen);

}  // namespace openras::kiosk
