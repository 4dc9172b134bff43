#include "kiosk/app/measure.hpp"

#include "kiosk/app/tour.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace openras::kiosk {
namespace {

double process_cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

double seconds_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// The real frame loop on the start screen with no input: it should sleep almost all the time.
void measure_idle(KioskApp& app, GlfwPlatform& platform, double seconds, KioskFigures& f) {
    for (int i = 0; i < 3; ++i) app.frame();
    // Let the window system's own start-up events (mapping, focus) pass first.
    const auto settle = std::chrono::steady_clock::now();
    while (seconds_since(settle) < 0.5)
        if (platform.wait(0.1)) app.frame();
    const auto wall = std::chrono::steady_clock::now();
    const double cpu = process_cpu_seconds();
    while (seconds_since(wall) < seconds) {
        const double left = seconds - seconds_since(wall);
        if (platform.wait(std::min(left, app.seconds_until_wake()))) {
            app.frame();
            ++f.idle_frames;
        }
    }
    f.idle_seconds = seconds_since(wall);
    f.idle_cpu_percent = 100 * (process_cpu_seconds() - cpu) / f.idle_seconds;
}

// Frames drawn back to back on the busiest screens, as when a finger drags a long page.
void measure_frames(KioskApp& app, GlfwPlatform& platform, KioskFigures& f) {
    double build = 0, worst = 0, total = 0;
    for (const TourStop& stop : tour_stops()) {
        if (stop.name != "question" && stop.name != "check-answers" && stop.name != "budget" && stop.name != "budget-explanation")
            continue;
        show_tour_stop(app, stop);
        platform.finish();
        const double cpu = process_cpu_seconds();
        for (int i = 0; i < 100; ++i) {
            app.frame();
            build += app.last_build_cpu_seconds();
            worst = std::max(worst, app.last_build_cpu_seconds());
            ++f.frames;
        }
        platform.finish();
        total += process_cpu_seconds() - cpu;
    }
    f.frame_build_ms = 1000 * build / f.frames;
    f.frame_build_worst_ms = 1000 * worst;
    f.frame_total_ms = 1000 * total / f.frames;
}

}  // namespace

KioskFigures measure_kiosk(KioskApp& app, GlfwPlatform& platform, std::chrono::steady_clock::time_point started,
                           double window_ms, double idle_seconds) {
    KioskFigures f;
    f.window_ms = window_ms;
    app.frame();
    platform.finish();
    f.cold_start_ms = 1000 * seconds_since(started);
    if (std::getenv("OPENRAS_KIOSK_TIMING")) std::fprintf(stderr, "first frame: %.1f ms\n", f.cold_start_ms);
    measure_idle(app, platform, idle_seconds, f);
    measure_frames(app, platform, f);
    return f;
}

std::string figures_text(const KioskFigures& f) {
    char text[1024];
    std::snprintf(text, sizeof text,
                  "Cold start to first frame:                 %.1f ms (target under 300 ms),\n"
                  "  of which opening the OpenGL window:       %.1f ms\n"
                  "CPU while idle (%.1f s, %d frames drawn):   %.2f%% of one core (target under 1%%)\n"
                  "Frame CPU time, building the UI:            %.2f ms mean, %.2f ms worst, %d frames (target under 4 ms)\n"
                  "Frame CPU time with software rendering:     %.2f ms mean (Mesa llvmpipe draws on the CPU)\n",
                  f.cold_start_ms, f.window_ms, f.idle_seconds, f.idle_frames, f.idle_cpu_percent, f.frame_build_ms,
                  f.frame_build_worst_ms, f.frames, f.frame_total_ms);
    return text;
}

}  // namespace openras::kiosk
