#pragma once
// The social worker's desk, one draw function per page of WorkerDesk (kiosk/flow/worker_desk.hpp).
// draw_worker_desk_screen() (screens.hpp) picks one; each draws the desk's state and calls the
// desk (or the flow, to leave) when something is tapped. Widget ids, for the tests:
//   Pin       pin.0 … pin.9, pin.delete, sign-in, back
//   Queue     case.N (the Nth plan, from 0), find, sign-out, back
//   Find      key.* (on-screen keyboard), find-case, back
//   Case      decide, back
//   Decision  action.confirm, action.return, action.refer, action.agree, continue, back
//   Amount    amount.0 … amount.9, amount.point, amount.delete, continue, back
//   Reason    reason.standard, reason.own (confirming only), key.* (on-screen keyboard), record, back
//   Done      plans, back
#include "kiosk/flow/kiosk_flow.hpp"
#include "kiosk/ui/ui.hpp"

#include <string>
#include <string_view>

namespace openras::kiosk {

void draw_worker_desk_screen(KioskFlow& flow, Ui& ui);  // as screens.hpp declares it
void draw_worker_pin_page(KioskFlow& flow, Ui& ui);
void draw_worker_queue_page(KioskFlow& flow, Ui& ui);
void draw_worker_find_page(KioskFlow& flow, Ui& ui);
void draw_worker_case_page(KioskFlow& flow, Ui& ui);
void draw_worker_decision_page(KioskFlow& flow, Ui& ui);
void draw_worker_amount_page(KioskFlow& flow, Ui& ui);
void draw_worker_reason_page(KioskFlow& flow, Ui& ui);
void draw_worker_done_page(KioskFlow& flow, Ui& ui);

// The GOV.UK error summary for the desk's page errors, at the top of the page.
void draw_worker_errors(const WorkerDesk& desk, Ui& ui);
// The words of the desk's error on `field`, or "": shown beside the field.
std::string worker_field_error(const WorkerDesk& desk, const Ui& ui, std::string_view field);
// A row of words on the left and an amount on the right (the budget screen's layout).
void worker_amount_row(Ui& ui, std::string_view words, std::string_view amount, bool bold = false);

}  // namespace openras::kiosk
