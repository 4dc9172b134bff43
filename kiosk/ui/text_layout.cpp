#include "kiosk/ui/text_layout.hpp"

#include <algorithm>

namespace openras::kiosk {
namespace {

// Calls `line(begin, end)` for each wrapped line and returns the widest.
template <class Fn>
float for_each_line(ImFont* font, std::string_view words, float wrap_width, Fn&& line) {
    const char* s = words.data();
    const char* end = words.data() + words.size();
    float widest = 0;
    while (s < end) {
        const char* newline = std::find(s, end, '\n');
        const char* stop = font->CalcWordWrapPositionA(1.0f, s, newline, std::max(wrap_width, 1.0f));
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

int line_count(ImFont* font, std::string_view words, float wrap_width, float* widest) {
    int lines = 0;
    *widest = for_each_line(font, words, wrap_width, [&](const char*, const char*) { ++lines; });
    return std::max(lines, 1);
}

}  // namespace

ImVec2 measure_wrapped(ImFont* font, std::string_view words, float wrap_width) {
    float widest = 0;
    const int lines = line_count(font, words, wrap_width, &widest);
    const float line_height = font->FontSize * kLineSpacing;
    return ImVec2(widest, font->FontSize + (lines - 1) * line_height);
}

float draw_wrapped(ImDrawList* list, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view words, float wrap_width) {
    const float line_height = font->FontSize * kLineSpacing;
    float y = pos.y;
    int lines = 0;
    for_each_line(font, words, wrap_width, [&](const char* b, const char* e) {
        list->AddText(font, font->FontSize, ImVec2(pos.x, y), colour, b, e);
        y += line_height;
        ++lines;
    });
    return font->FontSize + (std::max(lines, 1) - 1) * line_height;
}

}  // namespace openras::kiosk
