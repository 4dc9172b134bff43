// Plans sent at a kiosk whose record is the council's server, through the kiosk's outbox
// (alloc/record/outbox.hpp): kept on the kiosk first, then sent, exactly once
// (alloc/case/outbox_sending.hpp); when the server cannot be reached the receipt says the plan is
// saved and will be sent, and it is at the next try.
#include "kiosk/flow/kiosk_flow.hpp"

#include "alloc/case/outbox_sending.hpp"
#include "alloc/plan/plan_writer.hpp"
#include "alloc/record/plan_reference.hpp"
#include "rules/error.hpp"

namespace openras::kiosk {
namespace {

UtcClock clock_of(const FlowSettings& settings) { return settings.record_clock ? settings.record_clock : system_utc_clock(); }

}  // namespace

std::size_t KioskFlow::send_waiting() {
    if (settings_.outbox_path.empty() || settings_.record_path.empty()) return 0;
    try {
        Outbox outbox(settings_.outbox_path, read_signing_key(settings_.outbox_key_path));
        try {
            DecisionStore store = DecisionStore::open(settings_.record_path);
            send_outbox(outbox, store, Actor{"the kiosk", Role::ServiceUser}, rule_sources(), clock_of(settings_));
        } catch (const OpenRasError&) {  // the server cannot be reached, or refused one: it waits for the next try
        }
        return outbox.waiting().size();
    } catch (const OpenRasError&) {
        return 0;  // no outbox to send from: submit_through_outbox says so when a plan is sent
    }
}

void KioskFlow::submit_through_outbox() {
    const SupportPlan& plan = journey_.built_plan;
    OutboxSubmission sent;
    sent.person = plan.person;
    sent.date = journey_.date;
    for (std::size_t q = 0; q < journey_.answers.size(); ++q) {
        const int a = journey_.answers[q];
        if (a < 0) continue;
        const Question& question = rules().questions[q];
        sent.answers.emplace_back(question.id, question.answers[std::size_t(a)].id);
    }
    sent.plan = plan_to_toml_text(plan);
    sent.reference = settings_.new_reference ? settings_.new_reference() : new_plan_reference();
    try {
        Outbox outbox(settings_.outbox_path, read_signing_key(settings_.outbox_key_path));
        outbox.keep(sent, iso_utc(clock_of(settings_)()));
    } catch (const OpenRasError& e) {
        error("error.plan_not_saved", "submit", {{"detail", e.error().message}});
        return;
    }
    PlanReceipt receipt;
    receipt.reference = sent.reference;
    receipt.first_review = plan.reviews.empty() ? plan.start : plan.reviews.front().date;
    receipt.refer_to_panel = journey_.plan_check->refer_to_panel || (journey_.budget && journey_.budget->refer_to_panel());
    receipt.kept_to_send_later = send_waiting() > 0;
    journey_.receipt = receipt;
    show(Screen::Receipt);
}

}  // namespace openras::kiosk
