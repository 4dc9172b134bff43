// The flow model on its own: no ImGui, no window.
#include "kiosk/flow/kiosk_flow.hpp"
#include "rules/ruleset_loader.hpp"

#include <gtest/gtest.h>

namespace openras::kiosk {
namespace {

FlowSettings settings() {
    FlowSettings s;
    s.today = boost::gregorian::date(2026, 5, 1);
    return s;
}

KioskFlow at_first_question() {
    KioskFlow flow(embedded_default_rule_set(), settings());
    flow.start();
    flow.reference().push_back('X');
    flow.continue_from_name();
    return flow;
}

TEST(KioskFlow, GoesFromStartThroughEveryQuestionToTheBudget) {
    KioskFlow flow = at_first_question();
    EXPECT_EQ(flow.screen(), Screen::Question);
    for (int q = 0; q < flow.question_count(); ++q) {
        EXPECT_EQ(flow.journey().question, q);
        flow.choose_answer(0);
        flow.continue_from_question();
    }
    EXPECT_EQ(flow.screen(), Screen::CheckAnswers);
    flow.confirm_answers();
    ASSERT_EQ(flow.screen(), Screen::Budget);
    EXPECT_EQ(flow.journey().budget->weekly, Money::from_pence(3000));  // the base amount only
    EXPECT_TRUE(flow.journey().budget->person.empty());  // the person's words stay in the flow
}

TEST(KioskFlow, BackWalksTheQuestionsAndFromTheFirstToTheName) {
    KioskFlow flow = at_first_question();
    flow.choose_answer(1);
    flow.continue_from_question();
    flow.back();
    EXPECT_EQ(flow.journey().question, 0);
    EXPECT_EQ(flow.journey().answers[0], 1);
    flow.back();
    EXPECT_EQ(flow.screen(), Screen::Name);
    flow.back();  // leaving the journey would clear it: asked first
    EXPECT_EQ(flow.screen(), Screen::Confirm);
    EXPECT_EQ(flow.confirming(), Confirmation::ClearAnswers);
    flow.confirm_no();
    EXPECT_EQ(flow.screen(), Screen::Name);
    EXPECT_FALSE(flow.journey().reference.empty());
    flow.back();
    flow.confirm_yes();
    EXPECT_EQ(flow.screen(), Screen::Start);
    EXPECT_TRUE(flow.journey().reference.empty());
}

TEST(KioskFlow, RulesNotInForceOnTheAssessmentDateAreTheStaffsProblem) {
    FlowSettings early = settings();
    early.today = boost::gregorian::date(2025, 5, 1);  // the model RAS starts on 1 April 2026
    KioskFlow flow(embedded_default_rule_set(), early);
    flow.start();
    flow.reference().push_back('X');
    flow.continue_from_name();
    EXPECT_EQ(flow.screen(), Screen::Problem);
    EXPECT_EQ(flow.journey().problem_kind, ProblemKind::RulesNotInForce);
    EXPECT_NE(flow.journey().problem.find("1 April 2026"), std::string::npos);
    EXPECT_NE(flow.journey().problem.find("1 May 2025"), std::string::npos);
    flow.back();
    EXPECT_EQ(flow.screen(), Screen::Name);
}

TEST(KioskFlow, WipeClearsEverythingAndCounts) {
    KioskFlow flow = at_first_question();
    flow.choose_answer(2);
    flow.preferences().high_contrast = true;
    flow.wipe(5);
    EXPECT_EQ(flow.screen(), Screen::Start);
    EXPECT_TRUE(flow.journey().reference.empty());
    EXPECT_EQ(flow.journey().answers[0], -1);
    EXPECT_FALSE(flow.preferences().high_contrast);
    EXPECT_EQ(flow.wipe_count(), 1);
}

TEST(PersonalText, WipeZeroesTheWholeBuffer) {
    PersonalText text = "A name long enough to live on the heap, not in the string";
    text.resize(5);  // what was deleted is still in the buffer
    const char* data = text.data();
    const std::size_t capacity = text.capacity();
    wipe(text);
    ASSERT_EQ(text.data(), data);
    for (std::size_t i = 0; i < capacity; ++i) EXPECT_EQ(data[i], '\0') << i;
}

TEST(IdleTimer, WarnsThenExpiresAndMoreTimeResets) {
    IdleTimer t({120, 30});
    t.reset(0);
    EXPECT_EQ(t.phase(119.9), IdlePhase::Active);
    EXPECT_EQ(t.phase(120), IdlePhase::Warning);
    EXPECT_EQ(t.seconds_left(120), 30);
    EXPECT_EQ(t.seconds_left(140.5), 10);
    t.note_input(125);  // a stray touch during the warning does not hide it
    EXPECT_EQ(t.phase(126), IdlePhase::Warning);
    t.more_time(126);
    EXPECT_EQ(t.phase(126), IdlePhase::Active);
    EXPECT_EQ(t.phase(126 + 150), IdlePhase::Expired);
    EXPECT_EQ(t.extensions(), 1);
}

TEST(IdleTimer, CountdownIsNeverShorterThanTwentySeconds) {
    IdleTimer t({60, 5});
    EXPECT_EQ(t.settings().warning_seconds, kMinimumWarningSeconds);
}

TEST(IdleTimer, SleepsUntilTheWarningThenWakesEachSecond) {
    IdleTimer t({120, 30});
    t.reset(0);
    EXPECT_DOUBLE_EQ(t.seconds_until_next_change(20), 100);
    EXPECT_NEAR(t.seconds_until_next_change(130.25), 0.75, 1e-9);
}

}  // namespace
}  // namespace openras::kiosk
