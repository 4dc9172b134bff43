#include "kiosk/ui/layout.hpp"

#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/mirror.hpp"

#include <imgui.h>

#include <algorithm>
#include <imgui_internal.h>

#include <cmath>

namespace openras::kiosk {
namespace {

constexpr ImGuiWindowFlags kFixed = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                    ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_NoBringToFrontOnFocus;
// Children are "flattened" for navigation: Tab and the arrows move between the top bar, the
// page and the actions bar as if they were one.
constexpr ImGuiWindowFlags kChild = kFixed | ImGuiWindowFlags_NavFlattened;

// Scrolls the current window by the finger's movement once a touch that began on it has
// become a drag, and lets go of any button the finger first landed on.
void drag_to_scroll(Ui& ui) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const Gesture& g = ui.gesture;
    if (!g.down || !g.dragged) return;
    const float right = window->Pos.x + window->Size.x - (window->ScrollbarY ? ui.m.scrollbar : 0);
    const bool began_here = g.start_x >= window->Pos.x && g.start_x < right && g.start_y >= window->Pos.y &&
                            g.start_y < window->Pos.y + window->Size.y;
    if (!began_here) return;
    ImGui::SetScrollY(window, window->Scroll.y - ImGui::GetIO().MouseDelta.y);
    if (ImGui::GetActiveID() != 0) ImGui::ClearActiveID();
}

}  // namespace

// The bars are as slim as their buttons allow, leaving the most room for the page.
float bar_margin(const Ui& ui) { return std::max(kMinTargetGapPixels * 1.5f, ui.m.gap / 2); }
float top_bar_row_height(const Ui& ui) { return ui.m.bar_target + 2 * kMinTargetGapPixels * 1.5f; }
float top_bar_height(const Ui& ui) { return top_bar_row_height(ui) * (ui.speech_bar ? 2 : 1); }
// The actions bar's words grow with the text, but no more than the keys' (1.5 times, 1.25 on
// narrower screens): Back and Continue stay easy to read, and the largest text leaves the page
// room for a question and its first answers.
namespace {
float actions_pad(const Metrics& m) { return std::min(m.pad, std::round(12 + 8 * (m.key_text / 32))); }
float actions_target(const Metrics& m) { return std::max(kMinTargetPixels, std::round(m.key_text + 2 * actions_pad(m))); }
}  // namespace
float actions_height(const Ui& ui) { return actions_target(ui.m) + 2 * bar_margin(ui) + ui.m.border; }

void begin_page(Ui&) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    // Keyboard and switch users start with the page focused, so Tab works from the first press.
    if (GImGui->NavWindow == nullptr) ImGui::SetNextWindowFocus();
    ImGui::Begin("kiosk", nullptr, kFixed | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
}

void end_page(Ui&) { ImGui::End(); }

void begin_top_bar(Ui& ui) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, vec4(ui.palette.header));
    ImGui::SetCursorPos(ImVec2(0, 0));
    ImGui::BeginChild("top-bar", ImVec2(ui.m.width, top_bar_height(ui)), false, kChild | ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPos(ImVec2(ui.m.margin, kMinTargetGapPixels * 1.5f));
    // Its controls are drawn with the bar's own sizes, whatever the text size (metrics.hpp).
    ui.saved_metrics = ui.m;
    ui.m.pad = ui.m.bar_pad;
    ui.m.target = ui.m.bar_target;
    ui.m.gap = ui.m.bar_gap;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ui.m.bar_gap, ui.m.bar_gap));
    ui.speech.place = SpeechPlace::TopBar;
}

void end_top_bar(Ui& ui) {
    ui.speech.place = SpeechPlace::Content;
    ImGui::PopStyleVar();
    ui.m = ui.saved_metrics;
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void begin_content(Ui& ui, const char* id) {
    const float height = ui.m.height - top_bar_height(ui) - actions_height(ui) - ui.dock_height;
    ImGui::SetCursorPos(ImVec2(0, top_bar_height(ui)));
    ImGui::BeginChild(id, ImVec2(ui.m.width, height), false,
                      ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NavFlattened);
    drag_to_scroll(ui);
    if (ui.scroll_request >= 0) {
        ImGui::SetScrollY(ui.scroll_request);
        ui.scroll_request = -1;
    }
    ImGui::Indent(ui.m.column_x);
    ImGui::Dummy(ImVec2(1, ui.m.gap / 2));
    ui.column_right = ImGui::GetWindowPos().x + ui.m.column_x + ui.m.column_width;
}

void end_content(Ui& ui) {
    // Room below the last thing, above the bar: a target's height at least, so that a button
    // at the end of the page is never a finger's slip from the bar's Back.
    ImGui::Dummy(ImVec2(1, std::max(ui.m.gap * 2, ui.m.target)));
    ImGui::Unindent(ui.m.column_x);
    ImGui::EndChild();
}

void reserve_dock(Ui& ui, float height) { ui.dock_height = height; }

float dock_gap(const Ui& ui) { return std::max(kMinTargetGapPixels * 1.5f, ui.m.gap / 2); }

float dock_key_height(const Ui& ui, int rows) {
    const float room = ui.m.height * 0.42f - 2 * bar_margin(ui) - float(rows - 1) * dock_gap(ui);
    return std::clamp(std::floor(room / float(rows)), kMinTargetPixels, ui.m.target);
}

void begin_dock(Ui& ui) {
    ui.speech.place = SpeechPlace::Dock;
    const float top = ui.m.height - actions_height(ui) - ui.dock_height;
    ImGui::SetCursorPos(ImVec2(0, top));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + ui.m.width, at.y + ui.m.border),
                                              packed(ui.palette.answer_border));
    ImGui::BeginChild("dock", ImVec2(ui.m.width, ui.dock_height), false, kChild | ImGuiWindowFlags_NoScrollbar);
    // Keys keep their order in every language, under the page's column (mirror.hpp).
    page_mirror().set_dock(ImGui::GetWindowDrawList(), at.y, at.y + ui.dock_height, at.x + ui.m.column_x,
                           at.x + ui.m.column_x + ui.m.column_width);
    ImGui::SetCursorPosY(bar_margin(ui) + ui.m.border);
    ImGui::Indent(ui.m.column_x);
    ui.column_right = ImGui::GetWindowPos().x + ui.m.column_x + ui.m.column_width;
}

void end_dock(Ui& ui) {
    ui.speech.place = SpeechPlace::Content;
    ImGui::Unindent(ui.m.column_x);
    ImGui::EndChild();
    ui.dock_height = 0;  // each page reserves its own, every frame
}

void begin_actions(Ui& ui) {
    ui.speech.place = SpeechPlace::Actions;
    ImGui::SetCursorPos(ImVec2(0, ui.m.height - actions_height(ui)));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + ui.m.width, at.y + ui.m.border),
                                              packed(ui.palette.answer_border));
    ImGui::BeginChild("actions", ImVec2(ui.m.width, actions_height(ui)), false, kChild | ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPos(ImVec2(ui.m.column_x, bar_margin(ui) + ui.m.border));
    ui.column_right = ImGui::GetWindowPos().x + ui.m.column_x + ui.m.column_width;
    ui.saved_metrics = ui.m;
    ui.saved_bold = ui.fonts.bold;
    ui.m.pad = actions_pad(ui.m);
    ui.m.target = actions_target(ui.m);
    ui.fonts.bold = ui.fonts.key;
}

void end_actions(Ui& ui) {
    ui.speech.place = SpeechPlace::Content;
    ui.m = ui.saved_metrics;
    ui.fonts.bold = ui.saved_bold;
    ImGui::EndChild();
}

void align_right(Ui& ui, float width) {
    ImGui::SameLine();
    const float x = ui.column_right - width - ImGui::GetWindowPos().x;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), x));
}

}  // namespace openras::kiosk
