// Agreeing a final budget checks the person's plan again against it: a plan over its
// indicative budget, with no reason written, cannot be confirmed, and can be once a final
// budget that covers it is agreed. The checks made again are replayed like any other.
#include "alloc/case/plan_recording.hpp"
#include "alloc/audit/record_verifier.hpp"
#include "alloc/audit/replay.hpp"
#include "store_test_support.hpp"

namespace openras {
namespace {

using namespace openras::test;

struct PlannedCase {
    std::string person;
    RecordedBudget budget;
    RecordedPlan plan;
    Actor decider;
};

PlannedCase plan_over_a_small_budget(DecisionStore& store) {
    const std::string text = file_bytes(std::string(OPENRAS_SOURCE_DIR) + "/examples/plans/good-plan.toml");
    PlannedCase c{"SAMPLE-0001", {}, {}, kWorker};
    Assessment a = generated_assessments(1, 9).front();
    a.person = c.person;
    register_person(store, c.person, kWorker);
    c.budget = record_assessment(store, a, person_actor(c.person), model_ras());
    c.decider = c.budget.budget.refer_to_panel() ? kPanel : kWorker;
    c.plan = record_plan(store, text, "good-plan.toml", person_actor(c.person), model_ras(), c.budget.budget_event);
    return c;
}

TEST(FinalBudgetRecheck, AnAgreedBudgetThatCoversThePlanLetsItBeConfirmed) {
    TempDir dir;
    DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
    PlannedCase c = plan_over_a_small_budget(store);
    const Money plan_weekly = c.plan.result.costing.weekly;

    // Against a budget well below the plan's cost, with no reason written, it cannot be confirmed.
    const EventId low = agree_final_budget(store, c.person, c.decider, c.budget.budget_event, Money::from_pence(100),
                                           "Most of the support is paid by health");
    const std::optional<RecordedPlan> against_low = recheck_plan_against_final_budget(store, kWorker, low);
    ASSERT_TRUE(against_low);
    EXPECT_GT(against_low->result.blockers, 0);
    EXPECT_EQ(against_low->plan_event, c.plan.plan_event);
    const StoredEvent low_check = *store.event(against_low->check_event);
    EXPECT_EQ(low_check.type, "plan-checked");
    EXPECT_EQ(low_check.refers_to, c.plan.plan_event);
    EXPECT_EQ(low_check.payload_json().at("budget_event").get<EventId>(), low);
    EXPECT_EQ(low_check.payload_json().at("budget_input").at("weekly_pence").get<std::int64_t>(), 100);
    EXPECT_THROW(decide_plan(store, EventType::PlanConfirmed, c.person, kWorker, std::nullopt, "Agreed"), OpenRasError);

    // A pound a week more than the plan costs covers it: nothing stops it being confirmed.
    const Money covering = plan_weekly + Money::from_pence(100);
    const EventId high = agree_final_budget(store, c.person, c.decider, c.budget.budget_event, covering,
                                            "The plan's support is what Ms Sample needs");
    const std::optional<RecordedPlan> against_high = recheck_plan_against_final_budget(store, kWorker, high);
    ASSERT_TRUE(against_high);
    EXPECT_EQ(against_high->result.blockers, 0);
    EXPECT_EQ(against_high->result.budget.weekly, covering);
    EXPECT_NO_THROW(decide_plan(store, EventType::PlanConfirmed, c.person, kWorker, std::nullopt, "Agreed at panel"));

    const DecisionStore auditor = DecisionStore::open(dir.file("r.db"), auditor_options());
    EXPECT_TRUE(verify_record(auditor).intact());
    const ReplayReport report = replay_record(auditor, {});
    EXPECT_EQ(report.replayed_by_type.at("plan-checked"), 3);
    EXPECT_TRUE(report.all_reproduce());
}

TEST(FinalBudgetRecheck, TheFinalBudgetAndItsRecheckAreRecordedTogetherOrNotAtAll) {
    TempDir dir;
    bool fail_after_writing = false;
    StoreOptions options = writer_options();
    options.fault = [&](AppendStage stage) {
        if (fail_after_writing && stage == AppendStage::EventsWritten) throw std::runtime_error("power cut");
    };
    DecisionStore store = DecisionStore::open(dir.file("r.db"), options);
    const PlannedCase c = plan_over_a_small_budget(store);
    const Money covering = c.plan.result.costing.weekly + Money::from_pence(100);

    // A failure after both events are written but before the commit leaves neither.
    const EventId before = store.head().event;
    fail_after_writing = true;
    EXPECT_ANY_THROW(agree_final_budget_and_recheck_plan(store, c.person, c.decider, c.budget.budget_event, covering,
                                                         "The plan's support is what Ms Sample needs"));
    EXPECT_EQ(store.head().event, before) << "a final budget was recorded without its re-check";

    fail_after_writing = false;
    const AgreedFinalBudget agreed = agree_final_budget_and_recheck_plan(
        store, c.person, c.decider, c.budget.budget_event, covering, "The plan's support is what Ms Sample needs");
    EXPECT_EQ(agreed.final_budget_event, before + 1);
    ASSERT_TRUE(agreed.recheck);
    EXPECT_EQ(agreed.recheck->check_event, before + 2) << "the re-check follows the final budget at once";
    const StoredEvent check = *store.event(agreed.recheck->check_event);
    EXPECT_EQ(check.payload_json().at("budget_event").get<EventId>(), agreed.final_budget_event);
    EXPECT_EQ(agreed.recheck->result.blockers, 0);
    EXPECT_NO_THROW(decide_plan(store, EventType::PlanConfirmed, c.person, kWorker, std::nullopt, "Agreed"));

    const DecisionStore auditor = DecisionStore::open(dir.file("r.db"), auditor_options());
    EXPECT_TRUE(verify_record(auditor).intact());
    EXPECT_TRUE(replay_record(auditor, {}).all_reproduce());
}

TEST(FinalBudgetRecheck, AFinalBudgetIsBuiltAgainWhenAnotherWriterAppendedFirst) {
    TempDir dir;
    DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
    const PlannedCase c = plan_over_a_small_budget(store);
    const EventId last = store.head().event;
    NewEvent stale = final_budget_event(store, c.person, c.decider, c.budget.budget_event,
                                        c.budget.budget.weekly, "");
    register_person(store, "SOMEONE-ELSE", kWorker);  // another kiosk, meanwhile
    EXPECT_FALSE(store.append_if_last_is(last, {stale})) << "appended after a head that had moved";
    EXPECT_EQ(store.head().event, last + 1) << "nothing was written";
    const auto ids = store.append_if_last_is(last + 1, {stale});
    ASSERT_TRUE(ids);
    EXPECT_EQ(ids->front(), last + 2);

    // The joined call builds its events again from the new head, so the re-check names the
    // final budget's real id even when others append in between.
    const AgreedFinalBudget agreed = agree_final_budget_and_recheck_plan(store, c.person, c.decider,
                                                                         c.budget.budget_event, c.budget.budget.weekly, "");
    ASSERT_TRUE(agreed.recheck);
    EXPECT_EQ(store.event(agreed.recheck->check_event)->payload_json().at("budget_event").get<EventId>(),
              agreed.final_budget_event);
}

TEST(FinalBudgetRecheck, ACheckMustUseTheAmountOfTheBudgetItNames) {
    TempDir dir;
    DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
    PlannedCase c = plan_over_a_small_budget(store);
    const EventId agreed = agree_final_budget(store, c.person, c.decider, c.budget.budget_event, Money::from_pence(30000),
                                              "Transport to the day centre");
    const std::optional<RecordedPlan> rechecked = recheck_plan_against_final_budget(store, kWorker, agreed);
    ASSERT_TRUE(rechecked);
    const StoredEvent stored = *store.event(rechecked->check_event);
    NewEvent forged;
    forged.type = EventType::PlanChecked;
    forged.person = c.person;
    forged.actor = kWorker;
    forged.refers_to = c.plan.plan_event;
    forged.rule_set = RuleSetText{*stored.rule_set, *store.rule_set_text(*stored.rule_set)};
    forged.payload = stored.payload_json();
    forged.payload["budget_input"]["weekly_pence"] = 99999;
    const EventId before = store.head().event;
    try {
        store.append(std::move(forged));
        ADD_FAILURE() << "a check against another amount than the final budget's was recorded";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().where.field, "budget_input");
    }
    EXPECT_EQ(store.head().event, before);
}

TEST(FinalBudgetRecheck, OnlyAFinalBudgetIsCheckedAgainstAndNoPlanMeansNoCheck) {
    TempDir dir;
    DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
    Assessment a = generated_assessments(1, 9).front();
    register_person(store, a.person, kWorker);
    const RecordedBudget budget = record_assessment(store, a, person_actor(a.person), model_ras());
    EXPECT_THROW(recheck_plan_against_final_budget(store, kWorker, budget.budget_event), OpenRasError);
    const Actor decider = budget.budget.refer_to_panel() ? kPanel : kWorker;
    const EventId agreed = agree_final_budget(store, a.person, decider, budget.budget_event,
                                              budget.budget.weekly + Money::from_pence(500), "Transport");
    const EventId before = store.head().event;
    EXPECT_FALSE(recheck_plan_against_final_budget(store, kWorker, agreed));
    EXPECT_EQ(store.head().event, before);
}

}  // namespace
}  // namespace openras
