#include "kiosk/platform/glfw_platform.hpp"

#include "kiosk/platform/screenshot.hpp"

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#define GLFW_INCLUDE_NONE
#include <GL/gl.h>
#include <GLFW/glfw3.h>

#include <cstdint>
#include <stdexcept>
#include <string>

namespace openras::kiosk {
namespace {

GlfwPlatform* self(GLFWwindow* window) { return static_cast<GlfwPlatform*>(glfwGetWindowUserPointer(window)); }

// Our callbacks pass each event to ImGui's GLFW backend and note it for the idle timer.
void on_mouse_button(GLFWwindow* w, int button, int action, int mods) {
    ImGui_ImplGlfw_MouseButtonCallback(w, button, action, mods);
    self(w)->note_event(true, false);
}
void on_cursor(GLFWwindow* w, double, double) { self(w)->note_event(true, true); }
void on_scroll(GLFWwindow* w, double x, double y) {
    ImGui_ImplGlfw_ScrollCallback(w, x, y);
    self(w)->note_event(true, false);
}
void on_key(GLFWwindow* w, int key, int scancode, int action, int mods) {
    ImGui_ImplGlfw_KeyCallback(w, key, scancode, action, mods);
    // Staff close the kiosk with Ctrl+Q; the public have no keyboard.
    if (key == GLFW_KEY_Q && (mods & GLFW_MOD_CONTROL) && action == GLFW_PRESS) glfwSetWindowShouldClose(w, GLFW_TRUE);
    self(w)->note_event(true, false);
}
void on_char(GLFWwindow* w, unsigned int c) {
    ImGui_ImplGlfw_CharCallback(w, c);
    self(w)->note_event(true, false);
}
void on_focus(GLFWwindow* w, int focused) {
    ImGui_ImplGlfw_WindowFocusCallback(w, focused);
    self(w)->note_event(false, false);
}
void on_enter(GLFWwindow* w, int entered) {
    ImGui_ImplGlfw_CursorEnterCallback(w, entered);
    self(w)->note_event(false, false);
}
void on_refresh(GLFWwindow* w) { self(w)->note_event(false, false); }
void on_size(GLFWwindow* w, int, int) { self(w)->note_event(false, false); }

void on_error(int code, const char* description) {
    (void)code;
    (void)description;  // reported by the throw below when it matters
}

}  // namespace

GlfwPlatform::GlfwPlatform(const WindowOptions& o) {
    glfwSetErrorCallback(on_error);
    if (!glfwInit())
        throw std::runtime_error("The kiosk cannot open a window: there is no display. "
                                 "On a machine with no screen, run it under xvfb-run (scripts/run.sh does).");
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    GLFWmonitor* monitor = o.fullscreen ? glfwGetPrimaryMonitor() : nullptr;
    int width = o.width, height = o.height;
    if (monitor) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        width = mode->width, height = mode->height;
    }
    window_ = glfwCreateWindow(width, height, o.title.c_str(), monitor, nullptr);
    if (!window_) {
        glfwTerminate();
        throw std::runtime_error("The kiosk cannot open an OpenGL 3 window on this display.");
    }
    glfwSetWindowUserPointer(window_, this);
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
    glfwSetMouseButtonCallback(window_, on_mouse_button);
    glfwSetCursorPosCallback(window_, on_cursor);
    glfwSetScrollCallback(window_, on_scroll);
    glfwSetKeyCallback(window_, on_key);
    glfwSetCharCallback(window_, on_char);
    glfwSetWindowFocusCallback(window_, on_focus);
    glfwSetCursorEnterCallback(window_, on_enter);
    glfwSetWindowRefreshCallback(window_, on_refresh);
    glfwSetFramebufferSizeCallback(window_, on_size);
}

GlfwPlatform::~GlfwPlatform() {
    shutdown_backends();
    glfwDestroyWindow(window_);
    glfwTerminate();
}

void GlfwPlatform::init_backends() {
    ImGui_ImplGlfw_InitForOpenGL(window_, false);  // our callbacks above forward to it
    ImGui_ImplOpenGL3_Init("#version 130");
    backends_ = true;
}

void GlfwPlatform::shutdown_backends() {
    if (!backends_) return;
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    backends_ = false;
}

void* GlfwPlatform::picture_texture(const unsigned char* rgba, int width, int height) {
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    // Smooth when a picture is drawn a little smaller than it was made (narrower screens).
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    return reinterpret_cast<void*>(static_cast<std::intptr_t>(texture));
}

void GlfwPlatform::release_texture(void* texture) {
    const auto id = static_cast<GLuint>(reinterpret_cast<std::intptr_t>(texture));
    glDeleteTextures(1, &id);
}

void GlfwPlatform::fonts_rebuilt() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void GlfwPlatform::new_frame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
}

void GlfwPlatform::render() {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0, 0, 0, 1);  // the page window covers it all
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!capture_path_.empty()) {
        capture_ok_ = capture_framebuffer(capture_path_, w, h);
        capture_path_.clear();
    }
    glfwSwapBuffers(window_);
}

bool GlfwPlatform::wait(double timeout_seconds) {
    event_ = false;
    if (timeout_seconds <= 0) glfwPollEvents();
    else glfwWaitEventsTimeout(timeout_seconds);
    return event_;
}

void GlfwPlatform::note_event(bool input, bool moved) {
    event_ = true;
    input_ = input_ || input;
    moved_ = moved_ || moved;
}

bool GlfwPlatform::take_input() {
    const bool was = input_;
    input_ = false;
    return was;
}

bool GlfwPlatform::take_pointer_moved() {
    const bool was = moved_;
    moved_ = false;
    return was;
}

bool GlfwPlatform::should_close() const { return glfwWindowShouldClose(window_); }
double GlfwPlatform::now() const { return glfwGetTime(); }
void GlfwPlatform::finish() { glFinish(); }

}  // namespace openras::kiosk
