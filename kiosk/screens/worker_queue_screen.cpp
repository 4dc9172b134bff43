#include "kiosk/screens/worker_screens.hpp"

#include "alloc/io/dates.hpp"
#include "kiosk/screens/screens.hpp"
#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/onscreen_keyboard.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

#include <cctype>
#include <string>

namespace openras::kiosk {
namespace {

std::string queue_status(const Ui& ui, const QueueEntry& e) {
    std::string status = e.blockers > 0 ? ui.trf(ui.words->plural_key("worker.status_blockers", e.blockers), {{"count", std::to_string(e.blockers)}})
                                        : std::string(ui.tr("worker.status_ok"));
    if (e.refer_to_panel) status += " " + std::string(ui.tr("worker.status_panel"));
    return status;
}

std::string queue_costs(const Ui& ui, const QueueEntry& e) {
    if (!e.plan_weekly) return std::string(ui.tr("worker.costs_unknown"));
    return ui.trf("worker.costs", {{"plan", e.plan_weekly->to_string()},
                                   {"budget", e.budget_weekly ? e.budget_weekly->to_string() : std::string("?")}});
}

// The queue is on a screen the public can see: each person shows as their initials and their
// plan's number until a worker opens the case ("Mary O'Brien-Smith" is "M. O. (plan 21)").
std::string initials(std::string_view person) {
    std::string out;
    bool word_start = true;
    for (char c : person) {
        if (c == ' ') {
            word_start = true;
            continue;
        }
        if (word_start && std::isalnum(static_cast<unsigned char>(c)) != 0) {
            if (!out.empty()) out += ' ';
            out += char(std::toupper(static_cast<unsigned char>(c)));
            out += '.';
        }
        word_start = false;
    }
    return out.empty() ? std::string("?") : out;
}

void rule(Ui& ui) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(ui.column_right, at.y + 2), packed(ui.palette.secondary_text));
    vertical_space(ui, ui.m.gap);
}

}  // namespace

// Plans to check: each waiting plan, the oldest first, with what its check found and Open.
void draw_worker_queue_page(KioskFlow& flow, Ui& ui) {
    WorkerDesk& desk = flow.worker();
    begin_content(ui, "page.worker.queue");
    text(ui, ui.tr("worker.caption"), TextStyle::Caption);
    heading(ui, ui.tr("worker.queue_title"));
    text(ui, ui.trf("worker.signed_in", {{"name", desk.worker_name()}}), TextStyle::Secondary);
    if (desk.record_path().empty()) {
        notice(ui, "", ui.tr("worker.no_record"), NoticeKind::Important);
    } else if (!desk.queue_problem().empty()) {
        notice(ui, "", ui.trf("worker.queue_problem", {{"why", desk.queue_problem()}}), NoticeKind::Important);
    } else if (desk.queue().empty()) {
        notice(ui, "", ui.tr("worker.queue_empty"));
    } else {
        text(ui, ui.tr("worker.queue_intro"));
        // As wide as its words, but never wider than the column: long words wrap inside it.
        ButtonOptions find;
        find.width = std::min(button_width(ui, ui.tr("worker.find_button"), ButtonKind::Secondary),
                              ui.column_right - ImGui::GetCursorScreenPos().x);
        if (button(ui, "find", ui.tr("worker.find_button"), ButtonKind::Secondary, find)) desk.open_find();
        vertical_space(ui, ui.m.gap);
        rule(ui);
        for (std::size_t i = 0; i < desk.queue().size(); ++i) {
            const QueueEntry& e = desk.queue()[i];
            // The reference the person holds; plans from before references by their event.
            text(ui, ui.trf(e.reference.empty() ? "worker.queue_person" : "worker.queue_person_reference",
                            {{"initials", initials(e.person)}, {"plan", std::to_string(e.plan_event)}, {"reference", e.reference}}),
                 TextStyle::Heading);
            text(ui, ui.trf("worker.submitted", {{"when", uk_local_time(e.submitted_at)}}), TextStyle::Secondary);
            text(ui, queue_costs(ui, e));
            text(ui, queue_status(ui, e), e.blockers > 0 ? TextStyle::Bold : TextStyle::Body);
            if (button(ui, "case." + std::to_string(i), ui.tr("worker.open_case"), ButtonKind::Secondary)) {
                desk.open_case(int(i));
                break;  // the queue is not drawn further once a case is open
            }
            vertical_space(ui, ui.m.gap);
            rule(ui);
        }
    }
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "sign-out", ui.tr("worker.sign_out"))) flow.finish();
    end_actions(ui);
}

}  // namespace openras::kiosk

namespace openras::kiosk {

// Find a waiting plan by the reference the person reads out: typed in capitals on the keyboard.
void draw_worker_find_page(KioskFlow& flow, Ui& ui) {
    WorkerDesk& desk = flow.worker();
    reserve_dock(ui, keyboard_height(ui));
    begin_content(ui, "page.worker.find");
    draw_worker_errors(desk, ui);
    text(ui, ui.tr("worker.caption"), TextStyle::Caption);
    heading(ui, ui.tr("worker.find_title"));
    text(ui, ui.tr("worker.find_hint"), TextStyle::Secondary);
    const std::string problem = worker_field_error(desk, ui, "find_reference");
    if (!problem.empty()) error_message(ui, problem);
    text_field(ui, ui.tr("status.ask_label"), desk.find_reference(), !problem.empty());
    end_content(ui);

    begin_dock(ui);
    onscreen_keyboard(ui, desk.find_reference(), kMaxTypedPlanReference, KeyboardCapitals::Always);
    end_dock(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "find-case", ui.tr("worker.open_case"))) desk.find_case();
    end_actions(ui);
}

}  // namespace openras::kiosk
