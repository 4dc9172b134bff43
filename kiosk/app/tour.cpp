#include "kiosk/app/tour.hpp"

#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace openras::kiosk {
namespace {

void to_question_one(KioskFlow& flow) {
    flow.start();
    flow.reference() = "SAMPLE-0001";
    flow.continue_from_name();
    flow.continue_from_date();
}

void to_check_answers(KioskFlow& flow, bool highest) {
    to_question_one(flow);
    answer_sample_questions(flow, highest);
    for (int q = 0; q < flow.question_count(); ++q) flow.continue_from_question();
}

void to_warning(KioskApp& app) {
    KioskFlow& flow = app.flow();
    to_question_one(flow);
    flow.choose_answer(1);
    // Five and a half seconds into the countdown, so it reads a whole number of seconds.
    flow.idle().reset(flow.now() - flow.idle().settings().idle_seconds - 5.5);
}

}  // namespace

void answer_sample_questions(KioskFlow& flow, bool highest) {
    const int first = flow.journey().question;
    for (int q = first; q < flow.question_count(); ++q) {
        const int options = int(flow.rules().questions[std::size_t(q)].answers.size());
        flow.choose_answer(highest ? options - 1 : std::min(1, options - 1));
        if (q + 1 < flow.question_count()) flow.continue_from_question();
    }
}

std::vector<TourStop> tour_stops() {
    return {
        {"start", [](KioskApp&) {}},
        {"name", [](KioskApp& a) { a.flow().start(); a.flow().reference() = "SAMPLE-0001"; }},
        {"name-error", [](KioskApp& a) { a.flow().start(); a.flow().continue_from_name(); }},
        {"date", [](KioskApp& a) { a.flow().start(); a.flow().reference() = "SAMPLE-0001"; a.flow().continue_from_name(); }},
        {"question", [](KioskApp& a) { to_question_one(a.flow()); }},
        {"question-chosen", [](KioskApp& a) { to_question_one(a.flow()); a.flow().choose_answer(1); }},
        {"question-error", [](KioskApp& a) { to_question_one(a.flow()); a.flow().continue_from_question(); }},
        {"question-easy-read", [](KioskApp& a) { a.flow().preferences().easy_read = true; to_question_one(a.flow()); a.flow().choose_answer(1); }},
        {"question-high-contrast", [](KioskApp& a) { a.flow().preferences().high_contrast = true; to_question_one(a.flow()); a.flow().choose_answer(1); }},
        {"check-answers", [](KioskApp& a) { to_check_answers(a.flow(), false); }},
        {"check-answers-end", [](KioskApp& a) { to_check_answers(a.flow(), false); a.ui().scroll_request = 1e6f; }},
        {"budget", [](KioskApp& a) { to_check_answers(a.flow(), false); a.flow().confirm_answers(); }},
        {"budget-explanation", [](KioskApp& a) { to_check_answers(a.flow(), false); a.flow().confirm_answers(); a.ui().scroll_request = 1e6f; }},
        {"budget-panel", [](KioskApp& a) { to_check_answers(a.flow(), true); a.flow().confirm_answers(); }},
        {"plan-not-yet-available", [](KioskApp& a) { to_check_answers(a.flow(), false); a.flow().confirm_answers(); a.flow().continue_to_plan(); }},
        {"social-worker-not-yet-available", [](KioskApp& a) { a.flow().open_social_worker_mode(); }},
        {"idle-warning", [](KioskApp& a) { to_warning(a); }},
    };
}

void show_tour_stop(KioskApp& app, const TourStop& stop) {
    app.flow().wipe(app.flow().now());
    app.frame();  // the wipe replaces the ImGui context after this frame
    stop.set_up(app);
    // A few frames: fonts for a new text size, then window sizes, then scrolling settle.
    for (int i = 0; i < 4; ++i) app.frame();
}

std::vector<std::string> write_tour(KioskApp& app, Platform& platform, const std::string& directory) {
    std::filesystem::create_directories(directory);
    std::vector<std::string> written;
    int number = 1;
    for (const TourStop& stop : tour_stops()) {
        show_tour_stop(app, stop);
        char name[16];
        std::snprintf(name, sizeof name, "%02d-", number++);
        const std::string path = (std::filesystem::path(directory) / (name + stop.name + ".png")).string();
        platform.request_capture(path);
        app.frame();
        if (!platform.last_capture_ok()) throw std::runtime_error("Could not write " + path);
        written.push_back(path);
    }
    app.flow().wipe(app.flow().now());
    return written;
}

}  // namespace openras::kiosk
