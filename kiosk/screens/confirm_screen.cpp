#include "kiosk/screens/screens.hpp"

#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

namespace openras::kiosk {
namespace {

struct ConfirmWords {
    const char* title;
    const char* body;
    const char* yes;
    const char* no;
};
constexpr ConfirmWords kSendWords{"confirm.send_title", "confirm.send_body", "confirm.send_yes", "confirm.send_no"};
constexpr ConfirmWords kClearWords{"confirm.clear_title", "confirm.clear_body", "confirm.clear_yes", "confirm.clear_no"};

// Keeps "yes" out from under a finger that tapped on the page: when the button would be drawn
// where the tap that asked was, it goes below that place instead.
void keep_clear_of_the_finger(Ui& ui, float finger_y) {
    if (finger_y >= kAskedFromActionsBar) return;
    const float top = ImGui::GetCursorScreenPos().y;
    const float reach = ui.m.target + ui.m.gap;
    if (top + ui.m.target > finger_y - reach && top < finger_y + reach) vertical_space(ui, finger_y + reach - top);
}

}  // namespace

// Asked before anything that sends, clears or leaves: the question and what it means, "yes" on
// the page and away from where the finger was, and the safe "no" in the actions bar where the
// page's main action sits (Send your plan, Finish and clear my answers).
void draw_confirm_screen(KioskFlow& flow, Ui& ui) {
    const ConfirmWords& words = flow.confirming() == Confirmation::SendPlan ? kSendWords : kClearWords;
    begin_content(ui, "page.confirm");
    heading(ui, ui.tr(words.title));
    text(ui, ui.tr(words.body));
    vertical_space(ui, ui.m.gap);
    keep_clear_of_the_finger(ui, flow.asking_finger_y());
    if (button(ui, "confirm-yes", ui.tr(words.yes), ButtonKind::Secondary)) flow.confirm_yes();
    end_content(ui);

    begin_actions(ui);
    if (lone_primary_button(ui, "confirm-no", ui.tr(words.no))) flow.confirm_no();
    end_actions(ui);
}

// The height of the last thing drawn: where a tap on it was, for a confirmation it asks for.
float last_tap_y() { return ImGui::GetItemRectMin().y + ImGui::GetItemRectSize().y / 2; }

}  // namespace openras::kiosk
