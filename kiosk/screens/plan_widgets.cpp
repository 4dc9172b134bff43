#include "kiosk/screens/plan_widgets.hpp"

#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/text_layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace openras::kiosk {

namespace {

// Title and what is beneath it on the left, the action's button on the right, a rule below.
template <class Beneath>
bool row(Ui& ui, std::string_view id, std::string_view title, std::string_view action, Beneath&& beneath,
         std::string_view picture = {}) {
    const float action_width = button_width(ui, action, ButtonKind::Secondary);
    const float full_right = ui.column_right;
    const float top = ImGui::GetCursorPosY();
    ui.column_right = full_right - action_width - ui.m.gap * 2;
    pictured_text(ui, picture, title, TextStyle::Bold);
    beneath();
    ui.column_right = full_right;
    const float words_bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(full_right - action_width - ImGui::GetWindowPos().x, top));
    const bool tapped = button(ui, id, action, ButtonKind::Secondary);
    ImGui::SetCursorPosY(std::max(words_bottom, ImGui::GetCursorPosY()));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(full_right, at.y + 2), packed(ui.palette.secondary_text));
    vertical_space(ui, ui.m.gap * 0.5f);
    return tapped;
}

}  // namespace

bool task_row(Ui& ui, std::string_view id, std::string_view title, std::string_view status, std::string_view action,
              TagColour colour, std::string_view picture) {
    return row(ui, id, title, action, [&] { tag(ui, status, colour); }, picture);
}

bool finding_row(Ui& ui, std::string_view id, std::string_view title, std::string_view words, std::string_view action,
                 bool problem) {
    return row(ui, id, title, action, [&] { text(ui, words, problem ? TextStyle::Error : TextStyle::Secondary); });
}

std::string unit_key(const Ui& ui, Unit unit, long long count) {
    switch (unit) {
        case Unit::Hours: return ui.words->plural_key("plan.unit_hours", count);
        case Unit::Sessions: return ui.words->plural_key("plan.unit_sessions", count);
        case Unit::Nights: return ui.words->plural_key("plan.unit_nights", count);
        case Unit::Items: break;
    }
    return ui.words->plural_key("plan.unit_items", count);
}

bool summary_row(Ui& ui, std::string_view change_id, std::string_view key, std::string_view value) {
    return row(ui, change_id, key, ui.tr("check.change"), [&] { text(ui, value); });
}

TagColour task_status_colour(TaskStatus status) {
    switch (status) {
        case TaskStatus::NotStarted: return TagColour::Grey;
        case TaskStatus::InProgress: return TagColour::Blue;
        case TaskStatus::Completed: return TagColour::Green;
        case TaskStatus::HasProblem: return TagColour::Red;
    }
    return TagColour::Grey;
}

void budget_bar(Ui& ui, Money cost, Money budget) {
    const bool over = cost > budget;
    text(ui, ui.trf("plan.total", {{"cost", cost.to_string()}, {"budget", budget.to_string()}}), TextStyle::Bold);
    const Money left = over ? cost - budget : budget - cost;
    text(ui, ui.trf(over ? "plan.total_over" : "plan.total_left", {{"amount", left.to_string()}}),
         over ? TextStyle::Error : TextStyle::Body);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float full = ui.column_right - pos.x;
    const float height = std::max(28.0f, ui.m.body * 0.9f);
    const double most = double(std::max(cost, budget).pence());
    const float budget_end = most > 0 ? float(double(budget.pence()) / most) * full : full;
    const float cost_end = most > 0 ? float(double(cost.pence()) / most) * full : 0;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // The budget as an empty box the plan's cost fills, so nothing planned looks empty, not full.
    dl->AddRect(pos, ImVec2(pos.x + budget_end, pos.y + height), packed(ui.palette.bar_reduced), 0, 0, ui.m.border);
    dl->AddRectFilled(pos, ImVec2(pos.x + std::min(cost_end, budget_end), pos.y + height), packed(ui.palette.bar));
    if (over) dl->AddRectFilled(ImVec2(pos.x + budget_end, pos.y), ImVec2(pos.x + cost_end, pos.y + height), packed(ui.palette.error));
    // The budget's edge, so the end of the money shows whatever the colours.
    dl->AddRectFilled(ImVec2(pos.x + budget_end - 4, pos.y - 6), ImVec2(pos.x + budget_end, pos.y + height + 6), packed(ui.palette.text));
    ImGui::Dummy(ImVec2(full, height + 8));
    vertical_space(ui, ui.m.gap * 0.5f);
}

float full_width(const Ui& ui) { return ui.column_right - ImGui::GetCursorScreenPos().x; }

int stepper(Ui& ui, std::string_view id, std::string_view amount) {
    ButtonOptions square;
    square.width = ui.m.target * 1.25f;
    int tapped = 0;
    if (button(ui, std::string(id) + ".less", "\u2212", ButtonKind::Secondary, square)) tapped = -1;
    ImGui::SameLine(0, ui.m.gap);
    const float y = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(y + (ui.m.target - ui.m.body) / 2);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(text_width(ui.fonts.bold, amount), ui.fonts.bold->FontSize));
    draw_line(ImGui::GetWindowDrawList(), ui.fonts.bold, at, packed(ui.palette.text), amount);
    ui.text_log.add(amount);
    ui.speech.add(SpeechRole::Hint, amount);
    ImGui::SameLine(0, ui.m.gap);
    ImGui::SetCursorPosY(y);
    if (button(ui, std::string(id) + ".more", "+", ButtonKind::Secondary, square)) tapped = 1;
    return tapped;
}

void task_findings(const KioskFlow& flow, Ui& ui, PlanTask task) {
    if (!flow.plan_check()) return;
    for (const PlanFinding& f : flow.plan_check()->findings) {
        if (KioskFlow::task_for_field(f.field) != task) continue;
        const bool blocker = f.severity == FindingSeverity::Blocker;
        notice(ui, ui.tr(blocker ? "plan.finding_blocker" : "plan.finding_warning"), finding_words(ui, f, flow.built_plan()),
               blocker ? NoticeKind::Important : NoticeKind::Inset);
    }
}

std::string finding_words(const Ui& ui, const PlanFinding& f, const SupportPlan& plan) {
    const std::size_t dot = f.rule.find('.');
    const std::string key = "finding." + f.rule.substr(dot == std::string::npos ? 0 : dot + 1);
    if (!ui.words->has(key, ui.easy_read)) return std::string(ui.tr("finding.other"));
    std::vector<std::pair<std::string, std::string>> params;
    if (f.item >= 0) {
        const std::size_t item = std::size_t(f.item);
        params.emplace_back("number", std::to_string(f.item + 1));
        if (item < plan.lines.size()) params.emplace_back("line", plan.lines[item].description);
        if (item < plan.outcomes.size()) params.emplace_back("outcome", plan.outcomes[item].title);
    }
    // "plan.total" → {plan_total}
    for (const auto& [name, value] : f.figures) {
        std::string param = name;
        for (char& c : param)
            if (c == '.') c = '_';
        params.emplace_back(param, value);
    }
    return fill_placeholders(ui.tr(key), params);
}

std::string_view task_key(PlanTask task) {
    switch (task) {
        case PlanTask::Questions: return "plan.task_questions";
        case PlanTask::Outcomes: return "plan.task_outcomes";
        case PlanTask::Support: return "plan.task_support";
        case PlanTask::Money: return "plan.task_money";
        case PlanTask::Decisions: return "plan.task_decisions";
        case PlanTask::Safety: return "plan.task_safety";
    }
    return "";
}

std::string_view task_title(const Ui& ui, PlanTask task) { return ui.tr(task_key(task)); }

std::string task_status_text(const KioskFlow& flow, const Ui& ui, PlanTask task) {
    switch (flow.task_status(task)) {
        case TaskStatus::Completed: return std::string(ui.tr("plan.status_done"));
        case TaskStatus::InProgress: return std::string(ui.tr("plan.status_started"));
        case TaskStatus::HasProblem: return std::string(ui.tr("plan.status_problem"));
        case TaskStatus::NotStarted: break;
    }
    return std::string(ui.tr("plan.status_not_started"));
}

}  // namespace openras::kiosk
