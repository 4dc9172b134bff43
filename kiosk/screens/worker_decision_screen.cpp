#include "kiosk/screens/worker_screens.hpp"

#include "kiosk/screens/screens.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/onscreen_keyboard.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <string>

namespace openras::kiosk {
namespace {

struct ActionChoice {
    WorkerAction action;
    const char* id;
    const char* words;
};

constexpr std::array<ActionChoice, kWorkerActionCount> kActions = {{
    {WorkerAction::Confirm, "action.confirm", "worker.action_confirm"},
    {WorkerAction::Return, "action.return", "worker.action_return"},
    {WorkerAction::Refer, "action.refer", "worker.action_refer"},
    {WorkerAction::AgreeBudget, "action.agree", "worker.action_agree"},
}};

struct AmountStep {
    const char* id;
    const char* words;
    std::int64_t pence;
};

constexpr std::array<AmountStep, 4> kStepsDown = {{
    {"amount.down_10", "worker.step_down_10", -1000},
    {"amount.down_1", "worker.step_down_1", -100},
    {"amount.down_10p", "worker.step_down_10p", -10},
    {"amount.down_1p", "worker.step_down_1p", -1},
}};
constexpr std::array<AmountStep, 4> kStepsUp = {{
    {"amount.up_1p", "worker.step_up_1p", 1},
    {"amount.up_10p", "worker.step_up_10p", 10},
    {"amount.up_1", "worker.step_up_1", 100},
    {"amount.up_10", "worker.step_up_10", 1000},
}};

std::string person_caption(const Ui& ui, const WorkerDesk& desk) {
    return std::string(ui.tr("worker.caption")) + ": " + desk.current_case().entry.person;
}

void step_row(WorkerDesk& desk, Ui& ui, const std::array<AmountStep, 4>& steps) {
    ButtonOptions options;
    float width = ui.m.target;
    for (const AmountStep& s : steps) width = std::max(width, button_width(ui, ui.tr(s.words), ButtonKind::Secondary));
    options.width = width;
    bool first = true;
    for (const AmountStep& s : steps) {
        if (!first) ImGui::SameLine(0, std::max(kMinTargetGapPixels * 1.5f, ui.m.gap));
        first = false;
        if (button(ui, s.id, ui.tr(s.words), ButtonKind::Secondary, options)) desk.step_amount(s.pence);
    }
}

const char* reason_title(WorkerAction action) {
    switch (action) {
        case WorkerAction::Confirm: return "worker.reason_title_confirm";
        case WorkerAction::Return: return "worker.reason_title_return";
        case WorkerAction::Refer: return "worker.reason_title_refer";
        case WorkerAction::AgreeBudget: break;
    }
    return "worker.reason_title_agree";
}

}  // namespace

// What is your decision? Four choices, one of them chosen, then Continue.
void draw_worker_decision_page(KioskFlow& flow, Ui& ui) {
    WorkerDesk& desk = flow.worker();
    begin_content(ui, "page.worker.decision");
    draw_worker_errors(desk, ui);
    text(ui, person_caption(ui, desk), TextStyle::Caption);
    heading(ui, ui.tr("worker.decision_title"));
    text(ui, ui.tr("worker.decision_hint"), TextStyle::Secondary);
    const std::string problem = worker_field_error(desk, ui, "action");
    if (!problem.empty()) error_message(ui, problem);
    for (const ActionChoice& choice : kActions) {
        ButtonOptions options;
        options.chosen = desk.action() == choice.action;
        if (button(ui, choice.id, ui.tr(choice.words), ButtonKind::Answer, options)) desk.choose_action(choice.action);
    }
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "continue", ui.tr("common.continue"))) desk.continue_from_action();
    end_actions(ui);
}

// What is the final budget a week? Stepped up and down from the indicative budget: no typing.
void draw_worker_amount_page(KioskFlow& flow, Ui& ui) {
    WorkerDesk& desk = flow.worker();
    const Money indicative = desk.current_case().indicative_weekly;
    begin_content(ui, "page.worker.amount");
    draw_worker_errors(desk, ui);
    text(ui, person_caption(ui, desk), TextStyle::Caption);
    heading(ui, ui.tr("worker.amount_title"));
    text(ui, ui.trf("worker.amount_hint", {{"weekly", indicative.to_string()}}), TextStyle::Secondary);
    const std::string problem = worker_field_error(desk, ui, "amount");
    if (!problem.empty()) error_message(ui, problem);
    text(ui, ui.tr("worker.amount_label"), TextStyle::Bold);
    text(ui, desk.amount().to_string(), TextStyle::Display);
    const Money difference = desk.amount() - indicative;
    if (difference == Money{}) text(ui, ui.tr("worker.amount_same"), TextStyle::Bold);
    else if (difference > Money{}) text(ui, ui.trf("worker.amount_more", {{"amount", difference.to_string()}}), TextStyle::Bold);
    else text(ui, ui.trf("worker.amount_less", {{"amount", (-difference).to_string()}}), TextStyle::Bold);
    vertical_space(ui, ui.m.gap);
    step_row(desk, ui, kStepsDown);
    vertical_space(ui, ui.m.gap);
    step_row(desk, ui, kStepsUp);
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "continue", ui.tr("common.continue"))) desk.continue_from_amount();
    end_actions(ui);
}

// Why: typed on the on-screen keyboard. A confirmation may take the standard reason instead.
void draw_worker_reason_page(KioskFlow& flow, Ui& ui) {
    WorkerDesk& desk = flow.worker();
    const WorkerAction action = desk.action().value_or(WorkerAction::Return);
    begin_content(ui, "page.worker.reason");
    draw_worker_errors(desk, ui);
    text(ui, person_caption(ui, desk), TextStyle::Caption);
    heading(ui, ui.trf(reason_title(action), {{"weekly", desk.amount().to_string()}}));
    const std::string problem = worker_field_error(desk, ui, "reason");
    if (!problem.empty()) error_message(ui, problem);
    if (action == WorkerAction::Confirm) {
        ButtonOptions standard;
        standard.chosen = desk.use_standard_reason();
        if (button(ui, "reason.standard", ui.tr("worker.reason_standard"), ButtonKind::Answer, standard))
            desk.choose_standard_reason(true);
        ButtonOptions own;
        own.chosen = !desk.use_standard_reason();
        if (button(ui, "reason.own", ui.tr("worker.reason_own"), ButtonKind::Answer, own)) desk.choose_standard_reason(false);
        vertical_space(ui, ui.m.gap);
    }
    if (action != WorkerAction::Confirm || !desk.use_standard_reason()) {
        text(ui, ui.tr("worker.reason_hint"), TextStyle::Secondary);
        text_field(ui, ui.tr("worker.reason_label"), desk.reason(), !problem.empty());
        onscreen_keyboard(ui, desk.reason(), kMaxReasonLength);
    }
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "record", ui.tr("worker.record"))) desk.record_decision();
    end_actions(ui);
}

// What was recorded, in a GOV.UK confirmation panel, and the way back to the plans.
void draw_worker_done_page(KioskFlow& flow, Ui& ui) {
    WorkerDesk& desk = flow.worker();
    begin_content(ui, "page.worker.done");
    if (const std::optional<WorkerOutcome>& done = desk.outcome()) {
        const char* title = done->action == WorkerAction::Confirm  ? "worker.done_confirm"
                            : done->action == WorkerAction::Return ? "worker.done_return"
                            : done->action == WorkerAction::Refer  ? "worker.done_refer"
                                                                   : "worker.done_agree";
        text(ui, ui.tr("worker.caption"), TextStyle::Caption);
        heading(ui, ui.trf(title, {{"weekly", done->amount.to_string()}}));
        notice(ui, "", ui.trf("worker.done_body", {{"person", done->person},
                                                   {"event", std::to_string(done->event)},
                                                   {"name", desk.worker_name()}}));
        if (done->action == WorkerAction::AgreeBudget) {
            if (done->blockers_after_recheck)
                text(ui, ui.tr(*done->blockers_after_recheck == 0 ? "worker.done_rechecked_ready" : "worker.done_rechecked_blocked"));
            text(ui, ui.tr("worker.done_next_agree"));
        }
    }
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "plans", ui.tr("worker.back_to_plans"))) desk.back_to_queue();
    end_actions(ui);
}

}  // namespace openras::kiosk
