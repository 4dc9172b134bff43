#include "kiosk/screens/screens.hpp"
#include "kiosk/screens/worker_screens.hpp"

#include "kiosk/ui/text_layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <cmath>

namespace openras::kiosk {

// The social worker's desk: one of its pages (kiosk/flow/worker_desk.hpp).
void draw_worker_desk_screen(KioskFlow& flow, Ui& ui) {
    switch (flow.worker().page()) {
        case WorkerPage::Pin: draw_worker_pin_page(flow, ui); break;
        case WorkerPage::Queue: draw_worker_queue_page(flow, ui); break;
        case WorkerPage::Find: draw_worker_find_page(flow, ui); break;
        case WorkerPage::Case: draw_worker_case_page(flow, ui); break;
        case WorkerPage::Decision: draw_worker_decision_page(flow, ui); break;
        case WorkerPage::Amount: draw_worker_amount_page(flow, ui); break;
        case WorkerPage::Reason: draw_worker_reason_page(flow, ui); break;
        case WorkerPage::Done: draw_worker_done_page(flow, ui); break;
    }
}

void draw_worker_errors(const WorkerDesk& desk, Ui& ui) {
    std::vector<std::string> messages;
    for (const PageError& e : desk.errors()) messages.push_back(error_words(ui, e));
    error_summary(ui, messages);
}

std::string worker_field_error(const WorkerDesk& desk, const Ui& ui, std::string_view field) {
    for (const PageError& e : desk.errors())
        if (e.field == field) return error_words(ui, e);
    return {};
}

void worker_amount_row(Ui& ui, std::string_view words, std::string_view amount, bool bold) {
    ImFont* font = ui.fonts.bold;
    const float amount_width = text_width(font, amount);
    const float full_right = ui.column_right;
    ui.column_right = full_right - amount_width - ui.m.gap * 2;
    const float top = ImGui::GetCursorPosY();
    text(ui, words, bold ? TextStyle::Bold : TextStyle::Body);
    const float bottom = ImGui::GetCursorPosY();
    ui.column_right = full_right;
    ImGui::SetCursorPosY(top);
    ImGui::SetCursorPosX(full_right - std::ceil(amount_width) - 2 - ImGui::GetWindowPos().x);
    text(ui, amount, TextStyle::Bold);
    ImGui::SetCursorPosY(std::max(bottom, ImGui::GetCursorPosY()));
}

}  // namespace openras::kiosk
