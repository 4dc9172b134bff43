#pragma once
// Wrapped text with generous line spacing (WCAG 1.4.12 asks that 1.5 × the font size not
// break anything; ImGui's own text uses about 1.15), measured and drawn the same way.
#include <imgui.h>

#include <string_view>
#include <vector>

namespace openras::kiosk {

inline constexpr float kLineSpacing = 1.4f;
// Headings are short and large: GOV.UK sets them closer (about 1.2); a little more here.
inline constexpr float kHeadingLineSpacing = 1.25f;

// The size `words` takes in `font` wrapped at `wrap_width` pixels.
ImVec2 measure_wrapped(ImFont* font, std::string_view words, float wrap_width, float spacing = kLineSpacing);
// The lines `words` wraps into: broken at spaces (and at "\n"), never inside a word or an
// amount such as "£17,937.14", unless one word is wider than the whole line.
std::vector<std::string_view> wrapped_lines(ImFont* font, std::string_view words, float wrap_width);
// Draws `words` from `pos` (top left) and returns the height used.
float draw_wrapped(ImDrawList* list, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view words, float wrap_width,
                   float spacing = kLineSpacing);

// One line, unwrapped: its width, and drawing it from `pos` (top left).
float text_width(ImFont* font, std::string_view words);
void draw_line(ImDrawList* list, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view words);

// Words in a script that needs shaping (Urdu) are laid out and drawn by Pango when the kiosk has
// a shaper (shaped_text.hpp): wrapped by Pango at `wrap_width`, each paragraph aligned the way
// its language reads. On a mirrored page (mirror.hpp) every line is drawn upright.

// How many times draw_wrapped has had to break a word inside itself ("Dele / te") since the
// program started, and the last such text: a word too wide for its place is a layout mistake,
// and the tests at every text size look for it.
int words_broken_so_far();
std::string_view last_broken_words();

}  // namespace openras::kiosk
