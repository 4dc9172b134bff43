// The kiosk flow's planning part: 6. the task list and its pages, 7. check your plan,
// 8. submit and the receipt. Navigation for these screens; the plan itself is plan_draft.
#include "kiosk/flow/kiosk_flow.hpp"

#include "alloc/case/plan_recording.hpp"
#include "alloc/plan/plan_writer.hpp"
#include "alloc/record/council/council_record.hpp"
#include "alloc/record/plan_reference.hpp"
#include "rules/error.hpp"
#include "rules/ruleset_loader.hpp"

#include <algorithm>

namespace openras::kiosk {
namespace {

template <class List>
bool any_set(const List& list) {
    return std::any_of(list.begin(), list.end(), [](auto v) { return v != 0; });
}

TaskStatus status_of(bool done, bool started) {
    return done ? TaskStatus::Completed : started ? TaskStatus::InProgress : TaskStatus::NotStarted;
}

// Every line of support says what it is for.
bool every_line_serves(const PlanDraft& d) {
    for (std::size_t o = 0; o < d.units.size(); ++o)
        if (d.units[o] > 0 && !any_set(d.serves[o])) return false;
    return true;
}

}  // namespace

TaskStatus KioskFlow::task_status(PlanTask task) const {
    if (journey_.plan_check)
        for (const PlanFinding& f : journey_.plan_check->findings)
            if (f.severity == FindingSeverity::Blocker && task_for_field(f.field) == task) return TaskStatus::HasProblem;
    const PlanDraft& d = journey_.plan;
    switch (task) {
        case PlanTask::Questions: {
            const int given = int(std::count_if(d.answers.begin(), d.answers.end(), [](const PersonalText& a) { return !is_blank(a); }));
            return status_of(given == kSevenQuestions, given > 0);
        }
        case PlanTask::Outcomes: return status_of(any_set(d.outcomes), false);
        case PlanTask::Support: return status_of(any_set(d.units) && every_line_serves(d), any_set(d.units));
        case PlanTask::Money: return status_of(d.held_as >= 0 && d.manager >= 0, d.held_as >= 0 || d.manager >= 0);
        case PlanTask::Decisions: return status_of(d.decider >= 0, false);
        case PlanTask::Safety:
            return status_of((any_set(d.risks) || d.no_risks) && d.contingency >= 0,
                             any_set(d.risks) || d.no_risks || d.contingency >= 0);
    }
    return TaskStatus::NotStarted;
}

void KioskFlow::open_task(PlanTask task) {
    switch (task) {
        case PlanTask::Questions: open_plan_question(0); return;
        case PlanTask::Outcomes: show(Screen::PlanOutcomes); return;
        case PlanTask::Support: show(Screen::PlanSupport); return;
        case PlanTask::Money: show(Screen::PlanMoney); return;
        case PlanTask::Decisions: show(Screen::PlanDecisions); return;
        case PlanTask::Safety: show(Screen::PlanSafety); return;
    }
}

void KioskFlow::open_plan_question(int question) {
    journey_.plan.question = std::clamp(question, 0, kSevenQuestions - 1);
    show(Screen::PlanQuestion);
}

void KioskFlow::continue_from_plan_question() {
    if (is_blank(plan_answer())) {
        errors_.clear();
        error("error.plan_answer_missing", "answer");
        return;
    }
    if (journey_.plan.question + 1 < kSevenQuestions) open_plan_question(journey_.plan.question + 1);
    else show_task_list();
}

void KioskFlow::toggle_outcome(int outcome) {
    PlanDraft& d = journey_.plan;
    if (outcome < 0 || outcome >= int(d.outcomes.size())) return;
    char& chosen = d.outcomes[std::size_t(outcome)];
    chosen = !chosen;
    // Support can only be for an outcome the plan still has.
    if (!chosen)
        for (auto& serves : d.serves) serves[std::size_t(outcome)] = 0;
}

void KioskFlow::step_units(int option, int delta) {
    PlanDraft& d = journey_.plan;
    if (option < 0 || option >= int(d.units.size())) return;
    int& units = d.units[std::size_t(option)];
    units = std::clamp(units + delta, 0, kMaxUnitsAWeek);
    // A first amount of a kind of support serves the person's only outcome without asking.
    if (units > 0 && !any_set(d.serves[std::size_t(option)]) && std::count(d.outcomes.begin(), d.outcomes.end(), 1) == 1)
        d.serves[std::size_t(option)][std::size_t(std::find(d.outcomes.begin(), d.outcomes.end(), 1) - d.outcomes.begin())] = 1;
}

void KioskFlow::toggle_serves(int option, int outcome) {
    PlanDraft& d = journey_.plan;
    if (option < 0 || option >= int(d.serves.size()) || outcome < 0 || outcome >= int(d.outcomes.size())) return;
    if (!d.outcomes[std::size_t(outcome)]) return;
    char& serves = d.serves[std::size_t(option)][std::size_t(outcome)];
    serves = !serves;
}

void KioskFlow::choose_held_as(int choice) {
    if (choice >= 0 && choice < int(kHeldAsChoices.size())) journey_.plan.held_as = choice;
}

void KioskFlow::choose_manager(int choice) {
    if (choice >= 0 && choice < int(kManagerChoices.size())) journey_.plan.manager = choice;
}

void KioskFlow::choose_decider(int choice) {
    if (choice >= 0 && choice < int(kDeciderChoices.size())) journey_.plan.decider = choice;
}

void KioskFlow::toggle_risk(int risk) {
    PlanDraft& d = journey_.plan;
    if (risk < 0 || risk >= int(d.risks.size())) return;
    d.risks[std::size_t(risk)] = !d.risks[std::size_t(risk)];
    if (d.risks[std::size_t(risk)]) d.no_risks = false;
}

void KioskFlow::choose_no_risks() {
    PlanDraft& d = journey_.plan;
    d.no_risks = !d.no_risks;
    if (d.no_risks) std::fill(d.risks.begin(), d.risks.end(), 0);
}

void KioskFlow::choose_contingency(int choice) {
    if (choice >= 0 && choice < int(kContingencyChoices.size())) journey_.plan.contingency = choice;
}

bool KioskFlow::asks_difference_reason() const {
    if (journey_.plan.difference >= 0) return true;
    if (!journey_.plan_check) return false;
    for (const PlanFinding& f : journey_.plan_check->findings)
        if (f.field == kDifferenceReasonField) return true;
    return false;
}

void KioskFlow::choose_difference(int choice) {
    if (choice >= 0 && choice < int(kDifferenceChoices.size())) journey_.plan.difference = choice;
}

void KioskFlow::continue_from_task() {
    const PlanDraft& d = journey_.plan;
    errors_.clear();
    switch (screen_) {
        case Screen::PlanOutcomes:
            if (!any_set(d.outcomes)) error("error.plan_outcome_missing", "outcomes");
            break;
        case Screen::PlanSupport:
            if (!any_set(d.units)) error("error.plan_support_missing", "support");
            for (std::size_t o = 0; o < d.units.size(); ++o)
                if (d.units[o] > 0 && !any_set(d.serves[o]))
                    error("error.plan_support_for", "support." + rules().support_options[o].id,
                          {{"support", rules().support_options[o].title}});
            break;
        case Screen::PlanMoney:
            if (d.held_as < 0) error("error.plan_held_as_missing", "held_as");
            if (d.manager < 0) error("error.plan_manager_missing", "manager");
            break;
        case Screen::PlanDecisions:
            if (d.decider < 0) error("error.plan_decider_missing", "decider");
            break;
        case Screen::PlanSafety:
            if (!any_set(d.risks) && !d.no_risks) error("error.plan_risks_missing", "risks");
            if (d.contingency < 0) error("error.plan_contingency_missing", "contingency");
            break;
        default: break;
    }
    if (errors_.empty()) show_task_list();
}

void KioskFlow::show_task_list() {
    if (journey_.plan_check) run_plan_check();
    show(Screen::PlanTasks);
}

void KioskFlow::check_plan() {
    if (!journey_.budget) return;
    run_plan_check();
    show(Screen::CheckPlan);
}

void KioskFlow::run_plan_check() {
    if (!journey_.budget) return;
    zero_plan_text(journey_.built_plan);
    const std::string_view reference(journey_.reference.data(), journey_.reference.size());
    journey_.built_plan =
        build_support_plan(journey_.plan, rules(), *settings_.words, reference, journey_.date, journey_.budget->weekly);
    journey_.plan_check = checker_.check(journey_.built_plan, PlanBudget{true, journey_.budget->weekly, "your indicative budget"});
}

PlanTask KioskFlow::task_for_field(std::string_view field) {
    const auto starts = [&](std::string_view prefix) { return field.substr(0, prefix.size()) == prefix; };
    if (starts("questions")) return PlanTask::Questions;
    if (starts("outcomes")) return PlanTask::Outcomes;
    if (starts("money")) return PlanTask::Money;
    if (starts("decisions")) return PlanTask::Decisions;
    if (starts("risks") || starts("contingency")) return PlanTask::Safety;
    return PlanTask::Support;  // lines, the budget and anything else about what is bought
}

std::vector<RuleSetSource> KioskFlow::rule_sources() const {
    if (settings_.rules_text.empty()) return {{kEmbeddedDefaultName, std::string(embedded_model_ras_text())}};
    return {{settings_.rules_name, settings_.rules_text}};
}

void KioskFlow::submit_plan() {
    errors_.clear();
    if (!journey_.plan_check) return;
    if (!journey_.plan_check->can_be_confirmed()) {
        error("error.plan_blockers", "submit", {{"count", std::to_string(things_to_change())}}, things_to_change());
        return;
    }
    if (!can_submit()) {
        error("error.plan_no_record", "submit");
        return;
    }
    if (!settings_.outbox_path.empty() && CouncilRecord::is_address(settings_.record_path)) {
        submit_through_outbox();
        return;
    }
    try {
        StoreOptions options;
        options.create_if_missing = true;
        if (settings_.record_clock) options.clock = settings_.record_clock;
        DecisionStore store = DecisionStore::open(settings_.record_path, options);
        const SupportPlan& plan = journey_.built_plan;
        const Actor actor{plan.person, Role::ServiceUser};
        if (!store.person_registered(plan.person)) register_person(store, plan.person, actor);
        Assessment assessment;
        assessment.person = plan.person;
        assessment.date = journey_.date;
        assessment.source = "the kiosk";
        for (std::size_t q = 0; q < journey_.answers.size(); ++q) {
            const int a = journey_.answers[q];
            if (a < 0) continue;
            const Question& question = rules().questions[q];
            assessment.answers.push_back({question.id, question.answers[std::size_t(a)].id, {}});
        }
        const std::vector<RuleSetSource> sources = rule_sources();
        const RecordedBudget budget = record_assessment(store, assessment, actor, sources);
        PlanReceipt receipt;
        receipt.reference = settings_.new_reference ? settings_.new_reference() : new_plan_reference();
        const RecordedPlan recorded =
            record_plan(store, plan_to_toml_text(plan), "the kiosk", actor, sources, budget.budget_event, receipt.reference);
        receipt.first_review = plan.reviews.empty() ? plan.start : plan.reviews.front().date;
        receipt.refer_to_panel = recorded.result.refer_to_panel || budget.budget.refer_to_panel();
        journey_.receipt = receipt;
        show(Screen::Receipt);
    } catch (const OpenRasError& e) {
        error("error.plan_not_saved", "submit", {{"detail", e.error().message}});
    }
}

void KioskFlow::wipe_plan() {
    zero_plan_text(journey_.built_plan);
    journey_.built_plan = SupportPlan{};
    journey_.plan.wipe(rules());
    journey_.plan_check.reset();
    journey_.receipt.reset();
}

int KioskFlow::things_to_change() const {
    if (!journey_.plan_check) return 0;
    int blockers = 0, unanswered = 0;
    for (const PlanFinding& f : journey_.plan_check->findings) {
        if (f.severity != FindingSeverity::Blocker) continue;
        if (f.rule == kUnansweredQuestionRule) ++unanswered;
        else ++blockers;
    }
    return blockers + (unanswered > 0 ? 1 : 0);
}

void KioskFlow::print_receipt() {
    if (!journey_.receipt || !can_print()) return;
    journey_.printed = settings_.print_receipt(*journey_.receipt, preferences_.easy_read, preferences_.language);
}

}  // namespace openras::kiosk
