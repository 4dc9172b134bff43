#include "kiosk/screens/typed_page.hpp"
#include "alloc/io/dates_in.hpp"

#include "alloc/io/dates.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/onscreen_keyboard.hpp"
#include "kiosk/ui/widgets.hpp"

namespace openras::kiosk {
namespace {

struct StateWords {
    const char* title;
    const char* body;
};

StateWords state_words(PlanState state) {
    switch (state) {
        case PlanState::Sent: break;
        case PlanState::Confirmed: return {"status.confirmed_title", "status.confirmed_body"};
        case PlanState::Returned: return {"status.returned_title", "status.returned_body"};
        case PlanState::ReferredToPanel: return {"status.panel_title", "status.panel_body"};
    }
    return {"status.sent_title", "status.sent_body"};
}

}  // namespace

// "Check on my plan": the reference from the receipt, typed on the keyboard in capitals.
void draw_status_ask_screen(KioskFlow& flow, Ui& ui) {
    typed_page(flow, ui, "page.status-ask", "status_reference", flow.status_reference(), kMaxTypedPlanReference, KeyboardCapitals::Always, false,
               [&]() -> std::string_view {
                   heading(ui, ui.tr("status.ask_title"));
                   text(ui, ui.tr("status.ask_hint"), TextStyle::Secondary);
                   return ui.tr("status.ask_label");
               });

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "look-up", ui.tr("status.ask_button"))) flow.look_up_status();
    end_actions(ui);
}

// What has happened to the plan, in plain words: where it is, the social worker's reasons when
// it was returned, and a final budget once agreed. Nothing else about the person.
void draw_status_screen(KioskFlow& flow, Ui& ui) {
    const PlanStatus& s = *flow.journey().status;
    const StateWords words = state_words(s.state);
    begin_content(ui, "page.status");
    text(ui, ui.trf("status.caption", {{"reference", s.reference}}), TextStyle::Caption);
    pictured_text(ui, picture_for(ui, "status.title"), ui.tr(words.title), TextStyle::Heading);
    text(ui, ui.tr(words.body));
    if (s.state == PlanState::Returned && !s.reason.empty()) {
        SpokenPrivately personal(ui.speech);  // the social worker's words may be about the person
        notice(ui, ui.tr("status.reasons_title"), s.reason, NoticeKind::Important);
    }
    if (s.final_budget) text(ui, ui.trf("status.final_budget", {{"weekly", s.final_budget->to_string()}}), TextStyle::Bold);
    text(ui, ui.trf("status.sent_on", {{"when", uk_local_time_in(ui.words->language(), s.submitted_at)}}), TextStyle::Secondary);
    if (!s.decided_at.empty()) text(ui, ui.trf("status.decided_on", {{"when", uk_local_time_in(ui.words->language(), s.decided_at)}}), TextStyle::Secondary);
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "finish", ui.tr("status.finish"))) flow.finish();
    end_actions(ui);
}

}  // namespace openras::kiosk
