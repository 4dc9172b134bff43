#include "kiosk/ui/text_layout.hpp"

#include "kiosk/ui/mirror.hpp"
#include "kiosk/ui/shaped_text.hpp"

#include <algorithm>
#include <string>

namespace openras::kiosk {
namespace {

// Where the line from `s` must stop to fit `wrap_width`: at a space, never inside a word.
// (ImGui's own wrapping also breaks after "." and ",", which splits "£17,937.14" in two.)
// A word wider than the whole line is broken where ImGui would break it.
const char* wrap_position(ImFont* font, const char* s, const char* end, float wrap_width) {
    const char* fits = nullptr;  // the space before the last word that still fits
    float width = 0;
    const char* word = s;
    while (word < end) {
        const char* space = std::find(word, end, ' ');
        width += font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, word, space).x;
        if (width > wrap_width) break;
        if (space == end) return end;
        fits = space;
        const char* next = space;
        while (next < end && *next == ' ') ++next;
        width += font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, space, next).x;
        word = next;
    }
    if (fits) return fits;
    return font->CalcWordWrapPositionA(1.0f, s, end, wrap_width);
}

// Calls `line(begin, end)` for each wrapped line and returns the widest.
template <class Fn>
float for_each_line(ImFont* font, std::string_view words, float wrap_width, Fn&& line) {
    const char* s = words.data();
    const char* end = words.data() + words.size();
    float widest = 0;
    while (s < end) {
        const char* newline = std::find(s, end, '\n');
        const char* stop = wrap_position(font, s, newline, std::max(wrap_width, 1.0f));
        if (stop == s && stop < newline) ++stop;  // a word wider than the line: break it anyway
        const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s, stop);
        widest = std::max(widest, size.x);
        line(s, stop);
        s = stop;
        while (s < newline && (*s == ' ')) ++s;  // the spaces at the wrap belong to no line
        if (s == newline && newline < end) ++s;
    }
    return widest;
}

int broken_count = 0;
std::string& broken_words() {
    static std::string words;
    return words;
}

// Words in a script ImGui cannot draw go to Pango (shaped_text.hpp), when the kiosk has it.
TextShaper* shaper_for(std::string_view words) {
    TextShaper* shaper = text_shaper();
    return shaper != nullptr && needs_shaping(words) ? shaper : nullptr;
}

// Shaped words: one picture, placed at `pos`, upright on a mirrored page.
float draw_shaped(TextShaper& shaper, ImDrawList* list, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view words,
                  float wrap_width, float spacing) {
    const TextShaper::Placed& p = shaper.placed(font, words, wrap_width, spacing, page_mirror().on());
    PageMirror& mirror = page_mirror();
    const int first = mirror.begin_upright(list);
    if (p.texture != nullptr) {
        const ImVec2 min(pos.x + p.ink_x, pos.y + p.ink_y);
        list->AddImage(ImTextureID(p.texture), min, ImVec2(min.x + p.ink_width, min.y + p.ink_height), ImVec2(0, 0),
                       ImVec2(1, 1), colour);
    }
    mirror.end_upright(list, first, pos.x, pos.x + p.width);
    return p.height;
}

int line_count(ImFont* font, std::string_view words, float wrap_width, float* widest) {
    int lines = 0;
    *widest = for_each_line(font, words, wrap_width, [&](const char*, const char*) { ++lines; });
    return std::max(lines, 1);
}

}  // namespace

std::vector<std::string_view> wrapped_lines(ImFont* font, std::string_view words, float wrap_width) {
    std::vector<std::string_view> lines;
    for_each_line(font, words, wrap_width, [&](const char* b, const char* e) { lines.emplace_back(b, std::size_t(e - b)); });
    return lines;
}

ImVec2 measure_wrapped(ImFont* font, std::string_view words, float wrap_width, float spacing) {
    if (TextShaper* shaper = shaper_for(words)) {
        const TextShaper::Placed& p = shaper->placed(font, words, std::max(wrap_width, 1.0f), spacing, page_mirror().on());
        return ImVec2(p.width, p.height);
    }
    float widest = 0;
    const int lines = line_count(font, words, wrap_width, &widest);
    const float line_height = font->FontSize * spacing;
    return ImVec2(widest, font->FontSize + (lines - 1) * line_height);
}

float draw_wrapped(ImDrawList* list, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view words, float wrap_width,
                   float spacing) {
    if (TextShaper* shaper = shaper_for(words)) return draw_shaped(*shaper, list, font, pos, colour, words, std::max(wrap_width, 1.0f), spacing);
    const float line_height = font->FontSize * spacing;
    PageMirror& mirror = page_mirror();
    float y = pos.y;
    int lines = 0;
    const char* end = words.data() + words.size();
    for_each_line(font, words, wrap_width, [&](const char* b, const char* e) {
        if (e > b && e < end && *e != ' ' && *e != '\n' && e[-1] != ' ') {
            ++broken_count;
            broken_words().assign(words);
        }
        const int first = mirror.begin_upright(list);
        list->AddText(font, font->FontSize, ImVec2(pos.x, y), colour, b, e);
        if (mirror.on()) mirror.end_upright(list, first, pos.x, pos.x + font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, b, e).x);
        y += line_height;
        ++lines;
    });
    return font->FontSize + (std::max(lines, 1) - 1) * line_height;
}

float text_width(ImFont* font, std::string_view words) {
    if (TextShaper* shaper = shaper_for(words)) return shaper->placed(font, words, 0, kLineSpacing, page_mirror().on()).width;
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, words.data(), words.data() + words.size()).x;
}

void draw_line(ImDrawList* list, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view words) {
    if (TextShaper* shaper = shaper_for(words)) {
        draw_shaped(*shaper, list, font, pos, colour, words, 0, kLineSpacing);
        return;
    }
    PageMirror& mirror = page_mirror();
    const int first = mirror.begin_upright(list);
    list->AddText(font, font->FontSize, pos, colour, words.data(), words.data() + words.size());
    if (mirror.on()) mirror.end_upright(list, first, pos.x, pos.x + text_width(font, words));
}

int words_broken_so_far() { return broken_count; }
std::string_view last_broken_words() { return broken_words(); }

}  // namespace openras::kiosk
