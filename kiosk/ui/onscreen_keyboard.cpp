#include "kiosk/ui/onscreen_keyboard.hpp"

#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/metrics.hpp"
#include "kiosk/ui/mirror.hpp"
#include "kiosk/ui/text_layout.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace openras::kiosk {
namespace {

// Eleven keys a row, so every key is the same size: the letters as on a UK keyboard, and at the
// row ends what people write in a message or an address (£ @ ? /). The ids are "key." and the
// key as written here (capitals for the letters, whichever case they type). UTF-8: "£" is two
// bytes, one key.
constexpr int kKeysInARow = 11;
constexpr int kKeyboardRows = 5;  // four of characters, then capitals, space and delete
constexpr std::array<std::string_view, 4> kRows = {"1234567890£", "QWERTYUIOP@", "ASDFGHJKL'?", "ZXCVBNM,.-/"};

// The language's own letters ("ŴŶ", "ŁŻ", as capitals; `keyboard.letters` in its wording), a
// row of their own above the others, so a name like Łukasz or Siân can be typed; none in English.
std::string_view language_letters(const Ui& ui) { return ui.words->get("keyboard.letters", false); }
int rows_for(const Ui& ui) { return kKeyboardRows + (language_letters(ui).empty() ? 0 : 1); }

// A letter in small letters or capitals, any script ICU knows ("Ł" → "ł").
std::string in_case(std::string_view letter, bool capital) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(letter.data(), int32_t(letter.size())));
    if (capital) u.toUpper(); else u.toLower();
    std::string out;
    u.toUTF8String(out);
    return out;
}

bool is_letter(char c) { return c >= 'A' && c <= 'Z'; }
char small(char c) { return is_letter(c) ? char(c - 'A' + 'a') : c; }

// A whole character or nothing: never half of a two-byte "£" at the end of the room.
void type_chars(PersonalText& text, std::string_view c, std::size_t max_length) {
    if (text.size() + c.size() > max_length) return;
    for (char byte : c) text.push_back(byte);
}

// Characters from a physical keyboard, if the kiosk has one: printable ASCII, and the Latin-1
// characters the kiosk's fonts hold (£, é ...) as UTF-8.
void take_typed(PersonalText& text, std::size_t max_length) {
    ImGuiIO& io = ImGui::GetIO();
    for (ImWchar c : io.InputQueueCharacters) {
        if (c >= 0x20 && c < 0x7F) {
            const char one = char(c);
            type_chars(text, std::string_view(&one, 1), max_length);
        } else if (c >= 0xA0 && c < 0x800) {
            const char two[2] = {char(0xC0 | (c >> 6)), char(0x80 | (c & 0x3F))};
            type_chars(text, std::string_view(two, 2), max_length);
        } else if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
            const char three[3] = {char(0xE0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3F)), char(0x80 | (c & 0x3F))};
            type_chars(text, std::string_view(three, 3), max_length);
        }
    }
    zero_memory(io.InputQueueCharacters.Data, std::size_t(io.InputQueueCharacters.Size) * sizeof(ImWchar));
    io.InputQueueCharacters.resize(0);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace))) delete_last_character(text);
}

}  // namespace

std::vector<std::string_view> characters_of(std::string_view text) {
    std::vector<std::string_view> characters;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = 1;
        while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
        characters.push_back(text.substr(i, n));
        i += n;
    }
    return characters;
}

KeyPress key_for(std::string_view character, bool capitals_showing) {
    if (character == " ") return {"key.space", false};
    if (character.size() > 1) {
        // A letter of the language's own row ("ł" is on the key "Ł"), or a symbol ("£").
        const std::string upper = in_case(character, true), lower = in_case(character, false);
        if (upper != lower) return {"key." + upper, (character == upper) != capitals_showing};
        return {"key." + std::string(character), false};
    }
    const char c = character.size() == 1 ? character[0] : '\0';
    const bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0;
    const bool capital = std::isupper(static_cast<unsigned char>(c)) != 0;
    const std::string key = character.size() == 1 ? std::string(1, char(std::toupper(static_cast<unsigned char>(c)))) : std::string(character);
    return {"key." + key, letter && capital != capitals_showing};
}

void delete_last_character(PersonalText& text) {
    // Continuation bytes first, then the byte that starts the character.
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
    if (!text.empty()) text.pop_back();
}

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

void text_field(Ui& ui, std::string_view label, const PersonalText& text, bool has_error, bool masked) {
    const Metrics& m = ui.m;
    openras::kiosk::text(ui, label, TextStyle::Bold);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = std::min(ui.column_right - pos.x, 28 * m.body);
    ImFont* font = ui.fonts.body;
    PersonalText dots;
    if (masked)
        for (std::size_t i = 0; i < characters_of(std::string_view(text.data(), text.size())).size(); ++i) dots += "\u2022";
    const std::string_view shown = masked ? std::string_view(dots.data(), dots.size()) : std::string_view(text.data(), text.size());
    // Longer words wrap inside the field, which grows to hold them all: nothing typed is
    // ever hidden past its edge. The caret follows the last line.
    const float inner = width - 2 * m.pad - 6;
    const std::vector<std::string_view> lines = shown.empty() ? std::vector<std::string_view>{} : wrapped_lines(font, shown, inner);
    const float line_height = font->FontSize * kLineSpacing;
    const float words_height = font->FontSize + float(std::max<std::size_t>(lines.size(), 1) - 1) * line_height;
    const float height = std::max(m.target + m.pad, words_height + 2 * m.pad);
    ImGui::Dummy(ImVec2(width, height));
    typed_box_in_view(ui, pos, ImVec2(pos.x + width, pos.y + height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + width, pos.y + height);
    dl->AddRectFilled(pos, end, packed(ui.palette.field));
    const Rgb edge = has_error ? ui.palette.error_border : ui.palette.field_border;
    dl->AddRect(pos, end, packed(edge), 0, 0, m.border * (has_error ? 2 : 1.5f));
    const float top = pos.y + (height - words_height) / 2;
    float y = top;
    // The typed words and the caret after them stay together, upright, on a mirrored page.
    PageMirror& mirror = page_mirror();
    const int first = mirror.begin_upright(dl);
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
    float widest = caret + 3 - pos.x - m.pad;
    for (std::string_view line : lines) widest = std::max(widest, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, line.data(), line.data() + line.size()).x);
    mirror.end_upright(dl, first, pos.x + m.pad, pos.x + m.pad + widest);
    if (!masked) ui.text_log.add(shown);
    if (masked) {
        ui.speech.add(SpeechRole::Masked, shown);  // dots: only how many is spoken
    } else {
        SpokenPrivately personal(ui.speech);
        ui.speech.add(SpeechRole::Field, shown);
    }
}

float keyboard_height(const Ui& ui) {
    return float(rows_for(ui)) * dock_key_height(ui, rows_for(ui)) + float(rows_for(ui) - 1) * dock_gap(ui) +
           2 * bar_margin(ui) + ui.m.border;
}

void onscreen_keyboard(Ui& ui, PersonalText& text, std::size_t max_length, KeyboardCapitals capitals_at) {
    const std::size_t size_before = text.size();
    take_typed(text, max_length);
    const float start_x = ImGui::GetCursorPosX();
    const float available = ui.column_right - ImGui::GetCursorScreenPos().x;
    // Eleven keys a row must fit the column, and five rows the dock, at any text size: the
    // keys' own gap and letters are kept a little smaller than the page's, never below the
    // 64 px and 8 px floors.
    const float gap = dock_gap(ui);
    const float height = dock_key_height(ui, rows_for(ui));
    const float key = std::clamp((available - (kKeysInARow - 1) * gap) / kKeysInARow, kMinTargetPixels, height * 1.5f);
    ButtonOptions options;
    options.width = key;
    options.font = ui.fonts.key;
    options.min_height = height;
    options.pad = std::max(4.0f, std::min(ui.m.pad, (height - ui.fonts.key->FontSize) / 2));
    const std::string_view typed_so_far(text.data(), text.size());
    const bool starts = capitals_at == KeyboardCapitals::Always ? true
                        : capitals_at == KeyboardCapitals::Words ? starts_name_word(typed_so_far)
                                                                 : starts_sentence(typed_so_far);
    const bool capitals = starts != ui.keyboard_shift;
    ui.keyboard_capitals = capitals;
    // A key typed turns the capitals key off again, as on a phone: it is for one letter.
    const auto typed = [&](std::string_view c) {
        type_chars(text, c, max_length);
        ui.keyboard_shift = false;
        ui.reveal_field = true;
    };
    std::vector<std::string_view> rows;
    if (!language_letters(ui).empty()) rows.push_back(language_letters(ui));
    rows.insert(rows.end(), kRows.begin(), kRows.end());
    for (std::string_view row : rows) {
        bool first = true;
        for (std::string_view c : characters_of(row)) {
            if (!first) ImGui::SameLine(0, gap);
            first = false;
            const std::string id = "key." + std::string(c);
            // "£" is a symbol; "Ł" a letter, shown and typed in the case the keys show.
            const bool wide_letter = c.size() > 1 && in_case(c, false) != std::string(c);
            const char letter = capitals || c.size() > 1 ? c[0] : small(c[0]);
            const std::string shown = wide_letter ? in_case(c, capitals) : c.size() > 1 ? std::string(c) : std::string(1, letter);
            if (button(ui, id, shown, ButtonKind::Key, options)) typed(shown);
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
    wide.width = key * 5 + gap * 4;
    if (button(ui, "key.space", ui.tr("keyboard.space"), ButtonKind::Key, wide)) typed(" ");
    ImGui::SameLine(0, gap);
    wide.width = key * 3 + gap * 2;
    if (button(ui, "key.delete", ui.tr("keyboard.delete"), ButtonKind::Key, wide)) delete_last_character(text);
    // Whatever changed the words, the field they show in comes into view on the next frame.
    if (text.size() != size_before) ui.reveal_field = true;
}

}  // namespace openras::kiosk
