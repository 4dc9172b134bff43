#pragma once
// The kiosk's flow model: the state of one person's session and every move between screens.
// It knows nothing of ImGui, so the journey can be tested without a window; the screens in
// kiosk/screens/ only draw this state and call these functions when something is tapped.
#include "kiosk/flow/idle_timer.hpp"
#include "kiosk/flow/journey.hpp"
#include "kiosk/flow/plan_draft.hpp"
#include "kiosk/flow/preferences.hpp"
#include "kiosk/flow/screen.hpp"
#include "kiosk/flow/worker_desk.hpp"
#include "alloc/case/case_actions.hpp"
#include "alloc/plan/plan_checker.hpp"
#include "rules/budget_engine.hpp"

#include <functional>
#include <memory>
#include <optional>

namespace openras::kiosk {

// How the kiosk speaks (kiosk/speech/). The site's volume is DisplayPreferences::volume.
struct SpeechSettings {
    bool offered = true;         // the Listen button on every page
    bool private_booth = false;  // the kiosk stands in a private booth: figures and names are spoken aloud
    std::string audio_device = "default";  // ALSA's name for the sound card
};

struct FlowSettings {
    DisplayPreferences preferences;  // what every session starts with
    IdleSettings idle;
    // The assessment date, which picks the rules in force: today, or the date staff set in the
    // kiosk's settings. The public is never asked it.
    boost::gregorian::date today = boost::gregorian::day_clock::local_day();
    // The decision record plans are submitted to and social workers decide from; empty: the
    // kiosk offers planning up to its check, and says plans cannot be submitted here.
    std::string record_path;
    // On a council's server (record_path is postgresql://…): the kiosk's outbox, a file kept here
    // (alloc/record/outbox.hpp), and the kiosk's own signing key. Each plan is kept there first,
    // then sent; when the server cannot be reached the person is told it is saved and will be
    // sent, and it is, exactly once, at the next plan sent or sooner (send_waiting). Empty: plans
    // go straight to the record, and cannot be sent while it cannot be reached.
    std::string outbox_path, outbox_key_path;
    // The exact text of the rule set (stored in the record with each budget and plan) and its
    // name for messages; empty text: the built-in model RAS.
    std::string rules_text, rules_name;
    std::vector<WorkerLogin> workers;  // who may sign in to the social worker's mode
    UtcClock record_clock;             // the time events are recorded at; empty: the system's clock
    // After the page changes, taps are ignored for this long (kiosk/ui/tap_guard.hpp).
    double tap_quiet_seconds = 0.4;
    const Wording* words = &Wording::built_in();  // the plan records choices in these words
    // Where a sent plan's reference comes from: new_plan_reference() (secure random); the tour
    // sets made-up ones so its pictures are the same on every run.
    std::function<std::string()> new_reference;
    // Where saved journeys are kept (kiosk/flow/draft_store.hpp) and for how long; empty: the
    // kiosk does not offer "Save and come back later".
    std::string drafts_path;
    int draft_days = 14;
    // Prints the receipt on the site's printer (kiosk/app/receipt_print.hpp), in the words the
    // person has on the screen (`language` empty: the kiosk's own), and returns "" or why not;
    // empty: the kiosk has no printer.
    std::function<std::string(const PlanReceipt&, bool easy_read, const std::string& language)> print_receipt;
    SpeechSettings speech;
    // Where Easy Read's pictures are (kiosk/ui/pictures.hpp); empty: where the build made them.
    std::string pictures_folder;
};

// The tasks of the plan's task list, in order (GOV.UK task list pattern).
enum class PlanTask { Questions, Outcomes, Support, Money, Decisions, Safety };
inline constexpr int kPlanTaskCount = 6;
// A task with a problem the council's check found, which must be put right, is never Completed.
enum class TaskStatus { NotStarted, InProgress, Completed, HasProblem };

inline constexpr std::size_t kMaxReferenceLength = 40;
// A plan's or a draft's reference as typed: "7KQ4-M2XD-R", with room for spaces or dashes.
inline constexpr std::size_t kMaxTypedPlanReference = 16;
// The plan check that asks for each of the seven questions: unanswered ones are told together.
inline constexpr std::string_view kUnansweredQuestionRule = "plan_check.question_unanswered";

// What a confirmation page asks before something that cannot be undone.
enum class Confirmation { SendPlan, ClearAnswers };
// A tap that asked from the actions bar at the foot of the screen, not from the page.
inline constexpr float kAskedFromActionsBar = 1e9f;

class KioskFlow {
public:
    KioskFlow(std::shared_ptr<const RuleSet> rules, FlowSettings settings);

    const RuleSet& rules() const { return engine_.rules(); }
    Screen screen() const { return screen_; }
    const Journey& journey() const { return journey_; }
    const std::vector<PageError>& errors() const { return errors_; }
    const FlowSettings& settings() const { return settings_; }
    DisplayPreferences& preferences() { return preferences_; }
    const DisplayPreferences& preferences() const { return preferences_; }
    IdleTimer& idle() { return idle_; }
    const IdleTimer& idle() const { return idle_; }
    WorkerDesk& worker() { return worker_; }
    const WorkerDesk& worker() const { return worker_; }
    // True on any screen that may show something personal: the idle wipe applies there.
    bool in_session() const { return screen_ != Screen::Start; }

    // 1. Start
    void start();
    void open_social_worker_mode();
    // "Check on my plan": a reference from a receipt, and what has happened to its plan. Look-ups
    // that find nothing are counted like wrong PINs (kFreePinAttempts, then growing waits that
    // survive the wipe), so nobody can try references one after another at the kiosk.
    void open_status_lookup();
    void open_about() { show(Screen::About); }  // nothing personal: Back goes to Start
    // Languages: the kiosk's own first, then each built-in language (kiosk/text/) the rule set
    // also has its texts in (rules/rule_texts.hpp), so that every word on every page can be in
    // it. Urdu is written right to left: its pages are mirrored (kiosk/ui/mirror.hpp).
    std::vector<std::string> offered_languages() const;
    void open_languages();                          // the language page; Back returns
    void choose_language(const std::string& code);  // for this session; returns to the page it was opened from
    PersonalText& status_reference() { return journey_.status_reference; }
    void look_up_status();
    double status_wait_seconds() const;  // before another look-up may be tried; 0 when none
    // "Save and come back later" (from a question or the plan's task list) and "Carry on with a
    // saved plan" (from Start): kiosk/flow/draft_flow.cpp.
    bool can_save_draft() const { return !settings_.drafts_path.empty(); }
    void ask_to_save();
    PersonalText& draft_code() { return journey_.draft_code; }
    void save_draft();
    void open_resume();
    PersonalText& draft_reference() { return journey_.draft_reference; }
    void continue_from_resume_reference();
    void resume_draft();
    // 2. About you
    PersonalText& reference() { return journey_.reference; }  // the on-screen keyboard edits it
    void continue_from_name();
    // 3. Questions
    int question_count() const { return int(journey_.answers.size()); }
    const Question& current_question() const;
    void choose_answer(int option);
    void continue_from_question();
    // 4. Check your answers
    void change_name();
    void change_answer(int question);
    void confirm_answers();
    // 5. Budget
    void continue_to_plan();
    void show_workings();  // "How it was worked out": points, rates and shares
    // The budget over the year the plan will run, worked out as the plan check works out the
    // budget for a plan's period: the one yearly figure the person sees.
    Money yearly_budget() const;
    // 6. Your plan
    const PlanDraft& plan() const { return journey_.plan; }
    PlanDraft& plan() { return journey_.plan; }
    TaskStatus task_status(PlanTask task) const;
    void open_task(PlanTask task);
    void open_plan_question(int question);
    PersonalText& plan_answer() { return journey_.plan.answers[std::size_t(journey_.plan.question)]; }
    void continue_from_plan_question();
    void toggle_outcome(int outcome);
    void step_units(int option, int delta);
    void toggle_serves(int option, int outcome);
    void choose_held_as(int choice);
    void choose_manager(int choice);
    void choose_decider(int choice);
    void toggle_risk(int risk);
    void choose_no_risks();
    void choose_contingency(int choice);
    // Why the plan costs more or less than the budget: asked on the support page once the
    // council's check has asked for a reason, and kept from then on.
    bool asks_difference_reason() const;
    void choose_difference(int choice);
    void continue_from_task();   // back to the task list, checking the page first
    Money plan_weekly_cost() const { return weekly_cost(journey_.plan, rules()); }
    // 7. Check your plan: builds the plan and runs the council's checks on it.
    void check_plan();
    const std::optional<PlanCheckResult>& plan_check() const { return journey_.plan_check; }
    const SupportPlan& built_plan() const { return journey_.built_plan; }
    // How many things must change, as the person is told them: the check's blockers, with the
    // unanswered questions of the seven counted once together (check_plan_screen.cpp).
    int things_to_change() const;
    // The task a finding's field belongs to ("lines[2].provider" → Support).
    static PlanTask task_for_field(std::string_view field);
    // 8. Submit: records the assessment, the budget, the plan and its check.
    void submit_plan();
    bool can_submit() const { return !settings_.record_path.empty(); }
    // Sends what the outbox keeps, if the kiosk has one and the server can be reached; quietly
    // leaves it waiting otherwise. Returns how many are still waiting.
    std::size_t send_waiting();
    // Checked, with nothing that stops it being sent, and a record to send it to.
    bool plan_can_be_sent() const {
        return can_submit() && journey_.plan_check && journey_.plan_check->can_be_confirmed();
    }
    const std::optional<PlanReceipt>& receipt() const { return journey_.receipt; }
    bool can_print() const { return bool(settings_.print_receipt); }
    void print_receipt();  // the receipt on paper; the outcome is in journey().printed
    // Confirmations. Anything that sends, clears or leaves asks first, on a page of its own, with
    // the safe choice where the finger was (kiosk/screens/confirm_screen.cpp). `finger_y` is
    // where the tap that asked was on the screen, or kAskedFromActionsBar.
    void ask(Confirmation what, float finger_y);
    Confirmation confirming() const { return confirming_; }
    float asking_finger_y() const { return asking_finger_y_; }
    void confirm_yes();
    void confirm_no();  // back to the page that asked
    // Everywhere
    void back();
    void finish();  // the person is done: wipe and start again
    // Clears everything personal, puts the preferences back and shows Start.
    void wipe(double now);
    // The app tells the flow the time at the start of each frame (seconds, steady clock).
    void set_now(double now) { now_ = now; }
    double now() const { return now_; }
    // How many times the session has been wiped: the app recreates the ImGui context after each.
    int wipe_count() const { return wipes_; }
    // Goes up by one whenever a new page is shown, here or at the social worker's desk.
    int page_number() const { return pages_shown_ + worker_.pages_shown(); }

private:
    void show(Screen screen);
    // The task list, with the plan checked again when it has been checked before, so that each
    // task's status follows what the plan says now.
    void show_task_list();
    void run_plan_check();
    void go_to_question(int question);
    // `count` >= 0: `key` is a count's words, without its plural ending (PageError::count).
    // While look-ups must wait (status_wait_seconds), says so beside `field`: true when it did.
    bool told_to_wait(std::string field);
    void error(std::string key, std::string field,
               std::vector<std::pair<std::string, std::string>> params = {}, long long count = -1);

    std::vector<RuleSetSource> rule_sources() const;
    void submit_through_outbox();  // outbox_flow.cpp
    void wipe_plan();

    Screen language_return_ = Screen::Start;
    BudgetEngine engine_;
    PlanChecker checker_;  // the rule set's plan checks, compiled once
    FlowSettings settings_;
    Confirmation confirming_ = Confirmation::ClearAnswers;
    Screen asked_from_ = Screen::Start;
    float asking_finger_y_ = kAskedFromActionsBar;
    int pages_shown_ = 0;
    Screen screen_ = Screen::Start;
    Journey journey_;
    std::vector<PageError> errors_;
    DisplayPreferences preferences_;
    IdleTimer idle_;
    WorkerDesk worker_;
    double now_ = 0;
    int wipes_ = 0;
    // A look-up (a plan's status, a draft) that found nothing: counted like a wrong PIN.
    void count_look_up_miss();
    Screen saving_from_ = Screen::Question;  // the page "Save and come back later" was asked from
    int status_misses_ = 0;          // look-ups in a row that found nothing (plans or drafts); kept across wipes
    double status_wait_until_ = -1;  // the kiosk's clock
};

}  // namespace openras::kiosk
