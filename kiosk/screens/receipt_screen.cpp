#include "kiosk/screens/screens.hpp"

#include "alloc/io/dates_in.hpp"

#include "alloc/io/dates.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/qr_code.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace openras::kiosk {

// 8. The plan is recorded: the GOV.UK confirmation page, with the reference to quote (and as a
// QR code), what happens next and when the first review is.
void draw_receipt_screen(KioskFlow& flow, Ui& ui) {
    const PlanReceipt& receipt = *flow.receipt();
    begin_content(ui, "page.receipt");
    // Kept on the kiosk to be sent when the council's server can be reached: said first, plainly.
    pictured_text(ui, picture_for(ui, "receipt.title"), ui.tr(receipt.kept_to_send_later ? "receipt.kept_title" : "receipt.title"),
                  TextStyle::Heading);
    if (receipt.kept_to_send_later) text(ui, ui.tr("receipt.kept"), TextStyle::Bold);
    text(ui, ui.tr("receipt.reference_title"), TextStyle::Bold);
    text(ui, receipt.reference, TextStyle::Heading);
    text(ui, ui.tr("receipt.keep"));
    // The same reference as a QR code, for a phone's camera: big enough to read from a
    // step away, never wider than the column.
    qr_code(ui, receipt.reference, std::min(ui.column_right - ImGui::GetCursorScreenPos().x, std::max(320.0f, 8 * ui.m.body)));
    text(ui, ui.tr("receipt.scan"), TextStyle::Secondary);
    if (flow.can_print()) {
        if (button(ui, "print", ui.tr("receipt.print"), ButtonKind::Secondary)) flow.print_receipt();
        if (const auto& printed = flow.journey().printed) {
            if (printed->empty()) notice(ui, "", ui.tr("receipt.printing"));
            else notice(ui, ui.tr("receipt.print_failed"), *printed, NoticeKind::Important);
        }
    }
    text(ui, ui.tr("receipt.next_title"), TextStyle::Heading);
    text(ui, ui.tr("receipt.next"));
    if (receipt.refer_to_panel) text(ui, ui.tr("receipt.panel"));
    text(ui, ui.trf("receipt.review", {{"date", long_date_in(ui.words->language(), receipt.first_review)}}), TextStyle::Bold);
    text(ui, ui.tr("receipt.change"));
    end_content(ui);

    begin_actions(ui);
    if (lone_primary_button(ui, "finish", ui.tr("receipt.finish"))) flow.ask(Confirmation::ClearAnswers, kAskedFromActionsBar);
    end_actions(ui);
}

}  // namespace openras::kiosk
