#include "kiosk/screens/worker_screens.hpp"

#include "kiosk/screens/screens.hpp"
#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/number_pad.hpp"
#include "kiosk/ui/onscreen_keyboard.hpp"
#include "kiosk/ui/mirror.hpp"
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

std::string person_caption(const Ui& ui, const WorkerDesk& desk) {
    return ui.trf("worker.case_caption", {{"person", desk.current_case().entry.person}});
}

// The amount as typed, in a bordered box: "£" and the pounds and pence, with a caret.
void amount_field(Ui& ui, std::string_view typed, bool has_error) {
    const Metrics& m = ui.m;
    text(ui, ui.tr("worker.amount_label"), TextStyle::Bold);
    ImFont* font = ui.fonts.heading;
    const std::string shown = "\u00a3" + std::string(typed);
    const float words = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, shown.c_str()).x;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = std::min(ui.column_right - pos.x, std::max(10 * m.body, words + 2 * m.pad + 8));
    const float height = std::max(m.target, font->FontSize + 2 * m.pad);
    ImGui::Dummy(ImVec2(width, height));
    typed_box_in_view(ui, pos, ImVec2(pos.x + width, pos.y + height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + width, pos.y + height);
    dl->AddRectFilled(pos, end, packed(ui.palette.field));
    dl->AddRect(pos, end, packed(has_error ? ui.palette.error_border : ui.palette.field_border), 0, 0,
                m.border * (has_error ? 2 : 1.5f));
    const float y = pos.y + (height - font->FontSize) / 2;
    // The amount and its caret stay together, upright, on a mirrored page.
    PageMirror& mirror = page_mirror();
    const int first = mirror.begin_upright(dl);
    dl->AddText(font, font->FontSize, ImVec2(pos.x + m.pad, y), packed(ui.palette.field_text), shown.c_str());
    const float caret = pos.x + m.pad + words + 2;
    dl->AddRectFilled(ImVec2(caret, y), ImVec2(caret + 3, y + font->FontSize), packed(ui.palette.field_text));
    mirror.end_upright(dl, first, pos.x + m.pad, caret + 3);
    ui.text_log.add(shown);
    ui.speech.add(SpeechRole::Field, shown);
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

// What is the final budget a week? Typed on the number pad docked under the page.
void draw_worker_amount_page(KioskFlow& flow, Ui& ui) {
    WorkerDesk& desk = flow.worker();
    take_typed_pad_keys(PadPoint::Decimal, [&](char key) { desk.type_amount_key(key); });
    const Money indicative = desk.current_case().indicative_weekly;
    reserve_dock(ui, number_pad_height(ui));
    begin_content(ui, "page.worker.amount");
    draw_worker_errors(desk, ui);
    text(ui, person_caption(ui, desk), TextStyle::Caption);
    heading(ui, ui.tr("worker.amount_title"));
    text(ui, ui.trf("worker.amount_hint", {{"weekly", indicative.to_string()}}), TextStyle::Secondary);
    const std::string problem = worker_field_error(desk, ui, "amount");
    if (!problem.empty()) error_message(ui, problem);
    amount_field(ui, desk.amount_typed(), !problem.empty());
    if (const std::optional<Money> typed = desk.typed_amount()) {
        const Money difference = *typed - indicative;
        if (difference == Money{}) text(ui, ui.tr("worker.amount_same"), TextStyle::Bold);
        else if (difference > Money{}) text(ui, ui.trf("worker.amount_more", {{"amount", difference.to_string()}}), TextStyle::Bold);
        else text(ui, ui.trf("worker.amount_less", {{"amount", (-difference).to_string()}}), TextStyle::Bold);
    }
    end_content(ui);

    begin_dock(ui);
    if (const auto key = number_pad(ui, "amount", ui.tr("worker.pin_delete"), PadPoint::Decimal)) desk.type_amount_key(*key);
    end_dock(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "continue", ui.tr("common.continue"))) desk.continue_from_amount();
    end_actions(ui);
}

// Why: typed on the on-screen keyboard. A confirmation may take the standard reason instead.
void draw_worker_reason_page(KioskFlow& flow, Ui& ui) {
    WorkerDesk& desk = flow.worker();
    const WorkerAction action = desk.action().value_or(WorkerAction::Return);
    const bool typing = action != WorkerAction::Confirm || !desk.use_standard_reason();
    if (typing) reserve_dock(ui, keyboard_height(ui));
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
    if (typing) {
        text(ui, ui.tr("worker.reason_hint"), TextStyle::Secondary);
        text_field(ui, ui.tr("worker.reason_label"), desk.reason(), !problem.empty());
    }
    end_content(ui);

    if (typing) {
        begin_dock(ui);
        onscreen_keyboard(ui, desk.reason(), kMaxReasonLength);
        end_dock(ui);
    }

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
