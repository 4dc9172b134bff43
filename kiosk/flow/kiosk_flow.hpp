#pragma once
// The kiosk's flow model: the state of one person's session and every move between screens.
// It knows nothing of ImGui, so the journey can be tested without a window; the screens in
// kiosk/screens/ only draw this state and call these functions when something is tapped.
#include "kiosk/flow/idle_timer.hpp"
#include "kiosk/flow/journey.hpp"
#include "kiosk/flow/preferences.hpp"
#include "kiosk/flow/screen.hpp"
#include "rules/budget_engine.hpp"

#include <memory>

namespace openras::kiosk {

struct FlowSettings {
    DisplayPreferences preferences;  // what every session starts with
    IdleSettings idle;
    boost::gregorian::date today = boost::gregorian::day_clock::local_day();
};

// What the NotYetAvailable screen is standing in for.
enum class Unavailable { Plan, SocialWorker };

enum class DatePart { Day, Month, Year };

inline constexpr std::size_t kMaxReferenceLength = 40;

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
    Unavailable unavailable() const { return unavailable_; }
    // True on any screen that may show something personal: the idle wipe applies there.
    bool in_session() const { return screen_ != Screen::Start; }

    // 1. Start
    void start();
    void open_social_worker_mode();
    // 2. About you
    PersonalText& reference() { return journey_.reference; }  // the on-screen keyboard edits it
    void continue_from_name();
    void step_date(DatePart part, int delta);
    void continue_from_date();
    // 3. Questions
    int question_count() const { return int(journey_.answers.size()); }
    const Question& current_question() const;
    void choose_answer(int option);
    void continue_from_question();
    // 4. Check your answers
    void change_name();
    void change_date();
    void change_answer(int question);
    void confirm_answers();
    // 5. Budget
    void continue_to_plan();
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

private:
    void show(Screen screen);
    void go_to_question(int question);
    void error(std::string key, std::string field,
               std::vector<std::pair<std::string, std::string>> params = {});

    BudgetEngine engine_;
    FlowSettings settings_;
    Screen screen_ = Screen::Start;
    Journey journey_;
    std::vector<PageError> errors_;
    DisplayPreferences preferences_;
    IdleTimer idle_;
    Unavailable unavailable_ = Unavailable::Plan;
    double now_ = 0;
    int wipes_ = 0;
};

}  // namespace openras::kiosk
