#include "kiosk/flow/kiosk_flow.hpp"

#include "alloc/io/dates.hpp"
#include "alloc/plan/plan_budget.hpp"
#include "rules/error.hpp"

#include <algorithm>

namespace openras::kiosk {

namespace greg = boost::gregorian;

KioskFlow::KioskFlow(std::shared_ptr<const RuleSet> rules, FlowSettings settings)
    : engine_(rules), checker_(rules), settings_(std::move(settings)), preferences_(settings_.preferences), idle_(settings_.idle),
      worker_(rules, settings_.record_path, settings_.workers, settings_.record_clock) {
    journey_.answers.assign(engine_.rules().questions.size(), -1);
    journey_.date = settings_.today;
    journey_.plan.reset(engine_.rules());
}

void KioskFlow::show(Screen screen) {
    ++pages_shown_;
    screen_ = screen;
    errors_.clear();
}

void KioskFlow::error(std::string key, std::string field, std::vector<std::pair<std::string, std::string>> params,
                      long long count) {
    errors_.push_back({std::move(key), std::move(field), std::move(params), count});
}

void KioskFlow::start() { show(Screen::Name); }

std::vector<std::string> KioskFlow::offered_languages() const {
    std::vector<std::string> out{settings_.words->language()};
    for (const std::string& code : Wording::built_in_languages()) {
        if (code == out.front()) continue;
        const auto& stated = rules().languages;
        if (std::find(stated.begin(), stated.end(), code) != stated.end()) out.push_back(code);
    }
    return out;
}

void KioskFlow::open_languages() {
    if (screen_ != Screen::Language) language_return_ = screen_;
    show(Screen::Language);
}

void KioskFlow::choose_language(const std::string& code) {
    preferences_.language = code == settings_.words->language() ? std::string() : code;
    if (screen_ == Screen::Language) show(language_return_);
}

void KioskFlow::open_social_worker_mode() {
    worker_.open();
    show(Screen::Worker);
}

void KioskFlow::continue_from_name() {
    if (is_blank(journey_.reference)) {
        errors_.clear();
        error("error.reference_missing", "reference");
        return;
    }
    if (journey_.changing_from_check) {
        show(Screen::CheckAnswers);
        return;
    }
    // The public is never asked the date: it is today, or the date staff set in the settings.
    // Rules not in force then are the kiosk's problem, not the person's: said so plainly.
    const RuleSetHeader& header = rules().header;
    if (!header.in_force_on(journey_.date)) {
        journey_.problem = "The rules " + header.id + " " + header.version + " are in force from " +
                           long_date(header.effective_from) +
                           (header.effective_to ? " to " + long_date(*header.effective_to) : std::string()) +
                           ", not on " + long_date(journey_.date) + ". Set the kiosk's rules or assessment_date.";
        journey_.problem_kind = ProblemKind::RulesNotInForce;
        show(Screen::Problem);
        return;
    }
    go_to_question(0);
}

const Question& KioskFlow::current_question() const {
    return rules().questions[std::size_t(journey_.question)];
}

void KioskFlow::go_to_question(int question) {
    journey_.question = question;
    show(Screen::Question);
}

void KioskFlow::choose_answer(int option) {
    const Question& q = current_question();
    if (option < 0 || option >= int(q.answers.size())) return;
    journey_.answers[std::size_t(journey_.question)] = option;
}

void KioskFlow::continue_from_question() {
    const int q = journey_.question;
    if (journey_.answers[std::size_t(q)] < 0 && current_question().required) {
        errors_.clear();
        error("error.choose_answer", "answers");
        return;
    }
    if (journey_.changing_from_check || q + 1 >= question_count()) {
        show(Screen::CheckAnswers);
        return;
    }
    go_to_question(q + 1);
}

void KioskFlow::change_name() {
    journey_.changing_from_check = true;
    show(Screen::Name);
}

void KioskFlow::change_answer(int question) {
    if (question < 0 || question >= question_count()) return;
    journey_.changing_from_check = true;
    go_to_question(question);
}

void KioskFlow::confirm_answers() {
    journey_.changing_from_check = false;
    AnswerSheet sheet;
    sheet.answer_index = journey_.answers;
    try {
        IndicativeBudget budget = engine_.evaluate(sheet, true);
        budget.assessment_date = journey_.date;  // the person's reference never goes in here
        journey_.budget = std::move(budget);
        show(Screen::Budget);
    } catch (const OpenRasError& e) {
        journey_.budget.reset();
        journey_.problem = e.error().message;
        journey_.problem_kind = ProblemKind::BudgetNotWorkedOut;
        show(Screen::Problem);
    }
}

void KioskFlow::continue_to_plan() { show_task_list(); }

void KioskFlow::show_workings() {
    if (journey_.budget) show(Screen::BudgetWorkings);
}

Money KioskFlow::yearly_budget() const {
    if (!journey_.budget) return Money{};
    const Date start = plan_start_for(journey_.date);
    return budget_for_days(journey_.budget->weekly, (plan_end_for(start) - start).days() + 1, rules().header.rounding);
}

void KioskFlow::back() {
    const bool to_check = journey_.changing_from_check;
    switch (screen_) {
        case Screen::Start: return;
        case Screen::Name:
            if (to_check) show(Screen::CheckAnswers);
            else if (!is_blank(journey_.reference)) ask(Confirmation::ClearAnswers, kAskedFromActionsBar);
            else wipe(now_);
            return;
        case Screen::Question:
            if (to_check) show(Screen::CheckAnswers);
            else if (journey_.question == 0) show(Screen::Name);
            else go_to_question(journey_.question - 1);
            return;
        case Screen::CheckAnswers: go_to_question(question_count() - 1); return;
        case Screen::Budget: show(Screen::CheckAnswers); return;
        case Screen::BudgetWorkings: show(Screen::Budget); return;
        case Screen::PlanTasks: show(Screen::Budget); return;
        case Screen::PlanQuestion:
            if (journey_.plan.question > 0) --journey_.plan.question, errors_.clear();
            else show_task_list();
            return;
        case Screen::PlanOutcomes:
        case Screen::PlanSupport:
        case Screen::PlanMoney:
        case Screen::PlanDecisions:
        case Screen::PlanSafety:
        case Screen::CheckPlan: show_task_list(); return;
        case Screen::Receipt: return;  // submitted: Finish is the way on
        case Screen::Worker:
            if (!worker_.back()) wipe(now_);
            return;
        case Screen::Problem:
            show(journey_.problem_kind == ProblemKind::RulesNotInForce ? Screen::Name : Screen::CheckAnswers);
            return;
        case Screen::Confirm: confirm_no(); return;
        case Screen::StatusAsk: wipe(now_); return;
        case Screen::About: wipe(now_); return;
        case Screen::Language: show(language_return_); return;
        case Screen::SaveDraft: show(saving_from_); return;
        case Screen::DraftSaved: return;  // saved: Finish is the way on
        case Screen::ResumeReference: wipe(now_); return;
        case Screen::ResumeCode: show(Screen::ResumeReference); return;
        case Screen::Status: show(Screen::StatusAsk); return;
    }
}

void KioskFlow::finish() { wipe(now_); }

void KioskFlow::ask(Confirmation what, float finger_y) {
    if (screen_ == Screen::Confirm) return;
    confirming_ = what;
    asked_from_ = screen_;
    asking_finger_y_ = finger_y;
    show(Screen::Confirm);
}

void KioskFlow::confirm_yes() {
    if (screen_ != Screen::Confirm) return;
    if (confirming_ == Confirmation::ClearAnswers) {
        wipe(now_);
        return;
    }
    show(asked_from_);
    submit_plan();
}

void KioskFlow::confirm_no() {
    if (screen_ == Screen::Confirm) show(asked_from_);
}

void KioskFlow::wipe(double now) {
    kiosk::wipe(journey_.reference);
    kiosk::wipe(journey_.status_reference);
    kiosk::wipe(journey_.draft_code);
    kiosk::wipe(journey_.draft_reference);
    journey_.saved_reference.clear();
    journey_.saved_until.clear();
    journey_.status.reset();
    journey_.printed.reset();
    journey_.answers.assign(journey_.answers.size(), -1);
    journey_.question = 0;
    journey_.changing_from_check = false;
    journey_.budget.reset();
    journey_.problem.assign(journey_.problem.size(), '\0');
    journey_.problem.clear();
    journey_.date = settings_.today;
    wipe_plan();
    worker_.wipe();
    errors_.clear();
    preferences_ = settings_.preferences;
    idle_.reset(now);
    screen_ = Screen::Start;
    ++pages_shown_;
    ++wipes_;
}

}  // namespace openras::kiosk
