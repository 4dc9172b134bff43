#include "kiosk/screens/worker_screens.hpp"

#include "kiosk/screens/screens.hpp"
#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/number_pad.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
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
    typed_box_in_view(ui, pos, ImVec2(pos.x + width, pos.y + height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + width, pos.y + height);
    dl->AddRectFilled(pos, end, packed(ui.palette.field));
    const Rgb edge = has_error ? ui.palette.error_border : ui.palette.field_border;
    dl->AddRect(pos, end, packed(edge), 0, 0, m.border * (has_error ? 2 : 1.5f));
    const float radius = m.body / 4;
    for (std::size_t i = 0; i < digits; ++i)
        dl->AddCircleFilled(ImVec2(pos.x + m.pad + radius + float(i) * radius * 3, pos.y + height / 2), radius,
                            packed(ui.palette.field_text));
    ui.speech.add(SpeechRole::Masked, std::string(digits, '*'));  // only how many is spoken
}

// A key of the pad, or of a physical keyboard, into the PIN.
void pin_key(WorkerDesk& desk, char key) {
    if (key == '\b') desk.delete_pin_digit();
    else if (key >= '0' && key <= '9') desk.type_pin_digit(key);
}

}  // namespace

// Enter your PIN: the number pad, the PIN as dots, and Sign in. Wrong PINs count towards the
// lockout; the error says how many tries are left.
void draw_worker_pin_page(KioskFlow& flow, Ui& ui) {
    WorkerDesk& desk = flow.worker();
    take_typed_pad_keys(PadPoint::None, [&](char key) { pin_key(desk, key); });
    reserve_dock(ui, number_pad_height(ui));
    begin_content(ui, "page.worker.pin");
    draw_worker_errors(desk, ui);
    text(ui, ui.tr("worker.caption"), TextStyle::Caption);
    heading(ui, ui.tr("worker.pin_title"));
    text(ui, ui.tr("worker.pin_hint"), TextStyle::Secondary);
    const std::string problem = worker_field_error(desk, ui, "pin");
    if (!problem.empty()) error_message(ui, problem);
    pin_field(ui, ui.tr("worker.pin_label"), desk.pin().size(), !problem.empty());
    end_content(ui);

    begin_dock(ui);
    if (const auto key = number_pad(ui, "pin", ui.tr("worker.pin_delete"), PadPoint::None)) pin_key(desk, *key);
    end_dock(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "sign-in", ui.tr("worker.sign_in"))) desk.sign_in(flow.now());
    end_actions(ui);
}

}  // namespace openras::kiosk
