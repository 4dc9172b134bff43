#pragma once
// The social worker's mode of the kiosk: sign in with a PIN, a queue of submitted plans, each
// case in full (answers, budget explanation, plan, costing and findings), and the decisions:
// confirm, return with reasons, refer to the panel, or agree a different final budget. Every
// decision is recorded in the decision record with the social-worker role. Like KioskFlow, it
// knows nothing of ImGui; kiosk/screens/worker_*.cpp draw it.
//
// The pages, one thing each (GOV.UK):
//   Pin       "Enter your PIN": a number pad; Sign in checks it against every worker's stored
//             hash. Wrong PINs are counted: after kFreePinAttempts in a row, each one more makes
//             the next try wait, 5 s, then 10, 20, 40, and at most kLongestPinWaitSeconds. A
//             passer-by can delay staff by a minute at most, never lock them out, while guessing
//             a 4-digit PIN would take days (the count and the wait survive the wipe, so walking away
//             and back does not reset them). Back leaves the desk.
//   Queue     the plans waiting for a decision, oldest first. Back signs out (the PIN page).
//   Case      one person's case in full. Back: the queue. "Make a decision": Decision.
//   Decision  confirm, return, refer to the panel, or agree a different final budget.
//   Amount    (agree only) the final budget a week, typed on a number pad (the indicative
//             budget to begin with; the first key typed replaces it).
//   Reason    why: typed on the on-screen keyboard (a confirmation may use the standard reason).
//   Done      what was recorded. Back or "Back to the plans": the queue.
#include "alloc/case/case_file.hpp"
#include "alloc/case/case_queue.hpp"
#include "alloc/record/decision_store.hpp"
#include "kiosk/flow/journey.hpp"
#include "kiosk/flow/personal_text.hpp"
#include "rules/indicative_budget.hpp"
#include "rules/money.hpp"
#include "rules/ruleset.hpp"

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace openras::kiosk {

// A social worker who may sign in: their name (recorded with each decision) and their PIN,
// stored only as a libsodium password hash (crypto_pwhash_str), never as the PIN itself.
struct WorkerLogin {
    std::string name;
    std::string pin_hash;
};

// The crypto_pwhash_str hash of `pin` at interactive limits (what `openras-kiosk --hash-pin`
// prints for the settings file). Throws std::runtime_error if libsodium cannot make it.
std::string hash_pin(std::string_view pin);
// True when `pin_hash` is a hash crypto_pwhash_str made (so a PIN can be checked against it).
bool is_pin_hash(const std::string& pin_hash);

inline constexpr int kFreePinAttempts = 3;          // wrong PINs in a row before any wait
inline constexpr double kFirstPinWaitSeconds = 5;   // then doubling with each wrong PIN
inline constexpr double kLongestPinWaitSeconds = 60;
// How long a sign-in must wait after `wrong_in_a_row` wrong PINs.
double pin_wait_seconds(int wrong_in_a_row);
inline constexpr std::size_t kMinPinLength = 4;  // what --hash-pin accepts
inline constexpr std::size_t kMaxPinLength = 12;
inline constexpr std::size_t kMaxAmountPoundDigits = 6;  // up to £999,999.99 a week
inline constexpr std::size_t kMaxReasonLength = 200;  // what the decision record accepts

enum class WorkerPage { Pin, Queue, Find, Case, Decision, Amount, Reason, Done };
enum class WorkerAction { Confirm, Return, Refer, AgreeBudget };
inline constexpr int kWorkerActionCount = 4;

// One plan waiting for a decision, and one case as the Case page shows it: read from the
// record by the library (alloc/case/case_queue.hpp, case_file.hpp), as `openras case queue` does.
using QueueEntry = WaitingPlan;
using WorkerCase = CaseFile;

// What the last decision recorded: shown on the Done page.
struct WorkerOutcome {
    WorkerAction action = WorkerAction::Confirm;
    std::string person;
    EventId event = 0;
    Money amount;  // AgreeBudget only
    // AgreeBudget only: the problems that stop the plan being confirmed, once checked again
    // against the agreed amount (nullopt when there was no checked plan to check again).
    std::optional<int> blockers_after_recheck;
};

class WorkerDesk {
public:
    // `clock` stamps the decisions recorded (empty: the system's UTC clock).
    WorkerDesk(std::shared_ptr<const RuleSet> rules, std::string record_path, std::vector<WorkerLogin> workers,
               UtcClock clock = {});

    // Shows the PIN page, nobody signed in.
    void open();
    // Back from the desk's current page; false when there is nowhere further back inside the
    // desk (the kiosk then returns to its start screen).
    bool back();
    // Forgets the PIN typed, who is signed in and every case shown. The count of wrong PINs
    // and any lockout stay: they are not personal, and must outlast walking away.
    void wipe();

    WorkerPage page() const { return page_; }
    int pages_shown() const { return pages_shown_; }
    // The current page's problems: the error summary and the message beside each field
    // ("pin", "action", "amount", "reason").
    const std::vector<PageError>& errors() const { return errors_; }
    const std::string& record_path() const { return record_path_; }

    // Pin page. `now` is the kiosk's clock in seconds (KioskFlow::now()).
    PersonalText& pin() { return pin_; }
    const PersonalText& pin() const { return pin_; }
    void type_pin_digit(char digit);
    void delete_pin_digit();
    void sign_in(double now);
    bool waiting(double now) const { return now < wait_until_; }
    int seconds_to_wait(double now) const;  // rounded up; 0 when the PIN may be tried now
    int wrong_pins_in_a_row() const { return failed_attempts_; }
    bool signed_in() const { return !worker_name_.empty(); }
    const std::string& worker_name() const { return worker_name_; }

    // Queue page.
    const std::vector<QueueEntry>& queue() const { return queue_; }
    // Why the record could not be read (the record's own words); empty when it was read.
    const std::string& queue_problem() const { return queue_problem_; }
    void refresh_queue();
    void open_case(int index);
    // Find: a waiting plan by the reference the person reads out (on the phone, at the desk).
    void open_find();
    PersonalText& find_reference() { return find_reference_; }
    void find_case();
    void sign_out();  // back to the PIN page

    // Case page.
    const WorkerCase& current_case() const { return case_; }
    void make_decision();

    // Decision page.
    std::optional<WorkerAction> action() const { return action_; }
    void choose_action(WorkerAction action);
    void continue_from_action();

    // Amount page: the final budget a week, typed in pounds and pence ("260", "170.45").
    const std::string& amount_typed() const { return amount_typed_; }
    // What is typed as money; nothing while it is empty or only ".".
    std::optional<Money> typed_amount() const;
    // The amount to be agreed: what is typed, or nothing (zero) while nothing is.
    Money amount() const { return typed_amount().value_or(Money{}); }
    // A key of the number pad: '0'-'9', '.', or '\b' for Delete. Keys that would make something
    // other than pounds and at most two pence digits (a second point, a third pence digit,
    // more than kMaxAmountPoundDigits) do nothing.
    void type_amount_key(char key);
    void continue_from_amount();

    // Reason page. A confirmation may use the standard reason instead of typed words: the
    // wording "worker.reason_standard" in plain English, as the record keeps it.
    PersonalText& reason() { return reason_; }
    const PersonalText& reason() const { return reason_; }
    bool use_standard_reason() const { return standard_reason_; }
    void choose_standard_reason(bool standard);
    // Records the decision with the signed-in worker as a social worker; Done on success, or
    // the record's refusal beside the field it concerns.
    void record_decision();

    // Done page.
    const std::optional<WorkerOutcome>& outcome() const { return outcome_; }
    void back_to_queue();

private:
    void show(WorkerPage page);
    void error(std::string key, std::string field, std::vector<std::pair<std::string, std::string>> params = {},
               long long count = -1);  // count: as KioskFlow::error
    void forget_case();

    std::shared_ptr<const RuleSet> rules_;
    std::string record_path_;
    std::vector<WorkerLogin> workers_;
    UtcClock clock_;
    StoredRuleSets rule_sets_;  // loaded from the record, kept between cases

    int pages_shown_ = 0;
    WorkerPage page_ = WorkerPage::Pin;
    std::vector<PageError> errors_;
    PersonalText pin_;
    int failed_attempts_ = 0;
    double wait_until_ = -1;
    std::string worker_name_;
    std::vector<QueueEntry> queue_;
    std::string queue_problem_;
    WorkerCase case_;
    std::optional<WorkerAction> action_;
    std::string amount_typed_;
    bool amount_untouched_ = true;  // still the indicative budget as shown: the first key replaces it
    PersonalText reason_;
    PersonalText find_reference_;
    bool standard_reason_ = false;
    std::optional<WorkerOutcome> outcome_;
};

}  // namespace openras::kiosk
