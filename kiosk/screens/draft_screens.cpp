#include "kiosk/screens/typed_page.hpp"
#include "alloc/io/dates_in.hpp"

#include "alloc/io/dates.hpp"
#include "kiosk/flow/draft_store.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/onscreen_keyboard.hpp"
#include "kiosk/ui/qr_code.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace openras::kiosk {
// "Save and come back later": what it does, and the code the person chooses.
void draw_save_draft_screen(KioskFlow& flow, Ui& ui) {
    typed_page(flow, ui, "page.save-draft", "draft_code", flow.draft_code(), kMaxDraftCodeLength, KeyboardCapitals::Sentences, true,
               [&]() -> std::string_view {
                   heading(ui, ui.tr("draft.save_title"));
                   text(ui, ui.trf("draft.save_body", {{"days", std::to_string(flow.settings().draft_days)}}));
                   text(ui, ui.tr("draft.code_hint"), TextStyle::Secondary);
                   return ui.tr("draft.code_label");
               });
    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "save-draft", ui.tr("draft.save_confirm"))) flow.save_draft();
    end_actions(ui);
}

// Saved: the reference to come back with, as text and a QR code, and the day it is kept until.
void draw_draft_saved_screen(KioskFlow& flow, Ui& ui) {
    const Journey& j = flow.journey();
    begin_content(ui, "page.draft-saved");
    heading(ui, ui.tr("draft.saved_title"));
    text(ui, ui.tr("draft.saved_reference"), TextStyle::Bold);
    text(ui, j.saved_reference, TextStyle::Heading);
    text(ui, ui.trf("draft.saved_until", {{"when", uk_local_time_in(ui.words->language(), j.saved_until)}}));
    text(ui, ui.tr("draft.saved_code"));
    qr_code(ui, j.saved_reference, std::min(ui.column_right - ImGui::GetCursorScreenPos().x, std::max(320.0f, 8 * ui.m.body)));
    end_content(ui);
    begin_actions(ui);
    if (lone_primary_button(ui, "finish", ui.tr("receipt.finish"))) flow.finish();
    end_actions(ui);
}

// "Carry on with a saved plan": first the draft's reference, then the code.
void draw_resume_reference_screen(KioskFlow& flow, Ui& ui) {
    typed_page(flow, ui, "page.resume-reference", "draft_reference", flow.draft_reference(), kMaxTypedPlanReference, KeyboardCapitals::Always, false,
               [&]() -> std::string_view {
                   heading(ui, ui.tr("draft.resume_title"));
                   text(ui, ui.tr("draft.resume_hint"), TextStyle::Secondary);
                   return ui.tr("status.ask_label");
               });
    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "continue", ui.tr("common.continue"))) flow.continue_from_resume_reference();
    end_actions(ui);
}

void draw_resume_code_screen(KioskFlow& flow, Ui& ui) {
    typed_page(flow, ui, "page.resume-code", "draft_code", flow.draft_code(), kMaxDraftCodeLength, KeyboardCapitals::Sentences, true,
               [&]() -> std::string_view {
                   heading(ui, ui.tr("draft.code_title"));
                   text(ui, ui.tr("draft.code_resume_hint"), TextStyle::Secondary);
                   return ui.tr("draft.code_label");
               });
    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "resume", ui.tr("draft.resume_button"))) flow.resume_draft();
    end_actions(ui);
}

}  // namespace openras::kiosk
