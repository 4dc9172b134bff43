#pragma once
// A platform with no window and no renderer, for tests and benchmarks: ImGui runs for real
// (layout, input, navigation), its draw data is simply not drawn. Time is a number the test
// moves forward; taps, drags and keys are injected as a finger or keyboard would give them.
#include "kiosk/platform/platform.hpp"

#include <deque>

namespace openras::kiosk {

// Key indices for io.KeysDown in the headless platform (io.KeyMap points at them).
enum class HeadlessKey { Tab = 1, Space, Enter, Backspace, Escape, Left, Right, Up, Down };

class HeadlessPlatform : public Platform {
public:
    HeadlessPlatform(float width, float height) : width_(width), height_(height) {}

    void init_backends() override;
    void shutdown_backends() override {}
    void fonts_rebuilt() override;
    void new_frame() override;
    void render() override {}
    void request_capture(const std::string&) override {}
    bool last_capture_ok() const override { return false; }
    bool wait(double timeout_seconds) override;
    bool take_input() override;
    bool take_pointer_moved() override;
    bool should_close() const override { return false; }
    double now() const override { return now_; }

    // What the test does between frames.
    void advance(double seconds) { now_ += seconds; }
    void resize(float width, float height) { width_ = width, height_ = height; }
    // Queues one frame's pointer state; frames with nothing queued keep the last state.
    void pointer(float x, float y, bool down);
    void key(HeadlessKey key, bool down);
    void type(const char* utf8);

private:
    struct Event {
        float x = 0, y = 0;
        bool down = false;
        int key = 0;            // 0: a pointer event
        bool key_down = false;
        const char* text = nullptr;
    };
    float width_, height_;
    double now_ = 1000;  // not zero, so "no input yet" and "input at 0" differ
    std::deque<Event> events_;
    float x_ = -1, y_ = -1;
    bool down_ = false;
    bool input_ = false, moved_ = false;
};

}  // namespace openras::kiosk
