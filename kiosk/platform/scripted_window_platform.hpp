#pragma once
// A real window (GLFW and OpenGL 3, glfw_platform.hpp) whose clock and input a program drives,
// as HeadlessPlatform's are: a journey with `shot` steps plays in it, under a display (Xvfb on
// a machine with none), so that each screenshot is the screen as the kiosk draws it. Input from
// the window itself is ignored.
#include "kiosk/platform/glfw_platform.hpp"
#include "kiosk/platform/scripted_platform.hpp"

namespace openras::kiosk {

class ScriptedWindowPlatform : public ScriptedPlatform {
public:
    // Throws what GlfwPlatform throws when there is no display or no OpenGL 3.
    ScriptedWindowPlatform(int width, int height);

    void init_backends() override;
    void shutdown_backends() override { window_.shutdown_backends(); }
    void fonts_rebuilt() override { window_.fonts_rebuilt(); }
    void* picture_texture(const unsigned char* rgba, int width, int height) override {
        return window_.picture_texture(rgba, width, height);
    }
    void release_texture(void* texture) override { window_.release_texture(texture); }
    void new_frame() override;
    void render() override { window_.render(); }
    void request_capture(const std::string& png_path) override { window_.request_capture(png_path); }
    bool last_capture_ok() const override { return window_.last_capture_ok(); }
    bool wait(double timeout_seconds) override;
    bool should_close() const override { return false; }

private:
    GlfwPlatform window_;
};

}  // namespace openras::kiosk
