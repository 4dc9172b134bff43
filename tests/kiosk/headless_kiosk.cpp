#include "headless_kiosk.hpp"

#include "kiosk/ui/onscreen_keyboard.hpp"
#include "rules/ruleset_loader.hpp"

#include <cctype>

namespace openras::kiosk::testing {

FlowSettings test_settings() {
    FlowSettings s;
    s.today = boost::gregorian::date(2026, 5, 1);
    s.idle.idle_seconds = 120;
    s.idle.warning_seconds = 30;
    // These tests tap at machine speed, a frame or two apart, to test layout and the flow; the
    // journeys (tests/journeys/) tap at a person's speed and prove the quiet time after a page
    // changes.
    s.tap_quiet_seconds = 0;
    return s;
}

HeadlessKiosk::HeadlessKiosk(float width, float height, FlowSettings settings, SpeechOutput* speech)
    : platform_(width, height) {
    app_ = std::make_unique<KioskApp>(platform_, embedded_default_rule_set(), settings, Wording::built_in(),
                                      load_font_files(), speech);
    app_->ui().text_log.enabled = true;  // the tests read what was drawn
    settle(2);
}

void HeadlessKiosk::settle(int extra) {
    while (platform_.wait(0)) app_->frame();
    for (int i = 0; i < extra; ++i) app_->frame();
}

const Target& HeadlessKiosk::target(const std::string& id) {
    const Target* t = app_->ui().registry.find(id);
    if (t == nullptr) {
        ADD_FAILURE() << "no widget \"" << id << "\" on the " << screen_name(flow().screen()) << " screen";
        static const Target none{};
        return none;
    }
    return *t;
}

void HeadlessKiosk::drag(float x, float y, float dy) {
    platform_.pointer(x, y, false);
    platform_.pointer(x, y, true);
    const int steps = 6;
    for (int i = 1; i <= steps; ++i) platform_.pointer(x, y + dy * float(i) / steps, true);
    platform_.pointer(x, y + dy, false);
    settle(2);
}

void HeadlessKiosk::scroll_into_view(const std::string& id) {
    const Metrics& m = ui().m;
    for (int tries = 0; tries < 40; ++tries) {
        const Target& t = target(id);
        if (t.rect.w == 0) return;
        const bool whole = t.visible.w >= t.rect.w - 0.5f && t.visible.h >= t.rect.h - 0.5f;
        if (whole) return;
        // Drag on the page's left margin, where nothing can be tapped.
        const float step = std::min(300.0f, m.height / 4);
        drag(m.column_x / 2, m.height / 2, t.rect.y > m.height / 2 ? -step : step);
    }
    const Target& t = target(id);
    ADD_FAILURE() << "could not scroll \"" << id << "\" into view: " << t.rect.x << "," << t.rect.y << " " << t.rect.w
                  << "x" << t.rect.h << ", visible " << t.visible.x << "," << t.visible.y << " " << t.visible.w << "x"
                  << t.visible.h;
}

void HeadlessKiosk::tap(const std::string& id) {
    scroll_into_view(id);
    const Target& t = target(id);
    const float x = t.visible.centre_x(), y = t.visible.centre_y();
    platform_.pointer(x, y, false);
    platform_.pointer(x, y, true);
    platform_.pointer(x, y, false);
    settle(2);
}

void HeadlessKiosk::press_key(HeadlessKey key) {
    platform_.key(key, true);
    platform_.key(key, false);
    settle(2);
}

void HeadlessKiosk::type_on_screen(std::string_view text) {
    for (std::string_view c : characters_of(text)) {
        const KeyPress key = key_for(c, ui().keyboard_capitals);
        if (key.shift_first) tap("key.shift");
        tap(key.id);
    }
}

void HeadlessKiosk::answer(int option) {
    tap("answer." + std::to_string(option));
    tap("continue");
}

}  // namespace openras::kiosk::testing
