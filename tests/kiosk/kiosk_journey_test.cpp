// The service user's journey through the real screens, headless: taps at the positions the
// widgets were drawn, frames run as in the window, and the flow model checked after each step.
#include "headless_kiosk.hpp"

#include "rules/budget_engine.hpp"
#include "rules/ruleset_loader.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace openras::kiosk::testing {
namespace {

int question_index(const KioskFlow& flow, const std::string& id) { return flow.rules().question_index(id); }

// Start and name: lands on question 1 (the public is never asked the date).
void begin_journey(HeadlessKiosk& k, const std::string& name) {
    k.tap("start");
    ASSERT_EQ(k.flow().screen(), Screen::Name);
    k.type_on_screen(name);
    k.tap("continue");
    ASSERT_EQ(k.flow().screen(), Screen::Question);
}

void answer_every_question(HeadlessKiosk& k, int option) {
    while (k.flow().screen() == Screen::Question) {
        const int options = int(k.flow().current_question().answers.size());
        k.answer(std::min(option, options - 1));
    }
}

Money expected_weekly(const KioskFlow& flow) {
    AnswerSheet sheet;
    sheet.answer_index = flow.journey().answers;
    return BudgetEngine(embedded_default_rule_set()).evaluate(sheet, false).weekly;
}

TEST(KioskJourney, StartToBudgetByTappingEveryScreen) {
    HeadlessKiosk k;
    begin_journey(k, "Ann Example");
    EXPECT_EQ(std::string(k.flow().journey().reference.c_str()), "Ann Example");
    int shown = 0;
    while (k.flow().screen() == Screen::Question) {
        ++shown;
        EXPECT_TRUE(k.ui().text_log.contains("Question " + std::to_string(shown) + " of 27"));
        k.answer(1);
    }
    EXPECT_EQ(shown, 27);
    ASSERT_EQ(k.flow().screen(), Screen::CheckAnswers);
    EXPECT_TRUE(k.ui().text_log.contains("Ann Example"));
    k.tap("confirm");
    ASSERT_EQ(k.flow().screen(), Screen::Budget);
    const IndicativeBudget& budget = *k.flow().journey().budget;
    EXPECT_EQ(budget.weekly, expected_weekly(k.flow()));
    EXPECT_TRUE(k.ui().text_log.contains(budget.weekly.to_string()));
    EXPECT_TRUE(k.ui().text_log.contains("This is a starting figure. It can go up or down when your plan is agreed."));
    // The informal-support reduction is a line of its own, in words.
    EXPECT_TRUE(k.ui().text_log.contains("help from family and friends"));
}

TEST(KioskJourney, ChangingAnAnswerFromCheckYourAnswersReturnsThere) {
    HeadlessKiosk k;
    begin_journey(k, "C");
    answer_every_question(k, 1);
    ASSERT_EQ(k.flow().screen(), Screen::CheckAnswers);
    const int washing = question_index(k.flow(), "washing_dressing");
    const Money before = expected_weekly(k.flow());
    k.tap("change.washing_dressing");
    ASSERT_EQ(k.flow().screen(), Screen::Question);
    EXPECT_EQ(k.flow().journey().question, washing);
    k.tap("answer.3");
    k.tap("continue");
    EXPECT_EQ(k.flow().screen(), Screen::CheckAnswers);
    EXPECT_EQ(k.flow().journey().answers[std::size_t(washing)], 3);
    // Change, then Back: back to Check your answers, nothing else changed.
    k.tap("change.carer_time");
    k.tap("back");
    EXPECT_EQ(k.flow().screen(), Screen::CheckAnswers);
    k.tap("confirm");
    ASSERT_EQ(k.flow().screen(), Screen::Budget);
    EXPECT_GT(k.flow().journey().budget->weekly, before);
}

TEST(KioskJourney, ContinueWithoutAnAnswerShowsTheErrorSummary) {
    HeadlessKiosk k;
    begin_journey(k, "D");
    k.tap("continue");
    EXPECT_EQ(k.flow().screen(), Screen::Question);
    EXPECT_EQ(k.flow().journey().question, 0);
    EXPECT_TRUE(k.ui().text_log.contains("There is a problem"));
    EXPECT_TRUE(k.ui().text_log.contains("Error: Choose an answer to continue"));
    k.answer(0);
    EXPECT_EQ(k.flow().journey().question, 1);
    EXPECT_TRUE(k.flow().errors().empty());
}

TEST(KioskJourney, AnEmptyNameIsRefusedPlainly) {
    HeadlessKiosk k;
    k.tap("start");
    k.tap("continue");
    EXPECT_EQ(k.flow().screen(), Screen::Name);
    EXPECT_TRUE(k.ui().text_log.contains("Enter your name or reference number"));
    k.type_on_screen("AB");
    k.tap("key.delete");
    k.tap("continue");
    EXPECT_EQ(std::string(k.flow().journey().reference.c_str()), "A");
    EXPECT_EQ(k.flow().screen(), Screen::Question);
}

TEST(KioskJourney, PanelReferralIsShownClearly) {
    HeadlessKiosk k;
    begin_journey(k, "F");
    answer_every_question(k, 9);
    k.tap("confirm");
    ASSERT_TRUE(k.flow().journey().budget->refer_to_panel());
    EXPECT_TRUE(k.ui().text_log.contains("The funding panel will look at your budget"));
}

TEST(KioskTouch, DraggingScrollsThePageAndIsNotATap) {
    HeadlessKiosk k;
    begin_journey(k, "G");
    answer_every_question(k, 1);
    const float before = k.target("change.eating_drinking").rect.y;
    const Target start = k.target("change.eating_drinking");
    // The finger lands on a Change button, then drags the page up.
    k.drag(start.visible.centre_x(), start.visible.centre_y(), -200);
    EXPECT_EQ(k.flow().screen(), Screen::CheckAnswers);
    EXPECT_NEAR(k.target("change.eating_drinking").rect.y, before - 200, 30);
}

TEST(KioskTouch, NothingStaysHoveredAfterATap) {
    HeadlessKiosk k;
    k.tap("text-bigger");
    k.settle(2);
    EXPECT_EQ(GImGui->HoveredId, 0u);
    EXPECT_FALSE(ImGui::IsMousePosValid());
}

TEST(KioskTouch, TextSizeContrastAndEasyReadWorkOnEveryScreen) {
    HeadlessKiosk k;
    for (int i = 0; i < 5; ++i) k.tap("text-bigger");
    EXPECT_EQ(k.flow().preferences().text_step, kLargestTextStep);
    EXPECT_FLOAT_EQ(k.ui().fonts.body->FontSize, 64);
    k.tap("high-contrast");
    EXPECT_TRUE(k.flow().preferences().high_contrast);
    EXPECT_EQ(k.ui().palette, high_contrast_palette());
    begin_journey(k, "H");
    k.tap("easy-read");
    EXPECT_TRUE(k.ui().text_log.contains("Do you need help to eat and drink?"));
    k.tap("text-smaller");
    EXPECT_EQ(k.flow().preferences().text_step, kLargestTextStep - 1);
}

TEST(KioskTouch, KeyboardAndSwitchReachEveryButtonWithAVisibleFocusRing) {
    HeadlessKiosk k;
    std::string seen;
    for (int i = 0; i < 12 && k.ui().focused != "start"; ++i) {
        k.press_key(HeadlessKey::Tab);
        seen += k.ui().focused + "(" + (GImGui->NavWindow ? GImGui->NavWindow->Name : "none") + ") ";
    }
    ASSERT_EQ(k.ui().focused, "start") << "Tab visited: " << seen;
    EXPECT_FALSE(GImGui->NavDisableHighlight);  // the ring is drawn
    k.press_key(HeadlessKey::Enter);
    EXPECT_EQ(k.flow().screen(), Screen::Name);
    // On the next screen, Tab from the top bar reaches the keyboard, and Space presses keys.
    for (int i = 0; i < 8 && k.ui().focused != "key.1"; ++i) k.press_key(HeadlessKey::Tab);
    ASSERT_EQ(k.ui().focused, "key.1");
    k.press_key(HeadlessKey::Space);
    EXPECT_EQ(std::string(k.flow().journey().reference.c_str()), "1");
}

}  // namespace
}  // namespace openras::kiosk::testing
