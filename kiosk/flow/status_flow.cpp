// "Check on my plan": the person types the reference from their receipt and is told what has
// happened to the plan (alloc/case/plan_status.hpp). Look-ups that find nothing wait longer and
// longer, like wrong PINs at the desk, so references cannot be tried one after another.
#include "kiosk/flow/kiosk_flow.hpp"

#include "alloc/record/plan_reference.hpp"
#include "rules/error.hpp"

#include <algorithm>

namespace openras::kiosk {

void KioskFlow::open_status_lookup() {
    kiosk::wipe(journey_.status_reference);
    journey_.status.reset();
    show(Screen::StatusAsk);
}

void KioskFlow::count_look_up_miss() {
    ++status_misses_;
    if (const double wait = pin_wait_seconds(status_misses_); wait > 0) status_wait_until_ = now_ + wait;
}

double KioskFlow::status_wait_seconds() const { return std::max(0.0, status_wait_until_ - now_); }

bool KioskFlow::told_to_wait(std::string field) {
    const double wait = status_wait_seconds();
    if (wait <= 0) return false;
    error("error.status_wait", std::move(field), {{"seconds", std::to_string(int(wait + 0.999))}});
    return true;
}

void KioskFlow::look_up_status() {
    errors_.clear();
    const std::string_view typed(journey_.status_reference.data(), journey_.status_reference.size());
    if (told_to_wait("status_reference")) return;
    if (is_blank(journey_.status_reference)) {
        error("error.status_reference_missing", "status_reference");
        return;
    }
    const std::optional<std::string> reference = read_plan_reference(typed);
    if (!reference) {
        // A mistype the check symbol catches is not counted against the person.
        error("error.status_reference_invalid", "status_reference");
        return;
    }
    if (settings_.record_path.empty()) {
        error("error.status_no_record", "status_reference");
        return;
    }
    std::optional<PlanStatus> found;
    try {
        found = plan_status(DecisionStore::open_to_read(settings_.record_path), *reference);
    } catch (const OpenRasError&) {
        error("error.status_no_record", "status_reference");
        return;
    }
    if (!found) {
        count_look_up_miss();
        error("error.status_not_found", "status_reference");
        return;
    }
    status_misses_ = 0;
    found->person.assign(found->person.size(), '\0');  // the record's key is for staff only
    found->person.clear();
    journey_.status = std::move(found);
    show(Screen::Status);
}

}  // namespace openras::kiosk
