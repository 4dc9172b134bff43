#pragma once
// A platform with no window and no renderer, for tests, benchmarks and journeys: ImGui runs for
// real (layout, input, navigation), its draw data is simply not drawn. Time is a number the
// program moves forward; taps, drags and keys are injected as a finger or keyboard would give
// them (scripted_platform.hpp).
#include "kiosk/platform/scripted_platform.hpp"

namespace openras::kiosk {

class HeadlessPlatform : public ScriptedPlatform {
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
    bool should_close() const override { return false; }

    void resize(float width, float height) { width_ = width, height_ = height; }

private:
    float width_, height_;
};

}  // namespace openras::kiosk
