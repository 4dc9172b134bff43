// "Save and come back later" and "Carry on with a saved plan": a journey sealed with a code the
// person chooses (kiosk/flow/draft_store.hpp, saved_journey.hpp), found again by the draft's
// reference. Drafts that are not found count with the status look-ups' misses, so references
// cannot be tried one after another; a wrong code counts against the draft, which the last try
// deletes.
#include "kiosk/flow/kiosk_flow.hpp"

#include "alloc/record/plan_reference.hpp"
#include "kiosk/flow/draft_store.hpp"
#include "kiosk/flow/saved_journey.hpp"
#include "rules/error.hpp"

namespace openras::kiosk {

void KioskFlow::ask_to_save() {
    if (!can_save_draft()) return;
    saving_from_ = screen_;
    kiosk::wipe(journey_.draft_code);
    show(Screen::SaveDraft);
}

void KioskFlow::save_draft() {
    errors_.clear();
    if (!is_draft_code(journey_.draft_code)) {
        error("error.draft_code", "draft_code");
        return;
    }
    try {
        DraftStore drafts(settings_.drafts_path, settings_.record_clock);
        const PersonalText text = saved_journey_text(journey_, saving_from_ == Screen::PlanTasks ? SavedAt::Plan : SavedAt::Question);
        const SavedDraft saved = drafts.save(text, journey_.draft_code, settings_.draft_days, settings_.new_reference);
        journey_.saved_reference = saved.reference;
        journey_.saved_until = saved.expires_at;
        kiosk::wipe(journey_.draft_code);
        show(Screen::DraftSaved);
    } catch (const OpenRasError&) {
        error("error.draft_not_saved", "draft_code");
    }
}

void KioskFlow::open_resume() {
    if (!can_save_draft()) return;
    kiosk::wipe(journey_.draft_reference);
    kiosk::wipe(journey_.draft_code);
    show(Screen::ResumeReference);
}

void KioskFlow::continue_from_resume_reference() {
    errors_.clear();
    const std::string_view typed(journey_.draft_reference.data(), journey_.draft_reference.size());
    if (is_blank(journey_.draft_reference)) {
        error("error.draft_reference_missing", "draft_reference");
        return;
    }
    if (!read_plan_reference(typed)) {
        error("error.status_reference_invalid", "draft_reference");
        return;
    }
    kiosk::wipe(journey_.draft_code);
    show(Screen::ResumeCode);
}

void KioskFlow::resume_draft() {
    errors_.clear();
    if (told_to_wait("draft_code")) return;
    if (is_blank(journey_.draft_code)) {
        error("error.draft_code_missing", "draft_code");
        return;
    }
    const std::string_view typed(journey_.draft_reference.data(), journey_.draft_reference.size());
    PersonalText text;
    int tries_left = 0;
    DraftOpened opened = DraftOpened::NotFound;
    try {
        DraftStore drafts(settings_.drafts_path, settings_.record_clock);
        opened = drafts.open(typed, journey_.draft_code, text, tries_left);
    } catch (const OpenRasError&) {
        error("error.draft_not_saved", "draft_code");
        return;
    }
    kiosk::wipe(journey_.draft_code);
    switch (opened) {
        case DraftOpened::NotFound:
            count_look_up_miss();
            error("error.draft_not_found", "draft_code");
            return;
        case DraftOpened::WrongCode:
            error("error.draft_wrong_code", "draft_code", {{"tries", std::to_string(tries_left)}}, tries_left);
            return;
        case DraftOpened::Deleted: error("error.draft_deleted", "draft_code"); return;
        case DraftOpened::Found: break;
    }
    status_misses_ = 0;
    SavedAt at = SavedAt::Question;
    if (!read_saved_journey(text, rules(), journey_, at)) {
        kiosk::wipe(text);
        error("error.draft_unreadable", "draft_code");
        return;
    }
    kiosk::wipe(text);
    kiosk::wipe(journey_.draft_reference);
    journey_.date = settings_.today;
    if (at == SavedAt::Plan) {
        confirm_answers();  // the budget worked out again, with today's rules
        if (screen_ == Screen::Budget) show_task_list();
        return;
    }
    go_to_question(journey_.question);
}

}  // namespace openras::kiosk
