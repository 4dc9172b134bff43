#pragma once
// What the kiosk needs from the machine, so that the same screens run in a real window
// (GlfwPlatform: GLFW and OpenGL 3) and in tests with no window at all (HeadlessPlatform).
// The app owns the ImGui context; the platform attaches its backends to it and feeds it input.
#include <string>

namespace openras::kiosk {

class Platform {
public:
    virtual ~Platform() = default;

    // After ImGui::CreateContext(), and before ImGui::DestroyContext().
    virtual void init_backends() = 0;
    virtual void shutdown_backends() = 0;
    // The font atlas was rebuilt: upload it again.
    virtual void fonts_rebuilt() = 0;
    // A picture (RGBA, 8 bits a channel, rows top to bottom) made ready to draw; the id is
    // ImGui's texture id, kept until the platform ends (Easy Read pictures, kiosk/ui/pictures.hpp).
    virtual void* picture_texture(const unsigned char* rgba, int width, int height) = 0;
    // Lets a picture made by picture_texture() go (shaped text no longer shown).
    virtual void release_texture(void* texture) = 0;

    // Fills ImGuiIO for the next frame: display size, time step, pointer and keys.
    virtual void new_frame() = 0;
    // Draws ImGui's draw data and shows it; writes the pending capture, if any.
    virtual void render() = 0;
    // Asks render() to save this frame as a PNG.
    virtual void request_capture(const std::string& png_path) = 0;
    virtual bool last_capture_ok() const = 0;

    // Sleeps until input arrives or `timeout_seconds` pass (0: just look). True if anything
    // happened that needs a new frame.
    virtual bool wait(double timeout_seconds) = 0;
    // Whether a person touched, clicked, typed or moved the pointer since the last call.
    virtual bool take_input() = 0;
    virtual bool take_pointer_moved() = 0;
    virtual bool should_close() const = 0;
    // Seconds on a steady clock.
    virtual double now() const = 0;
};

}  // namespace openras::kiosk
