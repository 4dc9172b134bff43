#pragma once
// `openras-kiosk --measure`: the kiosk's performance figures, measured in the real window
// (under Xvfb with Mesa's llvmpipe on a machine with no display, where "GPU" work is CPU too).
#include "kiosk/app/kiosk_app.hpp"
#include "kiosk/platform/glfw_platform.hpp"

#include <chrono>
#include <string>

namespace openras::kiosk {

struct KioskFigures {
    double cold_start_ms = 0;          // process started → first frame shown (glFinish)
    double window_ms = 0;              // of which: opening the OpenGL window (GLFW, GLX, Mesa)
    double idle_seconds = 0;           // how long the idle measurement ran
    double idle_cpu_percent = 0;       // of one core, whole process, while nothing happens
    int idle_frames = 0;               // frames drawn while idle
    double frame_build_ms = 0;         // mean CPU time to build one frame's UI (NewFrame → Render)
    double frame_build_worst_ms = 0;
    double frame_total_ms = 0;         // mean process CPU per frame, software rendering included
    int frames = 0;
};

KioskFigures measure_kiosk(KioskApp& app, GlfwPlatform& platform, std::chrono::steady_clock::time_point started,
                           double window_ms, double idle_seconds);
std::string figures_text(const KioskFigures& figures);

}  // namespace openras::kiosk
