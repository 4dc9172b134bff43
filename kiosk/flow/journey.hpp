#pragma once
// Everything one person has told the kiosk in one session, and what came of it. All of it is
// personal: KioskFlow::wipe() clears every field of it.
#include "alloc/case/plan_status.hpp"
#include "alloc/plan/plan_checker.hpp"
#include "kiosk/flow/personal_text.hpp"
#include "kiosk/flow/plan_draft.hpp"
#include "rules/indicative_budget.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace openras::kiosk {

// A problem with what was entered on the current page, shown in the GOV.UK error summary at
// the top and again beside the field it concerns. The words come from the wording files.
struct PageError {
    std::string key;    // wording key, e.g. "error.choose_answer"
    std::string field;  // the widget it concerns, e.g. "answers" or "reference"
    std::vector<std::pair<std::string, std::string>> params;  // {name} → value in the words
    // A count's words: `key` without its plural ending, chosen in the language shown
    // (Wording::plural_key); -1 when the words do not depend on a count.
    long long count = -1;
};

// What came of submitting the plan: shown on the receipt.
struct PlanReceipt {
    std::string reference;  // "7KQ4-M2XD-R" (alloc/record/plan_reference.hpp): what the person keeps
    boost::gregorian::date first_review;
    bool refer_to_panel = false;
    // Kept in the kiosk's outbox because the council's server could not be reached: it will be
    // sent from there.
    bool kept_to_send_later = false;
};

// Why the Problem page is showing: the budget's rules failed on these answers, or the kiosk's
// rules are not in force on the assessment date (staff must set them right).
enum class ProblemKind { BudgetNotWorkedOut, RulesNotInForce };

struct Journey {
    PersonalText reference;                // a name or a council reference, as typed
    boost::gregorian::date date;           // the assessment date (FlowSettings::today)
    std::vector<int> answers;              // per question in RuleSet::questions order; -1 none
    int question = 0;                      // the question showing
    bool changing_from_check = false;      // came from Check your answers: go back there
    std::optional<IndicativeBudget> budget;
    std::string problem;                   // why, in the rules' words, for staff
    ProblemKind problem_kind = ProblemKind::BudgetNotWorkedOut;
    PlanDraft plan;                        // 6. the plan as it is being made
    SupportPlan built_plan;                // 7. the plan as last checked
    std::optional<PlanCheckResult> plan_check;
    std::optional<PlanReceipt> receipt;        // 8. once submitted
    std::optional<std::string> printed;        // after Print: "" when it went to the printer, else why not
    PersonalText status_reference;             // "Check on my plan": the reference as typed
    PersonalText draft_code;                   // "Save and come back later": the code chosen or typed
    PersonalText draft_reference;              // "Carry on": the draft's reference as typed
    std::string saved_reference, saved_until;  // the draft just saved: its reference, and UTC expiry
    std::optional<PlanStatus> status;          // and what was found (PlanStatus::person unused)
};

}  // namespace openras::kiosk
