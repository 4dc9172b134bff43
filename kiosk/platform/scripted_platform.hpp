#pragma once
// A platform whose clock and input a program drives: HeadlessPlatform (no window, for tests and
// journeys) and ScriptedWindowPlatform (a real window under a display, so that a journey can
// take screenshots). The journey player (kiosk/app/journey_player.hpp) drives either.
#include "kiosk/platform/platform.hpp"
#include "kiosk/platform/scripted_input.hpp"

namespace openras::kiosk {

class ScriptedPlatform : public Platform {
public:
    void advance(double seconds) { now_ += seconds; }
    void pointer(float x, float y, bool down) { input_.pointer(x, y, down); }
    void key(HeadlessKey key, bool down) { input_.key(key, down); }
    void type(const char* utf8) { input_.type(utf8); }

    bool take_input() override { return input_.take_input(); }
    bool take_pointer_moved() override { return input_.take_pointer_moved(); }
    double now() const override { return now_; }

protected:
    ScriptedInput input_;
    double now_ = 1000;  // not zero, so "no input yet" and "input at 0" differ
};

}  // namespace openras::kiosk
