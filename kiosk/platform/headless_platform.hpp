#pragma once
// A platform with no window and no renderer, for tests, benchmarks and journeys: ImGui runs for
// real (layout, input, navigation), its draw data is simply not drawn. Time is a number the
// program moves forward; taps, drags and keys are injected as a finger or keyboard would give
// them (scripted_platform.hpp).
#include "kiosk/platform/scripted_platform.hpp"

#include <cstdint>

namespace openras::kiosk {

class HeadlessPlatform : public ScriptedPlatform {
public:
    HeadlessPlatform(float width, float height) : width_(width), height_(height) {}

    void init_backends() override;
    void shutdown_backends() override {}
    void fonts_rebuilt() override;
    // Nothing is drawn: each picture gets an id of its own, so the tests can tell them apart.
    void* picture_texture(const unsigned char*, int, int) override {
        return reinterpret_cast<void*>(static_cast<std::intptr_t>(++pictures_ + 1));
    }
    void release_texture(void*) override {}
    void new_frame() override;
    void render() override {}
    void request_capture(const std::string&) override {}
    bool last_capture_ok() const override { return false; }
    bool wait(double timeout_seconds) override;
    bool should_close() const override { return false; }

    void resize(float width, float height) { width_ = width, height_ = height; }

private:
    float width_, height_;
    int pictures_ = 0;
};

}  // namespace openras::kiosk
