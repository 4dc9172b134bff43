#pragma once
// Everything a screen draws with, in one plain struct passed by reference (hello_imgui's
// AppState habit): the wording, the colours, the sizes, the fonts, and the touch state.
#include "kiosk/text/wording.hpp"
#include "kiosk/ui/fonts.hpp"
#include "kiosk/ui/metrics.hpp"
#include "kiosk/ui/palette.hpp"
#include "kiosk/ui/speech_log.hpp"
#include "kiosk/ui/widget_registry.hpp"

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace openras::kiosk {

// One finger (or mouse button) on the screen, from press to release. Once it has moved more
// than a few pixels it is a drag: it scrolls the page and never counts as a tap.
struct Gesture {
    bool down = false;
    bool dragged = false;
    float start_x = 0, start_y = 0;
};

class PictureShelf;

struct Ui {
    const Wording* words = nullptr;
    PictureShelf* pictures = nullptr;  // Easy Read's pictures; none: words only
    bool easy_read = false;
    Palette palette;
    Metrics m;
    FontSet fonts;
    WidgetRegistry registry;
    Metrics saved_metrics;  // the page's sizes while the top bar or the actions bar draws with its own
    ImFont* saved_bold = nullptr;  // the page's bold font while the actions bar draws with its own
    TextLog text_log;
    SpeechLog speech;
    std::string tapped;  // the id of the widget tapped this frame, if any: speech says what it did
    // The top bar's speech controls ask; the app's SpeechController does it after the frame.
    enum class SpeechAsk { None, Listen, StopListening, Pause, CarryOn, Repeat, Slower, Quieter, Louder };
    SpeechAsk speech_ask = SpeechAsk::None;
    bool speech_paused = false;  // the controller's state, shown by the Pause button
    bool speech_bar = false;     // speech is on: the top bar has a second row of speech controls
    bool speech_slow = false;    // the Slower toggle's state
    Gesture gesture;
    float column_right = 0;  // screen x where the page's words wrap, set by begin_content()
    float dock_height = 0;   // the keyboard's or number pad's room this frame (layout.hpp)
    // A typed key, or a new page, asks for the box that shows what is typed to be brought into
    // view on the next frame (widgets.hpp typed_box_in_view).
    bool reveal_field = false;
    bool page_opened = false;  // this frame is a page's first
    struct Field {
        Rect rect, visible;
    } field;  // the last typed box drawn, and how much of it was on the screen
    std::string focused;        // the id of the widget with keyboard or switch focus, if any
    std::string focus_shown;    // the same, when its focus ring shows (reached by keys, not a tap)
    // Tab and Shift+Tab move focus through every tappable widget in reading order (ImGui 1.86
    // only tabs between text fields, so the kiosk does it itself from the widget registry).
    int tab_key = -1;           // the key index of Tab, taken from ImGui's key map
    std::string pending_focus;  // the widget Tab moves to, focused when it is drawn
    float scroll_request = -1;  // the tour's way to show the end of a long page; -1: none
    // The on-screen keyboard: the "ABC"/"abc" key turns capitals on or off for the next key,
    // and whether the letter keys show capitals on this frame (a sentence starts in capitals).
    bool keyboard_shift = false;
    bool keyboard_capitals = false;
    // A toggle tapped twice in quick succession (a tremor's double tap) would switch itself
    // off again: a second tap on the same toggle within this long is ignored. Keys and + and −
    // take every tap, as on a phone: what they did shows at once and is easily undone.
    double now = 0;                    // seconds, the kiosk's clock, set each frame
    double repeat_quiet_seconds = 0;   // FlowSettings::tap_quiet_seconds
    std::string last_toggle;           // id of the toggle last switched
    double last_toggle_at = -1e9;

    std::string_view tr(std::string_view key) const { return words->get(key, easy_read); }
    std::string trf(std::string_view key, std::initializer_list<std::pair<std::string_view, std::string>> params) const {
        return words->format(key, easy_read, params);
    }
};

// Movement, in pixels, after which a touch is a drag and not a tap.
inline constexpr float kDragThresholdPixels = 18;

// Called after ImGui::NewFrame(): clears last frame's records and follows the gesture.
void begin_ui_frame(Ui& ui);

}  // namespace openras::kiosk
