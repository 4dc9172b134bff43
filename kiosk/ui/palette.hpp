#pragma once
// The kiosk's colours, normal and high contrast, kept free of ImGui so the contrast test can
// read them directly. Every pair of text and the background it sits on must reach 7:1
// (WCAG 2.2 AAA, 1.4.6); borders, bars and the focus ring must reach 3:1 against what is
// around them (1.4.11). text_pairs() and graphic_pairs() list exactly the pairs the screens
// draw, and the test checks each one.
//
// The GOV.UK green #00703C with white text is only 6.2:1, so buttons use GOV.UK's darker
// green #005A30 (8.4:1).
#include <cstdint>
#include <string_view>
#include <vector>

namespace openras::kiosk {

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
};

// WCAG 2.x relative luminance and contrast ratio.
double relative_luminance(Rgb colour);
double contrast_ratio(Rgb a, Rgb b);

struct Palette {
    Rgb page, text, secondary_text;        // the page and its words
    Rgb header, header_text;               // the bar at the top
    Rgb primary, primary_text;             // Continue, Start
    Rgb secondary, secondary_text_on;      // Back, Change, other buttons
    Rgb answer, answer_text, answer_border;  // an answer not chosen
    Rgb chosen, chosen_text;               // the answer chosen, a toggle that is on
    Rgb pressed, pressed_text;             // any button while a finger is on it
    Rgb focus, focus_text, focus_edge;     // keyboard and switch focus: GOV.UK yellow and black
    Rgb error, error_border;               // error text on the page; the error summary's edge
    Rgb inset, inset_text, inset_border;   // notices such as the panel referral
    Rgb warning, warning_text;             // the idle warning's panel
    Rgb field, field_text, field_border;   // the text field
    Rgb bar, bar_reduced;                  // the chart's bars: points counted, and not counted
    Rgb scrollbar, scrollbar_grab;
    // GOV.UK tags: a task's status in a tinted box with darker words of the same colour.
    Rgb tag_grey, tag_grey_text;           // Not started
    Rgb tag_blue, tag_blue_text;           // In progress
    Rgb tag_green, tag_green_text;         // Completed
    Rgb tag_red, tag_red_text;             // There is a problem to put right
    bool operator==(const Palette&) const = default;
};

Palette normal_palette();
Palette high_contrast_palette();

struct ColourPair {
    std::string_view name;
    Rgb foreground, background;
};
std::vector<ColourPair> text_pairs(const Palette& palette);
std::vector<ColourPair> graphic_pairs(const Palette& palette);

inline constexpr double kTextContrastMinimum = 7.0;
inline constexpr double kGraphicContrastMinimum = 3.0;

}  // namespace openras::kiosk
