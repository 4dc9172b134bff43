#include "kiosk/ui/number_pad.hpp"

#include "kiosk/flow/personal_text.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/metrics.hpp"
#include "kiosk/ui/text_layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

namespace openras::kiosk {
namespace {

struct PadSize {
    float key = 0, height = 0, gap = 0;
};

constexpr int kPadRows = 4;

// Wide enough for "Delete" in the keys' letters; as tall as the dock allows four rows to be.
PadSize pad_size(const Ui& ui, std::string_view delete_words) {
    const Metrics& m = ui.m;
    PadSize s;
    s.gap = dock_gap(ui);
    s.height = dock_key_height(ui, kPadRows);
    ImFont* font = ui.fonts.key;
    const float words = text_width(font, delete_words);
    s.key = std::max({s.height * 1.5f, kMinTargetPixels, std::ceil(words) + 2 + 2 * m.pad});
    return s;
}

}  // namespace

float number_pad_height(const Ui& ui) {
    return float(kPadRows) * dock_key_height(ui, kPadRows) + float(kPadRows - 1) * dock_gap(ui) + 2 * bar_margin(ui) +
           ui.m.border;
}

std::optional<char> number_pad(Ui& ui, std::string_view id_prefix, std::string_view delete_words, PadPoint point) {
    const PadSize s = pad_size(ui, delete_words);
    ButtonOptions key;
    key.width = s.key;
    key.font = ui.fonts.key;
    key.min_height = s.height;
    key.pad = std::max(4.0f, std::min(ui.m.pad, (s.height - ui.fonts.key->FontSize) / 2));
    const std::string prefix(id_prefix);
    std::optional<char> pressed;
    constexpr std::array<std::string_view, 3> rows = {"123", "456", "789"};
    const float start_x = ImGui::GetCursorPosX();
    const auto next_row = [&] {
        // The rows as close as the keys in a row: ImGui's own spacing taken back first.
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + s.gap);
        ImGui::SetCursorPosX(start_x);
    };
    for (std::string_view row : rows) {
        bool first = true;
        for (char c : row) {
            if (!first) ImGui::SameLine(0, s.gap);
            first = false;
            if (button(ui, prefix + "." + c, std::string_view(&c, 1), ButtonKind::Key, key)) pressed = c;
        }
        next_row();
    }
    if (point == PadPoint::Decimal) {
        if (button(ui, prefix + ".point", ".", ButtonKind::Key, key)) pressed = '.';
    } else {
        ImGui::Dummy(ImVec2(s.key, s.height));
    }
    ImGui::SameLine(0, s.gap);
    if (button(ui, prefix + ".0", "0", ButtonKind::Key, key)) pressed = '0';
    ImGui::SameLine(0, s.gap);
    if (button(ui, prefix + ".delete", delete_words, ButtonKind::Key, key)) pressed = '\b';
    return pressed;
}

void take_typed_pad_keys(PadPoint point, const std::function<void(char)>& key) {
    ImGuiIO& io = ImGui::GetIO();
    for (ImWchar c : io.InputQueueCharacters) {
        if (c >= '0' && c <= '9') key(char(c));
        else if (c == '.' && point == PadPoint::Decimal) key('.');
    }
    zero_memory(io.InputQueueCharacters.Data, std::size_t(io.InputQueueCharacters.Size) * sizeof(ImWchar));
    io.InputQueueCharacters.resize(0);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace))) key('\b');
}

}  // namespace openras::kiosk
