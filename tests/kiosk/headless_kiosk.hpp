#pragma once
// Drives the real kiosk screens with no window: an ImGui context with a built font atlas and
// no renderer, a HeadlessPlatform for time and input, and taps at the positions the widgets
// reported in the last frame, as a finger would give them.
#include "kiosk/app/kiosk_app.hpp"
#include "kiosk/platform/headless_platform.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace openras::kiosk::testing {

FlowSettings test_settings();

class HeadlessKiosk {
public:
    explicit HeadlessKiosk(float width = 1920, float height = 1080, FlowSettings settings = test_settings(),
                           SpeechOutput* speech = nullptr);

    KioskApp& app() { return *app_; }
    KioskFlow& flow() { return app_->flow(); }
    Ui& ui() { return app_->ui(); }
    HeadlessPlatform& platform() { return platform_; }
    float platform_width() const { return app_->ui().m.width; }

    // Runs frames until every queued event has been seen, then `extra` more.
    void settle(int extra = 1);
    // The widget `id` as drawn in the last frame; fails the test when it is not there.
    const Target& target(const std::string& id);
    bool has(const std::string& id) const { return app_->ui().registry.find(id) != nullptr; }
    // Scrolls by dragging until `id` is wholly in view, then presses and lifts at its centre.
    void tap(const std::string& id);
    // Drags the page from (x, y) by dy pixels, in steps, as a finger does.
    void drag(float x, float y, float dy);
    void press_key(HeadlessKey key);
    // Types on the on-screen keyboard, one tap per character, with a tap on the capitals key
    // first where a letter is in the other case than the keys show.
    void type_on_screen(std::string_view text);  // a view: the test leaves no copy behind
    // Answers the current question with `option` and taps Continue.
    void answer(int option);

private:
    void scroll_into_view(const std::string& id);

    HeadlessPlatform platform_;
    std::unique_ptr<KioskApp> app_;
};

}  // namespace openras::kiosk::testing
