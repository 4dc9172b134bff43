#include "kiosk/ui/shaped_text.hpp"

#include <imgui.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>

namespace openras::kiosk {
namespace {

// Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Arabic Extended, and the Hebrew and
// Arabic presentation forms (right to left); and the scripts of India and Sri Lanka, from
// Devanagari to Sinhala (Bengali, Gurmukhi, Gujarati, Tamil ...), whose letters also join and
// reorder, left to right. fontconfig finds each one's Noto font after the families below.
bool shaped_letter(char32_t c) {
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0x0900 && c <= 0x0DFF) || (c >= 0xFB1D && c <= 0xFEFF);
}

// Noto Naskh Arabic, not Nastaliq: Nastaliq's words climb and fall through 2.7 times the font's
// size (measured: 80 px of ink at 30 px), so a line of it needs twice the room of a line of
// English and would not fit the kiosk's buttons and bars; Naskh's fit within 1.2 times, and
// Urdu readers read it. DejaVu Sans after it, for digits, "£" and Latin names.
constexpr const char* kFamilies = "Noto Naskh Arabic, DejaVu Sans";
// Naskh's letters sit a little smaller in their em than DejaVu's: drawn this much larger, they
// read the same size.
constexpr float kScriptScale = 1.1f;
// Naskh's marks above and below (the madda of آ, the dots of ی) reach further than Latin's
// accents: a line of it is given this much more room than a line of English, and its first line
// 1.1 times the font's size where English has 1.
constexpr float kLineRoom = 1.0f;
constexpr float kFirstLineRoom = 1.1f;
// Frames a piece of text is kept after it was last shown (a minute at 30 frames a second, and
// the kiosk draws no frames when nothing changes).
constexpr long kKeepFrames = 1800;

std::string cache_key(float pixels, bool bold, float wrap_width, float spacing, bool right_to_left, std::string_view words) {
    std::string key = std::to_string(int(std::lround(pixels * 4))) + (bold ? "b" : "r") + (right_to_left ? "R" : "L") +
                      std::to_string(int(std::lround(wrap_width))) + "s" + std::to_string(int(std::lround(spacing * 100))) + "|";
    key.append(words);
    return key;
}

TextShaper* g_shaper = nullptr;

}  // namespace

bool needs_shaping(std::string_view words) {
    const auto* s = reinterpret_cast<const unsigned char*>(words.data());
    const std::size_t n = words.size();
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char b = s[i];
        if (b < 0xC0) continue;
        if (b < 0xE0 && i + 1 < n) {
            if (shaped_letter(char32_t((b & 0x1F) << 6 | (s[i + 1] & 0x3F)))) return true;
        } else if (b < 0xF0 && i + 2 < n) {
            if (shaped_letter(char32_t((b & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F)))) return true;
        }
    }
    return false;
}

std::string money_kept_in_order(std::string_view words) {
    static constexpr std::string_view kPound = "\u00a3", kMinus = "\u2212";
    static constexpr std::string_view kIsolate = "\u2066", kEndIsolate = "\u2069";
    std::string out;
    out.reserve(words.size() + 16);
    std::size_t i = 0;
    while (i < words.size()) {
        const std::size_t pound = words.find(kPound, i);
        if (pound == std::string_view::npos) break;
        std::size_t start = pound;
        if (start >= kMinus.size() && words.substr(start - kMinus.size(), kMinus.size()) == kMinus) start -= kMinus.size();
        else if (start >= 1 && words[start - 1] == '-') start -= 1;
        std::size_t end = pound + kPound.size();
        auto digit = [&](std::size_t at) { return at < words.size() && words[at] >= '0' && words[at] <= '9'; };
        while (end < words.size() && (digit(end) || ((words[end] == ',' || words[end] == '.') && digit(end + 1)))) ++end;
        out.append(words.substr(i, start - i));
        out.append(kIsolate);
        out.append(words.substr(start, end - start));
        out.append(kEndIsolate);
        i = end;
    }
    out.append(words.substr(i));
    return out;
}

// One font map and context for the shaper's life: fontconfig is asked once, not per text.
struct TextShaper::Pango {
    PangoFontMap* map = nullptr;
    PangoContext* context = nullptr;
    Pango() {
        map = pango_cairo_font_map_new();
        context = pango_font_map_create_context(map);
        // Grey antialiasing and no hinting: the same shapes and sizes on every machine, so the
        // reference pictures in the tests hold.
        cairo_font_options_t* options = cairo_font_options_create();
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        pango_cairo_context_set_font_options(context, options);
        cairo_font_options_destroy(options);
        pango_context_set_language(context, pango_language_from_string("ur"));
    }
    ~Pango() {
        g_object_unref(context);
        g_object_unref(map);
    }
};

TextShaper::TextShaper(std::function<void*(const unsigned char*, int, int)> make_texture, std::function<void(void*)> free_texture)
    : pango_(std::make_unique<Pango>()), make_texture_(std::move(make_texture)), free_texture_(std::move(free_texture)) {}

TextShaper::TextShaper() : TextShaper(nullptr, nullptr) {}

TextShaper::~TextShaper() {
    forget_all();
    if (g_shaper == this) g_shaper = nullptr;
}

ShapedPicture TextShaper::shape(const ShapeRequest& request) const {
    PangoLayout* layout = pango_layout_new(pango_->context);
    std::string words = money_kept_in_order(request.words);
    if (request.right_to_left) {
        // A right-to-left mark starts each paragraph: its first strong letter, so its direction.
        static constexpr std::string_view kMark = "\u200f";
        words.insert(0, kMark);
        for (std::size_t at = words.find('\n'); at != std::string::npos; at = words.find('\n', at + 1 + kMark.size()))
            words.insert(at + 1, kMark);
    }
    pango_layout_set_text(layout, words.data(), int(words.size()));
    PangoFontDescription* font = pango_font_description_from_string(kFamilies);
    pango_font_description_set_absolute_size(font, double(request.pixels * kScriptScale) * PANGO_SCALE);
    pango_font_description_set_weight(font, request.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    PangoAttrList* attributes = pango_attr_list_new();
    pango_attr_list_insert(attributes, pango_attr_line_height_new_absolute(
                                           int(std::lround(request.pixels * request.line_spacing * kLineRoom)) * PANGO_SCALE));
    pango_layout_set_attributes(layout, attributes);
    pango_attr_list_unref(attributes);
    if (request.wrap_width > 0) {
        pango_layout_set_width(layout, int(request.wrap_width * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD);
    }
    // Left, which Pango turns to right for a paragraph that starts right to left.
    pango_layout_set_auto_dir(layout, TRUE);
    pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT);

    PangoRectangle ink{}, logical{};
    pango_layout_get_pixel_extents(layout, &ink, &logical);
    ShapedPicture out;
    out.lines = pango_layout_get_line_count(layout);
    // The room it takes is measured as ImGui's text is (text_layout.cpp): the font's size for
    // the first line and the spacing for each after it, so a line of Urdu fits where a line of
    // English does. Pango centres each line in its line's height; so is the room.
    const float line_height = std::round(request.pixels * request.line_spacing * kLineRoom);
    const float first_line = std::round(request.pixels * kFirstLineRoom);
    out.width = float(logical.width);
    out.height = first_line + float(out.lines - 1) * line_height;
    const int above = int(std::lround((line_height - first_line) / 2));
    out.unknown_glyphs = pango_layout_get_unknown_glyphs_count(layout);
    // The picture covers the ink and the room both, a pixel to spare for antialiasing.
    const int x0 = std::min(ink.x, logical.x) - 1, y0 = std::min(ink.y, logical.y) - 1;
    const int x1 = std::max(ink.x + ink.width, logical.x + logical.width) + 1;
    const int y1 = std::max(ink.y + ink.height, logical.y + logical.height) + 1;
    out.ink_x = x0 - logical.x;
    out.ink_y = y0 - logical.y - above;
    out.ink_width = std::max(1, x1 - x0);
    out.ink_height = std::max(1, y1 - y0);

    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_A8, out.ink_width, out.ink_height);
    cairo_t* cr = cairo_create(surface);
    cairo_translate(cr, -x0, -y0);
    cairo_set_source_rgba(cr, 0, 0, 0, 1);
    pango_cairo_show_layout(cr, layout);
    cairo_surface_flush(surface);
    const unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    out.coverage.resize(std::size_t(out.ink_width) * std::size_t(out.ink_height));
    for (int y = 0; y < out.ink_height; ++y)
        std::copy_n(data + std::ptrdiff_t(y) * stride, out.ink_width, out.coverage.begin() + std::ptrdiff_t(y) * out.ink_width);
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
    g_object_unref(layout);
    return out;
}

const TextShaper::Placed& TextShaper::placed(ImFont* font, std::string_view words, float wrap_width, float line_spacing,
                                             bool right_to_left) {
    const bool bold = font != regular_;
    const std::string key = cache_key(font->FontSize, bold, wrap_width, line_spacing, right_to_left, words);
    auto found = cache_.find(key);
    if (found == cache_.end()) {
        const ShapedPicture picture = shape(ShapeRequest{words, font->FontSize, bold, wrap_width, line_spacing, right_to_left});
        ++shaped_;
        Entry entry;
        entry.placed = Placed{picture.width, picture.height, float(picture.ink_x), float(picture.ink_y),
                              float(picture.ink_width), float(picture.ink_height), nullptr};
        if (make_texture_) {
            // White, with the coverage as its alpha: drawn in any colour by ImGui's tint.
            std::vector<unsigned char> rgba(picture.coverage.size() * 4, 255);
            for (std::size_t i = 0; i < picture.coverage.size(); ++i) rgba[i * 4 + 3] = picture.coverage[i];
            entry.placed.texture = make_texture_(rgba.data(), picture.ink_width, picture.ink_height);
        }
        found = cache_.emplace(key, std::move(entry)).first;
    }
    found->second.last_frame = frame_;
    return found->second.placed;
}

void TextShaper::end_frame() {
    ++frame_;
    if (frame_ % 64 != 0) return;
    for (auto it = cache_.begin(); it != cache_.end();) {
        if (frame_ - it->second.last_frame > kKeepFrames) {
            if (free_texture_ && it->second.placed.texture != nullptr) free_texture_(it->second.placed.texture);
            it = cache_.erase(it);
        } else {
            ++it;
        }
    }
}

void TextShaper::forget_all() {
    if (free_texture_)
        for (auto& [key, entry] : cache_)
            if (entry.placed.texture != nullptr) free_texture_(entry.placed.texture);
    cache_.clear();
}

TextShaper* text_shaper() { return g_shaper; }

TextShaperInUse::TextShaperInUse(TextShaper& shaper) : previous_(g_shaper) { g_shaper = &shaper; }
TextShaperInUse::~TextShaperInUse() { g_shaper = previous_; }

}  // namespace openras::kiosk
