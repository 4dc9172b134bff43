#include "kiosk/ui/widgets.hpp"

#include "kiosk/flow/preferences.hpp"
#include "kiosk/ui/pictures.hpp"

#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/mirror.hpp"
#include "kiosk/ui/text_layout.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace openras::kiosk {
namespace {

struct Look {
    Rgb fill, words, edge;
    bool has_edge = false;
};

Look look_for(const Ui& ui, ButtonKind kind, bool chosen, bool held) {
    const Palette& p = ui.palette;
    if (held) return {p.pressed, p.pressed_text, p.pressed_text, false};
    switch (kind) {
        case ButtonKind::Primary: return {p.primary, p.primary_text, p.primary, false};
        case ButtonKind::Answer:
        case ButtonKind::Toggle:
            if (chosen) return {p.chosen, p.chosen_text, p.chosen, false};
            return {p.answer, p.answer_text, p.answer_border, true};
        case ButtonKind::Secondary:
        case ButtonKind::Key: return {p.secondary, p.secondary_text_on, p.answer_border, true};
    }
    return {};
}

ImFont* font_for(const Ui& ui, ButtonKind kind, const ButtonOptions& o) {
    if (o.font) return o.font;
    return kind == ButtonKind::Answer ? ui.fonts.body : ui.fonts.bold;
}

bool has_marker(ButtonKind kind) { return kind == ButtonKind::Answer || kind == ButtonKind::Toggle; }
bool has_picture(const Ui& ui, ButtonKind kind, const ButtonOptions& o) {
    return has_marker(kind) && !o.picture.empty() && ui.pictures != nullptr;
}
float marker_space(const Ui& ui, ImFont* font) { return font->FontSize * 1.1f + ui.m.pad; }

// A picture in a square of `size` at `at`, kept in proportion and centred, on a white tile with
// a thin edge, so it reads the same on a chosen answer's dark fill and in high contrast;
// nothing when it is missing (the words beside it say everything).
void draw_picture(Ui& ui, ImDrawList* dl, std::string_view name, ImVec2 at, float size) {
    const LoadedPicture& p = ui.pictures->get(name, kPictureSizes[std::size_t(text_step_for_scale(ui.m.scale))]);
    if (p.texture == nullptr || p.width <= 0 || p.height <= 0) return;
    // Moved to its mirrored place on a right-to-left page, never turned round.
    PageMirror& mirror = page_mirror();
    const int first = mirror.begin_upright(dl);
    const float left = at.x;
    const ImVec2 end(at.x + size, at.y + size);
    dl->AddRectFilled(at, end, IM_COL32(255, 255, 255, 255), 6);
    dl->AddRect(at, end, packed(ui.palette.field_border), 6, 0, 2);
    const float inset = std::round(size * 0.06f);
    at = ImVec2(at.x + inset, at.y + inset);
    size -= 2 * inset;
    const float fit = size / float(std::max(p.width, p.height));
    const float w = float(p.width) * fit, h = float(p.height) * fit;
    const ImVec2 min(std::round(at.x + (size - w) / 2), std::round(at.y + (size - h) / 2));
    dl->AddImage(ImTextureID(p.texture), min, ImVec2(min.x + w, min.y + h));
    mirror.end_upright(dl, first, left, left + size + 2 * inset);
}

// The round radio marker of an answer, or the square tick box of a toggle.
// A tick is a tick in every language: moved to its mirrored place, never turned round.
void draw_marker(const Ui& ui, ImDrawList* dl, ButtonKind kind, ImVec2 at, float size, bool chosen, ImU32 colour) {
    const float b = std::max(3.0f, ui.m.border);
    PageMirror& mirror = page_mirror();
    const int first = mirror.begin_upright(dl);
    if (kind == ButtonKind::Answer) {
        const ImVec2 c(at.x + size / 2, at.y + size / 2);
        dl->AddCircle(c, size / 2 - b / 2, colour, 32, b);
        if (chosen) dl->AddCircleFilled(c, size / 2 - b * 2.2f, colour, 32);
        mirror.end_upright(dl, first, at.x, at.x + size);
        return;
    }
    dl->AddRect(at, ImVec2(at.x + size, at.y + size), colour, 0, 0, b);
    if (chosen) {
        const ImVec2 pts[] = {{at.x + size * 0.2f, at.y + size * 0.52f},
                              {at.x + size * 0.42f, at.y + size * 0.74f},
                              {at.x + size * 0.8f, at.y + size * 0.28f}};
        dl->AddPolyline(pts, 3, colour, 0, b * 1.4f);
    }
    mirror.end_upright(dl, first, at.x, at.x + size);
}

// Where the page shows `laid_out` on a right-to-left page: mirrored, or in the dock moved.
Rect on_screen(const Ui& ui, Rect laid_out) {
    return page_mirror().on_screen(laid_out, ui.speech.place == SpeechPlace::Dock);
}

// Targets are recorded where they show on the screen, which is where a finger taps them.
void record_target(Ui& ui, std::string_view id, ImVec2 min, ImVec2 max, std::string_view label, bool chosen) {
    const Rect rect{min.x, min.y, max.x - min.x, max.y - min.y};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 cmin = dl->GetClipRectMin(), cmax = dl->GetClipRectMax();
    const Rect visible = intersection(rect, Rect{cmin.x, cmin.y, cmax.x - cmin.x, cmax.y - cmin.y});
    ui.registry.add(id, on_screen(ui, rect), visible.empty() ? visible : on_screen(ui, visible), label, chosen);
}

// Gives the last item keyboard focus (Tab's target), shows the ring and scrolls it into view.
void take_focus(Ui& ui) {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGui::FocusWindow(window);
    ImGui::SetFocusID(g.LastItemData.ID, window);
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    ImGui::ScrollToBringRectIntoView(window, g.LastItemData.Rect);
    ui.pending_focus.clear();
}

}  // namespace

void typed_box_in_view(Ui& ui, ImVec2 min, ImVec2 max) {
    if (ui.reveal_field || ui.page_opened) {
        // With room above for its label, and a little below.
        // Two lines: the label, and an error message beside the field if there is one.
        // A box taller than the room (a long reason at the largest text) shows its end, where
        // the caret is.
        ImGuiWindow* window = ImGui::GetCurrentWindow();
        const float above = 2 * ui.fonts.bold->FontSize * kLineSpacing + ui.m.gap;
        const float below = ui.m.gap;
        const float room = window->InnerRect.GetHeight() - 2 * ui.m.gap;
        const float top = std::max(min.y - above, max.y + below - room);
        ImGui::ScrollToBringRectIntoView(window, ImRect(ImVec2(min.x, top), ImVec2(max.x, max.y + below)));
        ui.reveal_field = false;
    }
    const Rect rect{min.x, min.y, max.x - min.x, max.y - min.y};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 cmin = dl->GetClipRectMin(), cmax = dl->GetClipRectMax();
    const Rect visible = intersection(rect, Rect{cmin.x, cmin.y, cmax.x - cmin.x, cmax.y - cmin.y});
    ui.field = {on_screen(ui, rect), visible.empty() ? visible : on_screen(ui, visible)};
}

float button_width(const Ui& ui, std::string_view label, ButtonKind kind, const ButtonOptions& o) {
    if (o.width > 0) return o.width;
    ImFont* font = font_for(ui, kind, o);
    if (kind == ButtonKind::Answer) return std::max(ui.m.target, ui.column_right - ImGui::GetCursorScreenPos().x);
    const float words = text_width(font, label);
    const float marker = (has_marker(kind) ? marker_space(ui, font) : 0) +
                         (has_picture(ui, kind, o) ? picture_size(ui) + ui.m.pad : 0);
    // A pixel or two to spare, so the words never wrap for want of a rounding error.
    return std::max(ui.m.target, std::ceil(words) + 2 + marker + 2 * (o.pad > 0 ? o.pad : ui.m.pad));
}

namespace {

// How button() lays out its words: the font, the room for a marker, the padding, where they wrap.
struct ButtonLayout {
    ImFont* font;
    float width, marker, pad, picture, wrap;
    ImVec2 words;
    float height;
};

ButtonLayout button_layout(const Ui& ui, std::string_view label, ButtonKind kind, const ButtonOptions& o) {
    ButtonLayout l{};
    l.font = font_for(ui, kind, o);
    l.width = button_width(ui, label, kind, o);
    l.marker = has_marker(kind) ? marker_space(ui, l.font) : 0;
    l.pad = o.pad > 0 ? o.pad : ui.m.pad;
    l.picture = has_picture(ui, kind, o) ? picture_size(ui) : 0;
    l.wrap = l.width - 2 * l.pad - l.marker - (l.picture > 0 ? l.picture + l.pad : 0);
    l.words = measure_wrapped(l.font, label, l.wrap);
    // A picture's own tile frames it: half the padding above and below is enough.
    l.height = std::max({o.min_height > 0 ? o.min_height : ui.m.target, l.words.y + 2 * l.pad, l.picture + l.pad});
    return l;
}

}  // namespace

float button_height(const Ui& ui, std::string_view label, ButtonKind kind, const ButtonOptions& options) {
    return button_layout(ui, label, kind, options).height;
}

bool button(Ui& ui, std::string_view id, std::string_view label, ButtonKind kind, const ButtonOptions& o) {
    const Metrics& m = ui.m;
    const ButtonLayout layout = button_layout(ui, label, kind, o);
    ImFont* font = layout.font;
    const float width = layout.width, marker = layout.marker, pad = layout.pad, wrap = layout.wrap, height = layout.height;
    const float picture = layout.picture, words_x = marker + (picture > 0 ? picture + pad : 0);
    const ImVec2 words = layout.words;

    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const std::string imgui_id(id);
    bool tapped = ImGui::InvisibleButton(imgui_id.c_str(), ImVec2(width, height));
    // A finger that dragged the page is scrolling, not choosing.
    if (tapped && ui.gesture.dragged && ImGui::GetIO().MouseReleased[0]) tapped = false;
    if (tapped && kind == ButtonKind::Toggle) {
        if (ui.last_toggle == id && ui.now - ui.last_toggle_at < ui.repeat_quiet_seconds) tapped = false;
        else ui.last_toggle.assign(id), ui.last_toggle_at = ui.now;
    }
    const bool held = ImGui::IsItemActive() && ImGui::IsItemHovered() && !ui.gesture.dragged;
    const ImVec2 end(pos.x + width, pos.y + height);
    record_target(ui, id, pos, end, label, o.chosen);
    if (ui.pending_focus == id) take_focus(ui);

    const Look look = look_for(ui, kind, o.chosen, held);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, end, packed(look.fill));
    if (look.has_edge) dl->AddRect(pos, end, packed(look.edge), 0, 0, m.border);
    const float text_x = kind == ButtonKind::Answer || kind == ButtonKind::Toggle
                             ? pos.x + pad + words_x
                             : pos.x + (width - words.x) / 2;
    if (picture > 0) draw_picture(ui, dl, o.picture, ImVec2(pos.x + pad + marker, pos.y + (height - picture) / 2), picture);
    const float text_y = pos.y + (height - words.y) / 2;
    if (has_marker(kind)) {
        const float size = font->FontSize * 1.1f;
        draw_marker(ui, dl, kind, ImVec2(pos.x + pad, pos.y + (height - size) / 2), size, o.chosen, packed(look.words));
    }
    draw_wrapped(dl, font, ImVec2(text_x, text_y), packed(look.words), label, wrap);
    ui.text_log.add(label);
    ui.speech.add(kind == ButtonKind::Answer ? SpeechRole::Answer : kind == ButtonKind::Toggle ? SpeechRole::Toggle : SpeechRole::Button,
                  label, id, o.chosen);
    if (tapped) ui.tapped = std::string(id);
    if (ImGui::IsItemFocused()) {
        ui.focused = std::string(id);
        // Reached by Tab or a switch, not by a tap: speech says it (speech_controller.hpp).
        if (!GImGui->NavDisableHighlight) ui.focus_shown = ui.focused;
    }
    focus_ring(ui);
    return tapped;
}

void focus_ring(Ui& ui) {
    ImGuiContext& g = *GImGui;
    if (!ImGui::IsItemFocused() || g.NavDisableHighlight) return;
    const ImRect r = g.LastItemData.Rect;
    const float f = ui.m.focus;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRectFullScreen();
    // GOV.UK's focus style: a yellow ring with a black edge, visible on any background.
    dl->AddRect(ImVec2(r.Min.x - f, r.Min.y - f), ImVec2(r.Max.x + f, r.Max.y + f), packed(ui.palette.focus), 0, 0, f * 2);
    dl->AddRect(ImVec2(r.Min.x - 2 * f, r.Min.y - 2 * f), ImVec2(r.Max.x + 2 * f, r.Max.y + 2 * f),
                packed(ui.palette.focus_edge), 0, 0, 3);
    dl->AddRect(r.Min, r.Max, packed(ui.palette.focus_edge), 0, 0, 3);
    dl->PopClipRect();
}

namespace {

ImFont* style_font(const Ui& ui, TextStyle style) {
    switch (style) {
        case TextStyle::Heading: return ui.fonts.heading;
        case TextStyle::Display: return ui.fonts.display;
        case TextStyle::Bold:
        case TextStyle::Error: return ui.fonts.bold;
        default: return ui.fonts.body;
    }
}

Rgb style_colour(const Ui& ui, TextStyle style) {
    switch (style) {
        case TextStyle::Secondary:
        case TextStyle::Caption: return ui.palette.secondary_text;
        case TextStyle::Error: return ui.palette.error;
        default: return ui.palette.text;
    }
}

}  // namespace

void text(Ui& ui, std::string_view words, TextStyle style) {
    ImFont* font = style_font(ui, style);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float wrap = std::max(ui.m.target, ui.column_right - pos.x);
    const float spacing = style == TextStyle::Heading || style == TextStyle::Display ? kHeadingLineSpacing : kLineSpacing;
    const ImVec2 size = measure_wrapped(font, words, wrap, spacing);
    ImGui::Dummy(ImVec2(std::max(size.x, 1.0f), size.y));
    draw_wrapped(ImGui::GetWindowDrawList(), font, pos, packed(style_colour(ui, style)), words, wrap, spacing);
    ui.text_log.add(words);
    ui.speech.add(style == TextStyle::Heading ? SpeechRole::Heading : style == TextStyle::Caption ? SpeechRole::Caption
                  : style == TextStyle::Error ? SpeechRole::Error : SpeechRole::Hint, words);
}

void heading(Ui& ui, std::string_view words) { text(ui, words, TextStyle::Heading); }

std::string_view picture_for(const Ui& ui, std::string_view key) {
    if (!ui.easy_read || ui.pictures == nullptr) return {};
    const std::string full = "picture." + std::string(key);
    return ui.words->has(full, true) ? ui.words->get(full, true) : std::string_view();
}

std::string_view answer_picture(const Ui& ui, std::string_view question, std::string_view answer) {
    const std::string_view own = picture_for(ui, "answer." + std::string(question) + "." + std::string(answer));
    return own.empty() ? picture_for(ui, "answer." + std::string(answer)) : own;
}

float picture_size(const Ui& ui) {
    const float made = float(kPictureSizes[std::size_t(text_step_for_scale(ui.m.scale))]);
    return std::min(made, std::round(3 * ui.m.body));
}

void pictured_notice(Ui& ui, std::string_view picture, std::string_view title, std::string_view words, NoticeKind kind) {
    if (picture.empty() || ui.pictures == nullptr) return notice(ui, title, words, kind);
    if (title.empty()) return pictured_text(ui, picture, words);
    pictured_text(ui, picture, title, TextStyle::Bold, words);
}

void pictured_text(Ui& ui, std::string_view picture, std::string_view words, TextStyle style, std::string_view more) {
    if (picture.empty() || ui.pictures == nullptr) {
        text(ui, words, style);
        if (!more.empty()) text(ui, more);
        return;
    }
    const float size = picture_size(ui), gap = ui.m.gap;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    if (const PictureEntry* entry = ui.pictures->list().find(picture)) ui.speech.add(SpeechRole::Picture, entry->words);
    draw_picture(ui, ImGui::GetWindowDrawList(), picture, pos, size);
    ImGui::Indent(size + gap);
    text(ui, words, style);
    if (!more.empty()) text(ui, more);
    ImGui::Unindent(size + gap);
    // The next thing starts below the picture or the words, whichever is lower.
    const float below = pos.y + size + ImGui::GetStyle().ItemSpacing.y;
    if (ImGui::GetCursorScreenPos().y < below) ImGui::Dummy(ImVec2(1, below - ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y));
}

void tag(Ui& ui, std::string_view words, TagColour colour) {
    const Palette& p = ui.palette;
    const Rgb fill = colour == TagColour::Grey ? p.tag_grey : colour == TagColour::Blue ? p.tag_blue
                   : colour == TagColour::Green ? p.tag_green : p.tag_red;
    const Rgb ink = colour == TagColour::Grey ? p.tag_grey_text : colour == TagColour::Blue ? p.tag_blue_text
                  : colour == TagColour::Green ? p.tag_green_text : p.tag_red_text;
    ImFont* font = ui.fonts.body;
    const float pad_x = std::round(ui.m.pad * 0.5f), pad_y = std::round(ui.m.pad * 0.25f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float wrap = std::max(ui.m.target, ui.column_right - pos.x - 2 * pad_x);
    const ImVec2 size = measure_wrapped(font, words, wrap);
    const ImVec2 end(pos.x + size.x + 2 * pad_x, pos.y + size.y + 2 * pad_y);
    ImGui::Dummy(ImVec2(end.x - pos.x, end.y - pos.y));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, end, packed(fill));
    // In high contrast the fill is the page's black: an edge in the words' colour shows the box.
    if (fill == p.page) dl->AddRect(pos, end, packed(ink), 0, 0, ui.m.border);
    draw_wrapped(dl, font, ImVec2(pos.x + pad_x, pos.y + pad_y), packed(ink), words, wrap);
    ui.text_log.add(words);
    ui.speech.add(SpeechRole::Hint, words);
}

void vertical_space(Ui&, float pixels) { ImGui::Dummy(ImVec2(1, pixels)); }

namespace {

// Words inside a box with a thick left edge; returns nothing, advances the cursor.
void boxed(Ui& ui, std::string_view title, std::string_view words, Rgb fill, Rgb words_colour, Rgb edge, float edge_width,
           bool full_border, SpeechRole role = SpeechRole::Hint) {
    const Metrics& m = ui.m;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = std::max(m.target, ui.column_right - pos.x);
    const float inner = width - edge_width - 2 * m.pad;
    const ImVec2 t = title.empty() ? ImVec2(0, 0) : measure_wrapped(ui.fonts.bold, title, inner);
    const ImVec2 w = words.empty() ? ImVec2(0, 0) : measure_wrapped(ui.fonts.body, words, inner);
    const float between = (!title.empty() && !words.empty()) ? m.gap : 0;
    const float height = t.y + w.y + between + 2 * m.pad;
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + width, pos.y + height);
    dl->AddRectFilled(pos, end, packed(fill));
    if (full_border) dl->AddRect(pos, end, packed(edge), 0, 0, edge_width);
    else dl->AddRectFilled(pos, ImVec2(pos.x + edge_width, end.y), packed(edge));
    const float x = pos.x + edge_width + m.pad;
    float y = pos.y + m.pad;
    if (!title.empty()) y += draw_wrapped(dl, ui.fonts.bold, ImVec2(x, y), packed(words_colour), title, inner) + between;
    if (!words.empty()) draw_wrapped(dl, ui.fonts.body, ImVec2(x, y), packed(words_colour), words, inner);
    ui.text_log.add(title);
    ui.text_log.add(words);
    ui.speech.add(role, title);
    ui.speech.add(role, words);
}

}  // namespace

void notice(Ui& ui, std::string_view title, std::string_view words, NoticeKind kind) {
    const Palette& p = ui.palette;
    const float edge = kind == NoticeKind::Important ? ui.m.border * 3 : ui.m.border * 3;
    boxed(ui, title, words, p.inset, p.inset_text, p.inset_border, edge, kind == NoticeKind::Important);
}

void error_summary(Ui& ui, const std::vector<std::string>& messages) {
    if (messages.empty()) return;
    std::string all;
    for (const std::string& message : messages) all += (all.empty() ? "" : "\n") + message;
    const Palette& p = ui.palette;
    boxed(ui, ui.tr("error.summary_title"), all, p.page, p.error, p.error_border, ui.m.border * 2, true, SpeechRole::Error);
    vertical_space(ui, ui.m.gap);
}

void error_message(Ui& ui, std::string_view message) {
    text(ui, std::string(ui.tr("error.prefix")) + " " + std::string(message), TextStyle::Error);
}

}  // namespace openras::kiosk
