#include "kiosk/screens/worker_screens.hpp"

#include "kiosk/screens/screens.hpp"
#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <string>

namespace openras::kiosk {
namespace {

// The PIN as dots in a bordered box: the digits are never drawn, logged or copied.
void pin_field(Ui& ui, std::string_view label, std::size_t digits, bool has_error) {
    const Metrics& m = ui.m;
    text(ui, label, TextStyle::Bold);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = std::min(ui.column_right - pos.x, 14 * m.body);
    const float height = m.target + m.pad;
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + width, pos.y + height);
    dl->AddRectFilled(pos, end, packed(ui.palette.field));
    const Rgb edge = has_error ? ui.palette.error_border : ui.palette.field_border;
    dl->AddRect(pos, end, packed(edge), 0, 0, m.border * (has_error ? 2 : 1.5f));
    const float radius = m.body / 4;
    for (std::size_t i = 0; i < digits; ++i)
        dl->AddCircleFilled(ImVec2(pos.x + m.pad + radius + float(i) * radius * 3, pos.y + height / 2), radius,
                            packed(ui.palette.field_text));
}

// Digits from a physical keyboard, if the kiosk has one: typed into the PIN, then zeroed.
void take_typed_digits(WorkerDesk& desk) {
    ImGuiIO& io = ImGui::GetIO();
    for (ImWchar c : io.InputQueueCharacters)
        if (c >= '0' && c <= '9') desk.type_pin_digit(char(c));
    zero_memory(io.InputQueueCharacters.Data, std::size_t(io.InputQueueCharacters.Size) * sizeof(ImWchar));
    io.InputQueueCharacters.resize(0);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace))) desk.delete_pin_digit();
}

// A telephone-style number pad: 1 2 3 / 4 5 6 / 7 8 9 / Delete 0.
void pin_pad(WorkerDesk& desk, Ui& ui) {
    const Metrics& m = ui.m;
    const float gap = std::max(kMinTargetGapPixels * 1.5f, m.gap);
    ButtonOptions key;
    key.width = m.target * 1.6f;
    key.font = ui.fonts.heading;
    key.min_height = m.target * 1.2f;
    constexpr std::array<std::string_view, 3> rows = {"123", "456", "789"};
    const float start_x = ImGui::GetCursorPosX();
    for (std::string_view row : rows) {
        ImGui::SetCursorPosX(start_x);
        bool first = true;
        for (char c : row) {
            if (!first) ImGui::SameLine(0, gap);
            first = false;
            if (button(ui, std::string("pin.") + c, std::string_view(&c, 1), ButtonKind::Key, key)) desk.type_pin_digit(c);
        }
        ImGui::Dummy(ImVec2(1, gap - ImGui::GetStyle().ItemSpacing.y));
    }
    ImGui::SetCursorPosX(start_x);
    ButtonOptions del = key;
    del.font = ui.fonts.key;
    if (button(ui, "pin.delete", ui.tr("worker.pin_delete"), ButtonKind::Key, del)) desk.delete_pin_digit();
    ImGui::SameLine(0, gap);
    if (button(ui, "pin.0", "0", ButtonKind::Key, key)) desk.type_pin_digit('0');
}

}  // namespace

// Enter your PIN: the number pad, the PIN as dots, and Sign in. Wrong PINs count towards the
// lockout; the error says how many tries are left.
void draw_worker_pin_page(KioskFlow& flow, Ui& ui) {
    WorkerDesk& desk = flow.worker();
    take_typed_digits(desk);
    begin_content(ui, "page.worker.pin");
    draw_worker_errors(desk, ui);
    text(ui, ui.tr("worker.caption"), TextStyle::Caption);
    heading(ui, ui.tr("worker.pin_title"));
    text(ui, ui.tr("worker.pin_hint"), TextStyle::Secondary);
    const std::string problem = worker_field_error(desk, ui, "pin");
    if (!problem.empty()) error_message(ui, problem);
    pin_field(ui, ui.tr("worker.pin_label"), desk.pin().size(), !problem.empty());
    vertical_space(ui, ui.m.gap);
    pin_pad(desk, ui);
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "sign-in", ui.tr("worker.sign_in"))) desk.sign_in(flow.now());
    end_actions(ui);
}

}  // namespace openras::kiosk
