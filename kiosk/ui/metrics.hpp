#pragma once
// Sizes in pixels, from the text size the person chose and the screen's size. The floors are
// the kiosk's accessibility numbers: body text at least 32 px, touch targets at least 64 px
// (16 mm on a 21.5" 1080p screen) with at least 8 px between them.
namespace openras::kiosk {

inline constexpr float kMinBodyPixels = 32;
inline constexpr float kMinTargetPixels = 64;
inline constexpr float kMinTargetGapPixels = 8;

struct Metrics {
    float scale = 1;       // the chosen text scale
    float body = 32;       // body text
    float heading = 48;    // page headings
    float display = 80;    // the budget's amount
    // The top bar's display choices keep their size and place at every text size, so a finger
    // that taps A+ again never lands on High contrast: their own text, padding, height and gap.
    float bar_text = 36;
    float bar_pad = 16;
    float bar_target = 68;
    float bar_gap = 16;
    float key_text = 32;   // keyboard keys: grows to 1.5x, less on narrower screens, so ten fit a row
    float target = 72;     // the least height (and width) of anything that can be tapped
    float gap = 16;        // between tappable things
    float pad = 20;        // inside a button, around its words
    float border = 3;      // button and field borders
    float focus = 5;       // the focus ring's width
    float margin = 32;     // the page's edge
    float scrollbar = 48;  // a finger-sized scroll bar
    float width = 1920, height = 1080;  // the screen
    float column_x = 0, column_width = 1200;  // where the page's words go
};

Metrics metrics_for(float text_scale, float screen_width, float screen_height);

}  // namespace openras::kiosk
