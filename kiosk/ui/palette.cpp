#include "kiosk/ui/palette.hpp"

#include <algorithm>
#include <cmath>

namespace openras::kiosk {

namespace {
constexpr Rgb hex(std::uint32_t v) { return Rgb{std::uint8_t(v >> 16), std::uint8_t(v >> 8), std::uint8_t(v)}; }

double channel(std::uint8_t c) {
    const double s = c / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}
}  // namespace

double relative_luminance(Rgb c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

double contrast_ratio(Rgb a, Rgb b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// GOV.UK Design System colours where they reach 7:1; darker shades of them where they do not.
Palette normal_palette() {
    Palette p;
    p.page = hex(0xFFFFFF), p.text = hex(0x0B0C0C), p.secondary_text = hex(0x3D4448);
    p.header = hex(0x0B0C0C), p.header_text = hex(0xFFFFFF);
    p.primary = hex(0x005A30), p.primary_text = hex(0xFFFFFF);
    p.secondary = hex(0xE3E2E1), p.secondary_text_on = hex(0x0B0C0C);
    p.answer = hex(0xFFFFFF), p.answer_text = hex(0x0B0C0C), p.answer_border = hex(0x0B0C0C);
    p.chosen = hex(0x003078), p.chosen_text = hex(0xFFFFFF);
    p.pressed = hex(0x0B0C0C), p.pressed_text = hex(0xFFFFFF);
    p.focus = hex(0xFFDD00), p.focus_text = hex(0x0B0C0C), p.focus_edge = hex(0x0B0C0C);
    p.error = hex(0x942514), p.error_border = hex(0x942514);
    p.inset = hex(0xEAF2F8), p.inset_text = hex(0x0B0C0C), p.inset_border = hex(0x003078);
    p.warning = hex(0xFFFFFF), p.warning_text = hex(0x0B0C0C);
    p.field = hex(0xFFFFFF), p.field_text = hex(0x0B0C0C), p.field_border = hex(0x0B0C0C);
    p.bar = hex(0x003078), p.bar_reduced = hex(0x7B8389);
    p.scrollbar = hex(0xE3E2E1), p.scrollbar_grab = hex(0x505A5F);
    p.tag_grey = hex(0xE5E6E7), p.tag_grey_text = hex(0x282D30);
    p.tag_blue = hex(0xBBD4EA), p.tag_blue_text = hex(0x0C2D4A);
    p.tag_green = hex(0xCCE2D8), p.tag_green_text = hex(0x003D21);
    p.tag_red = hex(0xF4CDC6), p.tag_red_text = hex(0x2A0B06);
    return p;
}

// Yellow on black, as many people with low vision set their own screens.
Palette high_contrast_palette() {
    Palette p;
    p.page = hex(0x000000), p.text = hex(0xFFFFFF), p.secondary_text = hex(0xE0E0E0);
    p.header = hex(0x000000), p.header_text = hex(0xFFFF00);
    p.primary = hex(0xFFFF00), p.primary_text = hex(0x000000);
    p.secondary = hex(0x000000), p.secondary_text_on = hex(0xFFFFFF);
    p.answer = hex(0x000000), p.answer_text = hex(0xFFFFFF), p.answer_border = hex(0xFFFFFF);
    p.chosen = hex(0xFFFF00), p.chosen_text = hex(0x000000);
    p.pressed = hex(0xFFFFFF), p.pressed_text = hex(0x000000);
    p.focus = hex(0x00FFFF), p.focus_text = hex(0x000000), p.focus_edge = hex(0x000000);
    p.error = hex(0xFF9E9E), p.error_border = hex(0xFF9E9E);
    p.inset = hex(0x000000), p.inset_text = hex(0xFFFFFF), p.inset_border = hex(0xFFFF00);
    p.warning = hex(0x000000), p.warning_text = hex(0xFFFFFF);
    p.field = hex(0x000000), p.field_text = hex(0xFFFFFF), p.field_border = hex(0xFFFFFF);
    p.bar = hex(0xFFFF00), p.bar_reduced = hex(0x8C8C8C);
    p.scrollbar = hex(0x3A3A3A), p.scrollbar_grab = hex(0xFFFFFF);
    // Tags keep the page's black, told apart by their words and a coloured edge.
    p.tag_grey = hex(0x000000), p.tag_grey_text = hex(0xFFFFFF);
    p.tag_blue = hex(0x000000), p.tag_blue_text = hex(0x9ED8FF);
    p.tag_green = hex(0x000000), p.tag_green_text = hex(0xB6F5C9);
    p.tag_red = hex(0x000000), p.tag_red_text = hex(0xFF9E9E);
    return p;
}

std::vector<ColourPair> text_pairs(const Palette& p) {
    return {
        {"text on page", p.text, p.page},
        {"secondary text on page", p.secondary_text, p.page},
        {"header text", p.header_text, p.header},
        {"primary button", p.primary_text, p.primary},
        {"secondary button", p.secondary_text_on, p.secondary},
        {"answer", p.answer_text, p.answer},
        {"chosen answer", p.chosen_text, p.chosen},
        {"pressed button", p.pressed_text, p.pressed},
        {"focused item", p.focus_text, p.focus},
        {"error text on page", p.error, p.page},
        {"inset text", p.inset_text, p.inset},
        {"warning text", p.warning_text, p.warning},
        {"field text", p.field_text, p.field},
        {"text on page beside a chart bar", p.text, p.page},
        {"grey tag", p.tag_grey_text, p.tag_grey},
        {"blue tag", p.tag_blue_text, p.tag_blue},
        {"green tag", p.tag_green_text, p.tag_green},
        {"red tag", p.tag_red_text, p.tag_red},
    };
}

std::vector<ColourPair> graphic_pairs(const Palette& p) {
    return {
        {"answer border on page", p.answer_border, p.page},
        {"field border on page", p.field_border, p.page},
        {"error summary border on page", p.error_border, p.page},
        {"inset border on page", p.inset_border, p.page},
        {"focus ring on page", p.focus, p.focus_edge},
        {"focus edge on page", p.focus_edge == p.page ? p.focus : p.focus_edge, p.page},
        {"chart bar on page", p.bar, p.page},
        {"chart bar not counted on page", p.bar_reduced, p.page},
        {"scrollbar grab on its track", p.scrollbar_grab, p.scrollbar},
        {"primary button on page", p.primary, p.page},
        {"chosen answer on page", p.chosen, p.page},
    };
}

}  // namespace openras::kiosk
