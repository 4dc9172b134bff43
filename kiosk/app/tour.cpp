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

void to_plan(KioskFlow& flow) {
    to_check_answers(flow, false);
    flow.confirm_answers();
    flow.continue_to_plan();
}

}  // namespace

void fill_plan(KioskFlow& flow) {
    to_plan(flow);
    static const char* const answers[kSevenQuestions] = {
        "My sister Rita, my cat, and painting", "Get up without rushing and go to the art group",
        "A personal assistant in the mornings and the day service", "Mostly on my personal assistant",
        "I manage it with Rita", "I make my own choices", "Rita and I will find a personal assistant"};
    for (int q = 0; q < kSevenQuestions; ++q) {
        flow.open_plan_question(q);
        flow.plan_answer() = answers[q];
        flow.continue_from_plan_question();
    }
    flow.open_task(PlanTask::Outcomes);
    flow.toggle_outcome(0);
    flow.toggle_outcome(1);
    flow.continue_from_task();
    flow.open_task(PlanTask::Support);
    flow.step_units(0, 10);
    flow.toggle_serves(0, 0);
    flow.step_units(2, 1);
    flow.toggle_serves(2, 1);
    flow.continue_from_task();
    flow.open_task(PlanTask::Money);
    flow.choose_held_as(0);
    flow.choose_manager(1);
    flow.continue_from_task();
    flow.open_task(PlanTask::Decisions);
    flow.choose_decider(1);
    flow.continue_from_task();
    flow.open_task(PlanTask::Safety);
    flow.toggle_risk(0);
    flow.choose_contingency(0);
    flow.continue_from_task();
}

namespace {

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
        {"plan", [](KioskApp& a) { to_plan(a.flow()); }},
        {"plan-question", [](KioskApp& a) { to_plan(a.flow()); a.flow().open_plan_question(0); a.flow().plan_answer() = "My sister Rita, my cat and painting"; }},
        {"plan-outcomes", [](KioskApp& a) { to_plan(a.flow()); a.flow().open_task(PlanTask::Outcomes); a.flow().toggle_outcome(0); a.flow().toggle_outcome(3); }},
        {"plan-support", [](KioskApp& a) { fill_plan(a.flow()); a.flow().open_task(PlanTask::Support); }},
        {"plan-money", [](KioskApp& a) { fill_plan(a.flow()); a.flow().open_task(PlanTask::Money); }},
        {"plan-safety", [](KioskApp& a) { fill_plan(a.flow()); a.flow().open_task(PlanTask::Safety); }},
        {"plan-tasks-done", [](KioskApp& a) { fill_plan(a.flow()); }},
        {"check-plan-blockers", [](KioskApp& a) { to_plan(a.flow()); a.flow().check_plan(); }},
        {"check-plan-ready", [](KioskApp& a) { fill_plan(a.flow()); a.flow().check_plan(); }},
        {"receipt", [](KioskApp& a) { fill_plan(a.flow()); a.flow().check_plan(); a.flow().submit_plan(); }},
        {"worker-sign-in", [](KioskApp& a) { a.flow().open_social_worker_mode(); }},
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
