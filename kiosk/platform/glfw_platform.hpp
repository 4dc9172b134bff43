#pragma once
// The real window: GLFW 3.3 and OpenGL 3 through Dear ImGui's own backends (compiled into
// Debian's libimgui). Fullscreen for a kiosk, or a window of a given size. The frame loop
// sleeps in glfwWaitEventsTimeout, so an idle kiosk uses next to no CPU.
#include "kiosk/platform/platform.hpp"

#include <string>

struct GLFWwindow;

namespace openras::kiosk {

struct WindowOptions {
    bool fullscreen = true;
    int width = 1920, height = 1080;  // windowed, or when no monitor mode is known
    std::string title = "OpenRAS";
};

class GlfwPlatform : public Platform {
public:
    // Throws std::runtime_error with a plain message when there is no display or no OpenGL 3.
    explicit GlfwPlatform(const WindowOptions& options);
    ~GlfwPlatform() override;

    void init_backends() override;
    void shutdown_backends() override;
    void fonts_rebuilt() override;
    void* picture_texture(const unsigned char* rgba, int width, int height) override;
    void release_texture(void* texture) override;
    void new_frame() override;
    void render() override;
    void request_capture(const std::string& png_path) override { capture_path_ = png_path; }
    bool last_capture_ok() const override { return capture_ok_; }
    bool wait(double timeout_seconds) override;
    bool take_input() override;
    bool take_pointer_moved() override;
    bool should_close() const override;
    double now() const override;

    // Waits for the GPU to finish, for timing the first frame.
    void finish();

    // Called by the GLFW callbacks.
    void note_event(bool input, bool moved);

private:
    GLFWwindow* window_ = nullptr;
    bool backends_ = false;
    bool event_ = false, input_ = false, moved_ = false;
    std::string capture_path_;
    bool capture_ok_ = false;
};

}  // namespace openras::kiosk
