#include "kiosk/app/tour.hpp"

#include "alloc/record/events/recorded_events.hpp"
#include "alloc/record/plan_reference.hpp"
#include "rules/error.hpp"

#include <boost/date_time/posix_time/posix_time.hpp>

#include "kiosk/speech/wav_file.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>

namespace openras::kiosk {
namespace {

void to_question_one(KioskFlow& flow) {
    flow.start();
    flow.reference() = "SAMPLE-0001";
    flow.continue_from_name();
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

// A new plan from the made-up person in an empty record, then the social worker signed in:
// each stop shows the same case, whichever stops came before it.
void to_worker_queue(KioskFlow& flow) {
    for (const char* tail : {"", "-wal", "-shm"}) std::filesystem::remove(flow.settings().record_path + tail);
    std::filesystem::remove(flow.settings().drafts_path);
    fill_plan(flow);
    flow.check_plan();
    flow.submit_plan();
    flow.finish();
    flow.open_social_worker_mode();
    for (char digit : kTourWorkerPin) flow.worker().type_pin_digit(digit);
    flow.worker().sign_in(flow.now());
}

void to_worker_case(KioskFlow& flow) {
    to_worker_queue(flow);
    flow.worker().open_case(0);
}

void to_worker_decision(KioskFlow& flow, WorkerAction action) {
    to_worker_case(flow);
    flow.worker().make_decision();
    flow.worker().choose_action(action);
}

// The reference of the tour's plan, as the record holds it (the receipt is wiped with the rest).
std::string plan_status_reference(const KioskFlow& flow) {
    const DecisionStore store = DecisionStore::open_to_read(flow.settings().record_path);
    const std::optional<StoredEvent> plan = store.latest_of("SAMPLE-0001", EventType::PlanSubmitted);
    return plan ? events::read_event<events::PlanSubmitted>(*plan).reference : std::string();
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
        {"question", [](KioskApp& a) { to_question_one(a.flow()); }},
        {"question-chosen", [](KioskApp& a) { to_question_one(a.flow()); a.flow().choose_answer(1); }},
        {"question-error", [](KioskApp& a) { to_question_one(a.flow()); a.flow().continue_from_question(); }},
        {"question-easy-read", [](KioskApp& a) { a.flow().preferences().easy_read = true; to_question_one(a.flow()); a.flow().choose_answer(1); }},
        {"question-high-contrast", [](KioskApp& a) { a.flow().preferences().high_contrast = true; to_question_one(a.flow()); a.flow().choose_answer(1); }},
        {"check-answers", [](KioskApp& a) { to_check_answers(a.flow(), false); }},
        {"check-answers-end", [](KioskApp& a) { to_check_answers(a.flow(), false); a.ui().scroll_request = 1e6f; }},
        {"budget", [](KioskApp& a) { to_check_answers(a.flow(), false); a.flow().confirm_answers(); }},
        {"budget-explanation", [](KioskApp& a) { to_check_answers(a.flow(), false); a.flow().confirm_answers(); a.ui().scroll_request = 1e6f; }},
        {"budget-workings", [](KioskApp& a) { to_check_answers(a.flow(), false); a.flow().confirm_answers(); a.flow().show_workings(); }},
        {"budget-panel", [](KioskApp& a) { to_check_answers(a.flow(), true); a.flow().confirm_answers(); }},
        {"plan", [](KioskApp& a) { to_plan(a.flow()); }},
        {"plan-question", [](KioskApp& a) { to_plan(a.flow()); a.flow().open_plan_question(0); a.flow().plan_answer() = "My sister Rita, my cat and painting"; }},
        {"plan-outcomes", [](KioskApp& a) { to_plan(a.flow()); a.flow().open_task(PlanTask::Outcomes); a.flow().toggle_outcome(0); a.flow().toggle_outcome(3); }},
        {"plan-support", [](KioskApp& a) { fill_plan(a.flow()); a.flow().open_task(PlanTask::Support); }},
        {"plan-support-reason", [](KioskApp& a) {
             fill_plan(a.flow());
             a.flow().check_plan();
             a.flow().open_task(PlanTask::Support);
             a.flow().choose_difference(2);
             a.ui().scroll_request = 1e6f;
         }},
        {"plan-money", [](KioskApp& a) { fill_plan(a.flow()); a.flow().open_task(PlanTask::Money); }},
        {"plan-safety", [](KioskApp& a) { fill_plan(a.flow()); a.flow().open_task(PlanTask::Safety); }},
        {"plan-tasks-done", [](KioskApp& a) { fill_plan(a.flow()); }},
        {"plan-easy-read", [](KioskApp& a) { a.flow().preferences().easy_read = true; fill_plan(a.flow()); a.flow().open_task(PlanTask::Money); }},
        {"check-plan-blockers", [](KioskApp& a) { to_plan(a.flow()); a.flow().check_plan(); }},
        {"check-plan-ready", [](KioskApp& a) { fill_plan(a.flow()); a.flow().check_plan(); }},
        {"receipt", [](KioskApp& a) { fill_plan(a.flow()); a.flow().check_plan(); a.flow().submit_plan(); }},
        {"worker-sign-in", [](KioskApp& a) { a.flow().open_social_worker_mode(); a.flow().worker().type_pin_digit('1'); }},
        {"worker-pin-wrong", [](KioskApp& a) {
             a.flow().open_social_worker_mode();
             for (char digit : std::string_view("9999")) a.flow().worker().type_pin_digit(digit);
             a.flow().worker().sign_in(a.flow().now());
         }},
        {"worker-queue", [](KioskApp& a) { to_worker_queue(a.flow()); }},
        {"worker-case", [](KioskApp& a) { to_worker_case(a.flow()); }},
        {"worker-case-end", [](KioskApp& a) { to_worker_case(a.flow()); a.ui().scroll_request = 1e6f; }},
        {"worker-decision", [](KioskApp& a) { to_worker_decision(a.flow(), WorkerAction::Return); }},
        {"worker-amount", [](KioskApp& a) {
             to_worker_decision(a.flow(), WorkerAction::AgreeBudget);
             a.flow().worker().continue_from_action();
             for (char key : std::string_view("260")) a.flow().worker().type_amount_key(key);
         }},
        {"worker-reason", [](KioskApp& a) {
             to_worker_decision(a.flow(), WorkerAction::Return);
             a.flow().worker().continue_from_action();
             a.flow().worker().reason() = "Please name who steps in when the personal assistant is ill, and who checks that the medicines were taken each morning";
         }},
        {"worker-reason-error", [](KioskApp& a) {
             to_worker_decision(a.flow(), WorkerAction::Refer);
             a.flow().worker().continue_from_action();
             a.flow().worker().record_decision();
         }},
        {"worker-done", [](KioskApp& a) {
             to_worker_decision(a.flow(), WorkerAction::Confirm);
             a.flow().worker().continue_from_action();
             a.flow().worker().choose_standard_reason(true);
             a.flow().worker().record_decision();
         }},
        {"idle-warning", [](KioskApp& a) { to_warning(a); }},
        // Asked before what cannot be undone: sending, and finishing from the budget.
        {"confirm-send", [](KioskApp& a) {
             fill_plan(a.flow());
             a.flow().check_plan();
             a.flow().ask(Confirmation::SendPlan, kAskedFromActionsBar);
         }},
        {"save-draft", [](KioskApp& a) {
             to_question_one(a.flow());
             a.flow().choose_answer(1);
             a.flow().ask_to_save();
             a.flow().draft_code() = "rita123";
         }},
        {"draft-saved", [](KioskApp& a) {
             to_question_one(a.flow());
             a.flow().choose_answer(1);
             a.flow().ask_to_save();
             a.flow().draft_code() = "rita123";
             a.flow().save_draft();
         }},
        {"resume-code", [](KioskApp& a) {
             a.flow().open_resume();
             a.flow().draft_reference() = plan_reference_from("7KQ4M2XD")->c_str();
             a.flow().continue_from_resume_reference();
             a.flow().draft_code() = "rita12";
         }},
        {"status-ask", [](KioskApp& a) {
             a.flow().open_status_lookup();
             a.flow().status_reference() = "7KQ4 M2XD";
         }},
        {"status-returned", [](KioskApp& a) {
             // The tour's plan, sent, returned by the social worker, then looked up by its reference.
             to_worker_decision(a.flow(), WorkerAction::Return);
             a.flow().worker().continue_from_action();
             a.flow().worker().reason() = "Please say who will help you on Sundays, and we will talk about the art group";
             a.flow().worker().record_decision();
             const std::string reference = plan_status_reference(a.flow());
             a.flow().finish();
             a.flow().open_status_lookup();
             a.flow().status_reference() = reference.c_str();
             a.flow().look_up_status();
         }},
        {"confirm-clear", [](KioskApp& a) {
             to_check_answers(a.flow(), false);
             a.flow().confirm_answers();
             a.flow().ask(Confirmation::ClearAnswers, a.ui().m.height / 2);
         }},
        // Speech on: the second row of the top bar (Pause, Repeat, Quieter, Louder, Slower).
        {"question-listening", [](KioskApp& a) {
             a.flow().preferences().speech_on = true;
             to_question_one(a.flow());
             a.flow().choose_answer(1);
         }},
        // Easy Read with its pictures: each sentence, question, answer and choice has one.
        {"start-easy-read", [](KioskApp& a) { a.flow().preferences().easy_read = true; }},
        {"question-easy-read-largest", [](KioskApp& a) {
             a.flow().preferences().easy_read = true;
             a.flow().preferences().text_step = kLargestTextStep;
             to_question_one(a.flow());
             a.flow().choose_answer(1);
         }},
        {"budget-easy-read", [](KioskApp& a) {
             a.flow().preferences().easy_read = true;
             to_check_answers(a.flow(), false);
             a.flow().confirm_answers();
         }},
        {"budget-easy-read-lines", [](KioskApp& a) {
             a.flow().preferences().easy_read = true;
             to_check_answers(a.flow(), false);
             a.flow().confirm_answers();
             a.ui().scroll_request = 700;
         }},
        {"plan-tasks-easy-read", [](KioskApp& a) { a.flow().preferences().easy_read = true; to_plan(a.flow()); }},
        {"plan-safety-easy-read", [](KioskApp& a) {
             a.flow().preferences().easy_read = true;
             fill_plan(a.flow());
             a.flow().open_task(PlanTask::Safety);
         }},
        {"about", [](KioskApp& a) { a.flow().open_about(); }},
    };
}

void use_tour_record(FlowSettings& settings, const std::string& record) {
    // crypto_pwhash is slow on purpose: hash the tour's PIN once however many kiosks are made.
    static const std::string pin_hash = hash_pin(kTourWorkerPin);
    settings.record_path = record;
    settings.drafts_path = record + "-drafts";
    settings.workers = {{kTourWorkerName, pin_hash}};
    const boost::posix_time::ptime stamp(settings.today, boost::posix_time::hours(10) + boost::posix_time::minutes(30));
    settings.record_clock = [stamp] { return stamp; };
    // Made-up references, the same on every run, a different one for each plan sent.
    settings.new_reference = [sent = std::make_shared<std::size_t>(0)] {
        return *plan_reference_from("7KQ4M2X" + std::string(1, kReferenceSymbols[(*sent)++ % kReferenceSymbols.size()]));
    };
}

void show_tour_stop(KioskApp& app, const TourStop& stop) {
    app.flow().wipe(app.flow().now());
    app.frame();  // the wipe replaces the ImGui context after this frame
    stop.set_up(app);
    // A scroll asked for waits until the page is laid out in the context it will be drawn in
    // (a stop that signs a worker in after a plan is sent wipes, and so replaces it, first).
    const float scroll = app.ui().scroll_request;
    app.ui().scroll_request = -1;
    // A few frames: fonts for a new text size, then window sizes, then scrolling settle.
    for (int i = 0; i < 3; ++i) app.frame();
    if (scroll >= 0) app.ui().scroll_request = scroll;
    for (int i = 0; i < 2; ++i) app.frame();
}

std::vector<std::string> write_tour(KioskApp& app, Platform& platform, const std::string& directory, bool speech) {
    std::filesystem::create_directories(directory);
    std::vector<std::string> written;
    std::optional<SpeechEngine> engine;
    if (speech) engine.emplace(std::string(app.ui().words->get("speech.voice", false)));
    app.speech().set_headset(false);
    int number = 1;
    for (const TourStop& stop : tour_stops()) {
        show_tour_stop(app, stop);
        char name[16];
        std::snprintf(name, sizeof name, "%02d-", number++);
        const std::string path = (std::filesystem::path(directory) / (name + stop.name + ".png")).string();
        platform.request_capture(path);
        app.frame();
        if (!platform.last_capture_ok()) throw OpenRasError(Error{ErrorCode::Io, "the picture could not be written", SourceLocation{path, 0, 0, {}}});
        written.push_back(path);
        if (!engine) continue;
        const std::string words = app.speech().page_reading_now(app.ui(), app.flow());
        const std::filesystem::path base = std::filesystem::path(directory) / (name + stop.name);
        const std::string text_path = base.string() + ".txt", sound_path = base.string() + ".wav";
        std::ofstream text(text_path);
        text << words << "\n";
        if (!text) throw OpenRasError(Error{ErrorCode::Io, "what the screen says could not be written", SourceLocation{text_path, 0, 0, {}}});
        write_wav(sound_path, engine->speak(words));
        written.push_back(text_path);
        written.push_back(sound_path);
    }
    app.flow().wipe(app.flow().now());
    return written;
}

}  // namespace openras::kiosk
