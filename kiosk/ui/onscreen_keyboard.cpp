#include "kiosk/ui/onscreen_keyboard.hpp"

#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/metrics.hpp"
#include "kiosk/ui/text_layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace openras::kiosk {
namespace {

// Ten keys a row, so every key is the same size; the ids are "key." and the character as
// written here (capitals for the letters, whichever case they type).
constexpr std::array<std::string_view, 4> kRows = {"1234567890", "QWERTYUIOP", "ASDFGHJKL'", "ZXCVBNM,.-"};

bool is_letter(char c) { return c >= 'A' && c <= 'Z'; }
char small(char c) { return is_letter(c) ? char(c - 'A' + 'a') : c; }

void type_char(PersonalText& text, char c, std::size_t max_length) {
    if (text.size() < max_length) text.push_back(c);
}

// Characters from a physical keyboard, if the kiosk has one.
void take_typed(PersonalText& text, std::size_t max_length) {
    ImGuiIO& io = ImGui::GetIO();
    for (ImWchar c : io.InputQueueCharacters)
        if (c >= 0x20 && c < 0x7F) type_char(text, char(c), max_length);
    zero_memory(io.InputQueueCharacters.Data, std::size_t(io.InputQueueCharacters.Size) * sizeof(ImWchar));
    io.InputQueueCharacters.resize(0);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace)) && !text.empty()) text.pop_back();
}

}  // namespace

bool starts_sentence(std::string_view typed) {
    const std::size_t last = typed.find_last_not_of(' ');
    if (last == std::string_view::npos) return true;
    return typed[last] == '.' && last + 1 < typed.size();
}

bool starts_name_word(std::string_view typed) {
    if (typed.empty()) return true;
    const char last = typed.back();
    if (last == ' ' || last == '-') return true;
    if (last != '\'' || typed.size() < 2) return false;
    // "O'" and "D'": one letter, at the start of a word, before the apostrophe.
    const char letter = typed[typed.size() - 2];
    const bool word_start = typed.size() == 2 || typed[typed.size() - 3] == ' ' || typed[typed.size() - 3] == '-';
    return word_start && std::isupper(static_cast<unsigned char>(letter)) != 0;
}

void text_field(Ui& ui, std::string_view label, const PersonalText& text, bool has_error) {
    const Metrics& m = ui.m;
    openras::kiosk::text(ui, label, TextStyle::Bold);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = std::min(ui.column_right - pos.x, 28 * m.body);
    ImFont* font = ui.fonts.body;
    const std::string_view shown(text.data(), text.size());
    // Longer words wrap inside the field, which grows to hold them all: nothing typed is
    // ever hidden past its edge. The caret follows the last line.
    const float inner = width - 2 * m.pad - 6;
    const std::vector<std::string_view> lines = shown.empty() ? std::vector<std::string_view>{} : wrapped_lines(font, shown, inner);
    const float line_height = font->FontSize * kLineSpacing;
    const float words_height = font->FontSize + float(std::max<std::size_t>(lines.size(), 1) - 1) * line_height;
    const float height = std::max(m.target + m.pad, words_height + 2 * m.pad);
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + width, pos.y + height);
    dl->AddRectFilled(pos, end, packed(ui.palette.field));
    const Rgb edge = has_error ? ui.palette.error_border : ui.palette.field_border;
    dl->AddRect(pos, end, packed(edge), 0, 0, m.border * (has_error ? 2 : 1.5f));
    const float top = pos.y + (height - words_height) / 2;
    float y = top;
    for (std::string_view line : lines) {
        dl->AddText(font, font->FontSize, ImVec2(pos.x + m.pad, y), packed(ui.palette.field_text), line.data(), line.data() + line.size());
        y += line_height;
    }
    // From the last line's start to the very end, so spaces just typed move the caret on.
    const std::string_view last = lines.empty() ? std::string_view() : shown.substr(std::size_t(lines.back().data() - shown.data()));
    const float caret_y = top + float(std::max<std::size_t>(lines.size(), 1) - 1) * line_height;
    const float typed = last.empty() ? 0 : font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, last.data(), last.data() + last.size()).x;
    const float caret = pos.x + m.pad + typed + 2;
    dl->AddRectFilled(ImVec2(caret, caret_y), ImVec2(caret + 3, caret_y + font->FontSize), packed(ui.palette.field_text));
    ui.text_log.add(shown);
}

void onscreen_keyboard(Ui& ui, PersonalText& text, std::size_t max_length, KeyboardCapitals capitals_at) {
    take_typed(text, max_length);
    const Metrics& m = ui.m;
    const float start_x = ImGui::GetCursorPosX();
    const float available = ui.column_right - ImGui::GetCursorScreenPos().x;
    // Ten keys a row must fit the column at any text size: the keys' own gap and letters are
    // kept a little smaller than the page's, never below the 64 px and 8 px floors.
    const float gap = std::max(kMinTargetGapPixels * 1.5f, m.gap / 2);
    const float key = std::clamp((available - 9 * gap) / 10, kMinTargetPixels, m.target * 1.4f);
    ButtonOptions options;
    options.width = key;
    options.font = ui.fonts.key;
    options.min_height = m.target;
    const std::string_view typed_so_far(text.data(), text.size());
    const bool starts = capitals_at == KeyboardCapitals::Words ? starts_name_word(typed_so_far) : starts_sentence(typed_so_far);
    const bool capitals = starts != ui.keyboard_shift;
    ui.keyboard_capitals = capitals;
    // A key typed turns the capitals key off again, as on a phone: it is for one letter.
    const auto typed = [&](char c) {
        type_char(text, c, max_length);
        ui.keyboard_shift = false;
    };
    for (std::string_view row : kRows) {
        bool first = true;
        for (char c : row) {
            if (!first) ImGui::SameLine(0, gap);
            first = false;
            const std::string id = std::string("key.") + c;
            const char shown = capitals ? c : small(c);
            if (button(ui, id, std::string_view(&shown, 1), ButtonKind::Key, options)) typed(shown);
        }
        // The rows sit as close as the keys in a row. ImGui leaves its paragraph spacing
        // (twice the keys' gap) after each row; a spacer item would add it a second time
        // and push the last row off the screen.
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + gap);
    }
    ImGui::SetCursorPosX(start_x);
    ButtonOptions wide = options;
    wide.width = key * 3 + gap * 2;
    // The key says what it will do: show capitals, or show small letters.
    if (button(ui, "key.shift", ui.tr(capitals ? "keyboard.small_letters" : "keyboard.capitals"), ButtonKind::Key, wide))
        ui.keyboard_shift = !ui.keyboard_shift;
    ImGui::SameLine(0, gap);
    wide.width = key * 4 + gap * 3;
    if (button(ui, "key.space", ui.tr("keyboard.space"), ButtonKind::Key, wide)) typed(' ');
    ImGui::SameLine(0, gap);
    wide.width = key * 3 + gap * 2;
    if (button(ui, "key.delete", ui.tr("keyboard.delete"), ButtonKind::Key, wide) && !text.empty()) text.pop_back();
}

}  // namespace openras::kiosk
