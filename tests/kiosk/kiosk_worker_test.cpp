// The social worker's mode on the real screens, headless: the PIN and its lockout, the queue
// of plans read from a real decision record that the service user's journey wrote, each case
// worked out again from the record, and every decision recorded with the social-worker role.
#include "headless_kiosk.hpp"

#include "alloc/record/plan_reference.hpp"
#include "plan_journey.hpp"

#include "alloc/record/decision_store.hpp"
#include "alloc/case/plan_recording.hpp"
#include "alloc/plan/plan_writer.hpp"
#include "rules/ruleset_loader.hpp"

#include <fstream>

namespace openras::kiosk::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kWorker = "Sam Okafor";
constexpr std::string_view kPin = "2468";

// crypto_pwhash takes a moment at interactive limits: hash the PIN once for every test.
const std::string& pin_hash() {
    static const std::string hash = hash_pin(kPin);
    return hash;
}

FlowSettings desk_settings(const fs::path& record) {
    FlowSettings s = with_record(record);
    s.workers = {{"Another Worker", hash_pin("1357")}, {kWorker, pin_hash()}};
    return s;
}

std::vector<StoredEvent> events_of(const fs::path& record, const std::string& person) {
    StoreOptions read;
    read.access = StoreAccess::ReadOnly;
    return DecisionStore::open(record.string(), read).events_of(person);
}

void type_pin(HeadlessKiosk& k, std::string_view pin) {
    for (char digit : pin) k.tap(std::string("pin.") + digit);
}

// From Start to the queue, signed in.
void sign_in(HeadlessKiosk& k) {
    k.tap("social-worker");
    ASSERT_EQ(k.flow().screen(), Screen::Worker);
    ASSERT_EQ(k.flow().worker().page(), WorkerPage::Pin);
    type_pin(k, kPin);
    k.tap("sign-in");
    ASSERT_EQ(k.flow().worker().page(), WorkerPage::Queue) << (k.flow().worker().errors().empty() ? "" : k.flow().worker().errors()[0].key);
}

// From the queue to the Decision page of its first case.
void open_first_case(HeadlessKiosk& k) {
    ASSERT_FALSE(k.flow().worker().queue().empty());
    k.tap("case.0");
    ASSERT_EQ(k.flow().worker().page(), WorkerPage::Case);
}

// From the Case page: "Make a decision", the decision `action` ("action.return"), Continue.
void decide(HeadlessKiosk& k, const std::string& action) {
    k.tap("decide");
    k.tap(action);
    k.tap("continue");
}

bool has_error(const WorkerDesk& desk, std::string_view key, std::string_view field) {
    for (const PageError& e : desk.errors())
        if (e.key == key && e.field == field) return true;
    return false;
}

TEST(KioskWorker, WrongPinsMakeTheNextTryWaitButNeverLockStaffOut) {
    TempRecord record;
    HeadlessKiosk k(1920, 1080, desk_settings(record.path));
    const WorkerDesk& desk = k.flow().worker();
    k.tap("social-worker");
    for (int attempt = 1; attempt < kFreePinAttempts; ++attempt) {
        type_pin(k, "9999");
        k.tap("sign-in");
        ASSERT_EQ(desk.page(), WorkerPage::Pin);
        EXPECT_TRUE(has_error(desk, "worker.error_pin_wrong", "pin"));
        EXPECT_FALSE(desk.waiting(k.flow().now())) << "the first wrong PINs cost nothing";
        EXPECT_TRUE(desk.pin().empty()) << "a wrong PIN is cleared";
    }
    type_pin(k, "9999");
    k.tap("sign-in");
    EXPECT_TRUE(k.ui().text_log.contains("Wait 5 seconds, then try again"));

    // Walking away (the wipe) does not end the wait, and the right PIN waits too, without
    // counting as a wrong one.
    k.flow().wipe(k.flow().now());
    k.settle(2);  // the wipe gives ImGui a new context: draw the start screen in it
    k.tap("social-worker");
    type_pin(k, kPin);
    k.tap("sign-in");
    EXPECT_FALSE(desk.signed_in());
    EXPECT_TRUE(has_error(desk, "worker.error_wait", "pin"));
    EXPECT_EQ(desk.wrong_pins_in_a_row(), kFreePinAttempts);

    // Once the few seconds are over, the right PIN signs in, as the worker it belongs to.
    k.platform().advance(kFirstPinWaitSeconds);
    k.settle();
    type_pin(k, kPin);
    k.tap("sign-in");
    ASSERT_EQ(desk.page(), WorkerPage::Queue);
    EXPECT_EQ(desk.worker_name(), kWorker);
    EXPECT_EQ(desk.wrong_pins_in_a_row(), 0);
    EXPECT_TRUE(k.ui().text_log.contains(std::string("Signed in as ") + kWorker));
}

TEST(KioskWorker, TheWaitDoublesToAMinuteAtMost) {
    EXPECT_EQ(pin_wait_seconds(1), 0);
    EXPECT_EQ(pin_wait_seconds(kFreePinAttempts - 1), 0);
    EXPECT_EQ(pin_wait_seconds(kFreePinAttempts), 5);
    EXPECT_EQ(pin_wait_seconds(kFreePinAttempts + 1), 10);
    EXPECT_EQ(pin_wait_seconds(kFreePinAttempts + 3), 40);
    EXPECT_EQ(pin_wait_seconds(kFreePinAttempts + 4), 60);
    EXPECT_EQ(pin_wait_seconds(1000), 60);
}

TEST(KioskWorker, AnEmptyPinAndAKioskWithNoWorkersSaySo) {
    TempRecord record;
    {
        HeadlessKiosk k(1920, 1080, desk_settings(record.path));
        k.tap("social-worker");
        k.tap("sign-in");
        EXPECT_TRUE(has_error(k.flow().worker(), "worker.error_pin_missing", "pin"));
        EXPECT_EQ(k.flow().worker().wrong_pins_in_a_row(), 0) << "no PIN is not a wrong PIN";
    }
    HeadlessKiosk k(1920, 1080, with_record(record.path));
    k.tap("social-worker");
    type_pin(k, kPin);
    k.tap("sign-in");
    EXPECT_TRUE(k.ui().text_log.contains("No social workers are set up on this kiosk"));
    EXPECT_FALSE(k.flow().worker().signed_in());
}

TEST(KioskWorker, TheQueueAndTheCaseComeFromTheRecord) {
    TempRecord record;
    HeadlessKiosk k(1920, 1080, desk_settings(record.path));
    submit_plan_by_tapping(k, "CASE ONE");
    submit_plan_by_tapping(k, "CASE TWO");
    sign_in(k);
    const WorkerDesk& desk = k.flow().worker();
    ASSERT_EQ(desk.queue().size(), 2u);
    EXPECT_EQ(desk.queue()[0].person, "CASE ONE") << "the plan waiting longest is first";
    EXPECT_EQ(desk.queue()[1].person, "CASE TWO");
    EXPECT_EQ(desk.queue()[0].plan_weekly, Money::from_pence(10 * 1450 + 3500));
    EXPECT_EQ(desk.queue()[0].blockers, 0);
    EXPECT_TRUE(k.ui().text_log.contains("The plan costs £180.00 a week."));
    EXPECT_TRUE(k.ui().text_log.contains("It passed the council's checks."));
    // The queue is on a public screen: initials and the plan's number, never the whole name.
    // Initials and the reference the person holds, which they read out on the phone.
    EXPECT_TRUE(is_plan_reference(desk.queue()[0].reference)) << desk.queue()[0].reference;
    EXPECT_TRUE(k.ui().text_log.contains("C. O. (reference " + desk.queue()[0].reference + ")"));
    EXPECT_FALSE(k.ui().text_log.contains("CASE ONE"));

    open_first_case(k);
    const WorkerCase& c = desk.current_case();
    EXPECT_TRUE(c.problems.empty()) << c.problems.front();
    ASSERT_TRUE(c.budget);
    ASSERT_TRUE(c.plan);
    ASSERT_TRUE(c.check);
    // The budget worked out again from the stored answers is the one recorded, and the screen
    // shows it with every explanation line; the plan's check agrees with the recorded one.
    EXPECT_EQ(c.budget->weekly, c.indicative_weekly);
    EXPECT_EQ(c.entry.budget_weekly, c.indicative_weekly);
    EXPECT_TRUE(k.ui().text_log.contains("The case of CASE ONE"));
    EXPECT_TRUE(k.ui().text_log.contains(c.budget->weekly.to_string() + " a week (" + c.budget->annual.to_string() + " a year)"));
    EXPECT_GE(c.budget->explanation.size(), 3u);
    for (const ExplanationLine& line : c.budget->explanation) EXPECT_TRUE(k.ui().text_log.contains(line.amount.to_string()));
    EXPECT_EQ(c.check->blockers, 0);
    EXPECT_EQ(c.plan->lines.size(), 2u);
    EXPECT_EQ(c.plan->answers[0], "MY ANSWER");
    EXPECT_TRUE(k.ui().text_log.contains("MY ANSWER"));
    EXPECT_TRUE(k.ui().text_log.contains("£180.00"));
    EXPECT_TRUE(k.ui().text_log.contains("The record so far"));
    EXPECT_EQ(c.history.size(), 5u);

    k.tap("back");
    EXPECT_EQ(desk.page(), WorkerPage::Queue);
    EXPECT_FALSE(desk.current_case().plan) << "leaving a case forgets it";
}

TEST(KioskWorker, ConfirmingRecordsTheWorkerAndTakesThePlanOffTheQueue) {
    TempRecord record;
    HeadlessKiosk k(1920, 1080, desk_settings(record.path));
    submit_plan_by_tapping(k, "CONFIRM ME");
    sign_in(k);
    open_first_case(k);
    k.tap("decide");
    k.tap("continue");
    EXPECT_TRUE(k.ui().text_log.contains("Error: Choose a decision"));
    k.tap("action.confirm");
    k.tap("continue");
    ASSERT_EQ(k.flow().worker().page(), WorkerPage::Reason);
    k.tap("reason.standard");
    k.tap("record");
    ASSERT_EQ(k.flow().worker().page(), WorkerPage::Done);
    EXPECT_TRUE(k.ui().text_log.contains("Plan confirmed"));

    const std::vector<StoredEvent> events = events_of(record.path, "CONFIRM ME");
    ASSERT_EQ(events.size(), 6u);
    const StoredEvent& decision = events.back();
    EXPECT_EQ(decision.type, "plan-confirmed");
    EXPECT_EQ(decision.role, "social-worker");
    EXPECT_EQ(decision.actor, kWorker);
    EXPECT_EQ(decision.refers_to, events[4].id) << "the decision is on the plan's check";
    EXPECT_EQ(decision.payload_json().at("reason").get<std::string>(),
              Wording::built_in().get("worker.reason_standard", false));
    EXPECT_TRUE(k.ui().text_log.contains("as event " + std::to_string(decision.id) + ", by " + kWorker));

    k.tap("plans");
    EXPECT_EQ(k.flow().worker().page(), WorkerPage::Queue);
    EXPECT_TRUE(k.flow().worker().queue().empty());
    EXPECT_TRUE(k.ui().text_log.contains("There are no plans waiting for a decision."));
}

TEST(KioskWorker, ReturningOrReferringNeedsTypedReasons) {
    TempRecord record;
    HeadlessKiosk k(1920, 1080, desk_settings(record.path));
    submit_plan_by_tapping(k, "RETURN ME");
    submit_plan_by_tapping(k, "REFER ME");
    sign_in(k);

    open_first_case(k);
    decide(k, "action.return");
    EXPECT_FALSE(k.has("reason.standard")) << "only a confirmation has a standard reason";
    k.type_on_screen("   ");
    k.tap("record");
    EXPECT_EQ(k.flow().worker().page(), WorkerPage::Reason);
    EXPECT_TRUE(has_error(k.flow().worker(), "worker.error_reason_missing", "reason"));
    EXPECT_EQ(events_of(record.path, "RETURN ME").size(), 5u) << "nothing is recorded without a reason";
    k.type_on_screen("NEEDS A CONTINGENCY NAMED");
    k.tap("record");
    ASSERT_EQ(k.flow().worker().page(), WorkerPage::Done);
    const StoredEvent returned = events_of(record.path, "RETURN ME").back();
    EXPECT_EQ(returned.type, "plan-returned");
    EXPECT_EQ(returned.role, "social-worker");
    EXPECT_EQ(returned.payload_json().at("reason").get<std::string>(), "   NEEDS A CONTINGENCY NAMED");
    k.tap("plans");

    ASSERT_EQ(k.flow().worker().queue().size(), 1u);
    EXPECT_EQ(k.flow().worker().queue()[0].person, "REFER ME");
    open_first_case(k);
    decide(k, "action.refer");
    k.tap("record");
    EXPECT_TRUE(k.ui().text_log.contains("Error: Give your reasons for this decision"));
    k.type_on_screen("HIGH COST");
    k.tap("record");
    ASSERT_EQ(k.flow().worker().page(), WorkerPage::Done);
    EXPECT_EQ(events_of(record.path, "REFER ME").back().type, "plan-referred-to-panel");
    k.tap("plans");
    EXPECT_TRUE(k.flow().worker().queue().empty());
}

// The desk finds a waiting plan by the reference the person reads out, typed as heard.
TEST(KioskWorker, ACaseIsFoundByTheReferenceOnTheReceipt) {
    TempRecord record;
    HeadlessKiosk k(1920, 1080, desk_settings(record.path));
    submit_plan_by_tapping(k, "FIRST");
    submit_plan_by_tapping(k, "SECOND");
    sign_in(k);
    ASSERT_EQ(k.flow().worker().queue().size(), 2u);
    const std::string wanted = k.flow().worker().queue()[1].reference;
    k.tap("find");
    ASSERT_EQ(k.flow().worker().page(), WorkerPage::Find);
    k.type_on_screen("AAAA AAAA A");  // well formed, and nobody's
    k.tap("find-case");
    EXPECT_TRUE(has_error(k.flow().worker(), "worker.error_find_none", "find_reference"));
    for (int i = 0; i < 11; ++i) k.tap("key.delete");
    std::string typed;
    for (char c : wanted)
        if (c != '-') typed += c;
    k.type_on_screen(typed);
    k.tap("find-case");
    ASSERT_EQ(k.flow().worker().page(), WorkerPage::Case);
    EXPECT_EQ(k.flow().worker().current_case().entry.person, "SECOND");
}

TEST(KioskWorker, TheFirstKeyOnTheAmountPadReplacesTheAmountShown) {
    TempRecord record;
    HeadlessKiosk k(1920, 1080, desk_settings(record.path));
    submit_plan_by_tapping(k, "PAD ME");
    sign_in(k);
    open_first_case(k);
    decide(k, "action.agree");
    ASSERT_EQ(k.flow().worker().page(), WorkerPage::Amount);
    EXPECT_EQ(k.flow().worker().amount_typed(), k.flow().worker().current_case().indicative_weekly.to_plain_string());
    k.tap("amount.1");
    k.tap("amount.0");
    k.tap("amount.0");
    EXPECT_EQ(k.flow().worker().amount_typed(), "100");
    EXPECT_TRUE(k.ui().text_log.contains("\u00a3100"));
    // Leading zeros go, and six digits of pounds is the most a week.
    for (int i = 0; i < 3; ++i) k.tap("amount.delete");
    for (const char* key : {"amount.0", "amount.7", "amount.1", "amount.2", "amount.3", "amount.4", "amount.5", "amount.6", "amount.7"})
        k.tap(key);
    EXPECT_EQ(k.flow().worker().amount_typed(), "712345");
}

TEST(KioskWorker, ADifferentFinalBudgetMustDifferAndNeedsAReason) {
    TempRecord record;
    HeadlessKiosk k(1920, 1080, desk_settings(record.path));
    submit_plan_by_tapping(k, "AGREE ME");
    sign_in(k);
    open_first_case(k);
    const Money indicative = k.flow().worker().current_case().indicative_weekly;
    decide(k, "action.agree");
    ASSERT_EQ(k.flow().worker().page(), WorkerPage::Amount);
    EXPECT_EQ(k.flow().worker().amount(), indicative);
    k.tap("continue");
    EXPECT_TRUE(has_error(k.flow().worker(), "worker.error_amount_same", "amount"));
    // Delete edits the amount shown; emptied, it asks for an amount.
    for (int i = 0; i < 12; ++i) k.tap("amount.delete");
    EXPECT_EQ(k.flow().worker().amount_typed(), "");
    k.tap("continue");
    EXPECT_TRUE(has_error(k.flow().worker(), "worker.error_amount_missing", "amount"));
    // £260 is three taps, not 26 taps of £10.
    for (const char* key : {"amount.2", "amount.6", "amount.0"}) k.tap(key);
    EXPECT_EQ(k.flow().worker().amount_typed(), "260");
    k.tap("amount.point");
    k.tap("amount.point");  // a second point does nothing
    for (const char* key : {"amount.4", "amount.5", "amount.9"}) k.tap(key);  // nor a third pence digit
    EXPECT_EQ(k.flow().worker().amount_typed(), "260.45");
    k.tap("amount.delete");
    k.tap("amount.delete");
    k.tap("amount.delete");
    EXPECT_EQ(k.flow().worker().amount_typed(), "260");
    const Money agreed = Money::from_pence(26000);
    ASSERT_NE(agreed, indicative);
    EXPECT_EQ(k.flow().worker().amount(), agreed);
    const Money difference = agreed > indicative ? agreed - indicative : indicative - agreed;
    EXPECT_TRUE(k.ui().text_log.contains(difference.to_string() + (agreed > indicative ? " more" : " less") +
                                         " than the indicative budget"));
    k.tap("continue");
    ASSERT_EQ(k.flow().worker().page(), WorkerPage::Reason);
    k.tap("record");
    EXPECT_TRUE(has_error(k.flow().worker(), "worker.error_reason_budget", "reason"));
    k.type_on_screen("TRAVEL TO THE DAY CENTRE");
    k.tap("record");
    ASSERT_EQ(k.flow().worker().page(), WorkerPage::Done);
    EXPECT_TRUE(k.ui().text_log.contains("Final budget agreed: " + agreed.to_string() + " a week"));

    const std::vector<StoredEvent> events = events_of(record.path, "AGREE ME");
    ASSERT_GE(events.size(), 2u);
    const StoredEvent& decision = events[events.size() - 2];
    EXPECT_EQ(decision.type, "final-budget-agreed");
    EXPECT_EQ(decision.role, "social-worker");
    EXPECT_EQ(decision.actor, kWorker);
    EXPECT_EQ(decision.refers_to, events[2].id) << "the final budget is for the indicative budget";
    EXPECT_EQ(decision.payload_json().at("weekly_pence").get<std::int64_t>(), agreed.pence());
    // The plan is checked again against the agreed amount, and the page says what that found.
    const StoredEvent& rechecked = events.back();
    EXPECT_EQ(rechecked.type, "plan-checked");
    EXPECT_EQ(rechecked.payload_json().at("budget_event").get<EventId>(), decision.id);
    EXPECT_EQ(rechecked.payload_json().at("budget_input").at("weekly_pence").get<std::int64_t>(), agreed.pence());
    EXPECT_TRUE(k.ui().text_log.contains("The plan was checked again against this amount"));

    // The plan still needs its own decision, and its case now shows the agreed budget.
    k.tap("plans");
    ASSERT_EQ(k.flow().worker().queue().size(), 1u);
    open_first_case(k);
    EXPECT_EQ(k.flow().worker().current_case().final_budget, agreed);
    EXPECT_EQ(k.flow().worker().current_case().entry.check_event, rechecked.id);
    EXPECT_EQ(k.flow().worker().current_case().budget_event, events[2].id);
    EXPECT_TRUE(k.ui().text_log.contains("A final budget of " + agreed.to_string() + " a week has already been agreed."));
}

TEST(KioskWorker, APlanWithBlockersCannotBeConfirmed) {
    TempRecord record;
    HeadlessKiosk k(1920, 1080, desk_settings(record.path));
    submit_plan_by_tapping(k, "BLOCKED");
    // The same person sends a plan with no contingency from elsewhere (the command line):
    // the record holds it with its check, blockers and all.
    to_plan(k, "BLOCKED");
    make_plan_by_tapping(k);
    k.flow().plan().contingency = -1;
    k.tap("check");
    ASSERT_GT(k.flow().plan_check()->blockers, 0);
    {
        DecisionStore store = DecisionStore::open(record.path.string());
        record_plan(store, plan_to_toml_text(k.flow().built_plan()), "blocked.toml", Actor{"BLOCKED", Role::ServiceUser},
                    {{kEmbeddedDefaultName, std::string(embedded_model_ras_text())}});
    }
    k.flow().finish();
    k.settle(2);
    sign_in(k);
    ASSERT_EQ(k.flow().worker().queue().size(), 1u) << "only the latest plan waits";
    EXPECT_GT(k.flow().worker().queue()[0].blockers, 0);
    const int blockers = k.flow().worker().queue()[0].blockers;
    // The count and its noun agree: "1 problem", "2 problems".
    EXPECT_TRUE(k.ui().text_log.contains("The check found " + std::to_string(blockers) +
                                         (blockers == 1 ? " problem that" : " problems that") +
                                         " must be put right before it can be confirmed."));
    open_first_case(k);
    EXPECT_TRUE(k.ui().text_log.contains("Must be put right before the plan can be confirmed"));
    decide(k, "action.confirm");
    EXPECT_EQ(k.flow().worker().page(), WorkerPage::Decision);
    // The error keeps its count: its words take the count's plural form in the language shown.
    EXPECT_TRUE(has_error(k.flow().worker(), "worker.error_cannot_confirm", "action"));
    EXPECT_EQ(k.flow().worker().errors().front().count, blockers);
    k.tap("action.return");
    k.tap("continue");
    EXPECT_EQ(k.flow().worker().page(), WorkerPage::Reason);
}

TEST(KioskWorker, AnUnreadableRecordIsSaidAndLeftAsItWas) {
    TempRecord record;
    const std::string junk = "this is not a decision record\n";
    std::ofstream(record.path) << junk;
    HeadlessKiosk k(1920, 1080, desk_settings(record.path));
    sign_in(k);
    EXPECT_FALSE(k.flow().worker().queue_problem().empty());
    EXPECT_TRUE(k.ui().text_log.contains("The decision record could not be read"));
    std::ifstream in(record.path);
    const std::string after((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(after, junk);
}

TEST(KioskWorker, TheIdleWipeSignsOutAndLeavesNoPinOrReason) {
    TempRecord record;
    HeadlessKiosk k(1920, 1080, desk_settings(record.path));
    submit_plan_by_tapping(k, "WIPE CASE");
    k.tap("social-worker");
    type_pin(k, "24");
    const char* pin_buffer = k.flow().worker().pin().data();
    k.flow().wipe(k.flow().now());
    k.settle(2);  // the wipe gives ImGui a new context: draw the start screen in it
    EXPECT_TRUE(k.flow().worker().pin().empty());
    if (pin_buffer == k.flow().worker().pin().data()) {
        EXPECT_EQ(pin_buffer[0], '\0');
    }

    sign_in(k);
    open_first_case(k);
    decide(k, "action.return");
    k.type_on_screen("SECRET REASON");
    ASSERT_TRUE(k.ui().text_log.contains("SECRET REASON"));
    const int contexts = k.app().contexts_created();
    k.platform().advance(120 + 30 + 1);
    k.settle(2);

    EXPECT_EQ(k.flow().screen(), Screen::Start);
    const WorkerDesk& desk = k.flow().worker();
    EXPECT_FALSE(desk.signed_in());
    EXPECT_TRUE(desk.worker_name().empty());
    EXPECT_TRUE(desk.reason().empty());
    EXPECT_TRUE(desk.queue().empty());
    EXPECT_TRUE(desk.current_case().entry.person.empty());
    EXPECT_FALSE(desk.current_case().plan);
    EXPECT_EQ(k.app().contexts_created(), contexts + 1);
    EXPECT_FALSE(k.ui().text_log.contains("SECRET REASON"));
    EXPECT_FALSE(k.ui().text_log.contains("WIPE CASE"));
    EXPECT_EQ(events_of(record.path, "WIPE CASE").size(), 5u) << "walking away records nothing";
}

}  // namespace
}  // namespace openras::kiosk::testing
