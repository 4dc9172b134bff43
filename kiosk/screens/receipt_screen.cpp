#include "kiosk/screens/screens.hpp"

#include "alloc/io/dates.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

namespace openras::kiosk {

// 8. The plan is recorded: the GOV.UK confirmation page, with the reference to quote, what
// happens next and when the first review is.
void draw_receipt_screen(KioskFlow& flow, Ui& ui) {
    const PlanReceipt& receipt = *flow.receipt();
    begin_content(ui, "page.receipt");
    heading(ui, ui.tr("receipt.title"));
    notice(ui, ui.tr("receipt.reference_title"), receipt.reference, NoticeKind::Important);
    text(ui, ui.tr("receipt.keep"));
    text(ui, ui.tr("receipt.next_title"), TextStyle::Heading);
    text(ui, ui.tr("receipt.next"));
    if (receipt.refer_to_panel) text(ui, ui.tr("receipt.panel"));
    text(ui, ui.trf("receipt.review", {{"date", long_date(receipt.first_review)}}), TextStyle::Bold);
    text(ui, ui.tr("receipt.change"));
    end_content(ui);

    begin_actions(ui);
    if (lone_primary_button(ui, "finish", ui.tr("receipt.finish"))) flow.ask(Confirmation::ClearAnswers, kAskedFromActionsBar);
    end_actions(ui);
}

}  // namespace openras::kiosk
