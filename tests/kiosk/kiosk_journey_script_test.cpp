// Journeys (kiosk/app/journey_script.hpp, journey_player.hpp): the format's mistakes are named
// with their line and column, and a journey whose expectation does not hold fails at its line.
#include "headless_kiosk.hpp"
#include "kiosk/app/journey_player.hpp"
#include "kiosk/app/journey_script.hpp"
#include "rules/error.hpp"

#include <gtest/gtest.h>

#include <string>

namespace openras::kiosk {
namespace {

std::string problem_in(const std::string& text) {
    try {
        parse_journey(text, "j.journey");
    } catch (const OpenRasError& e) {
        return e.error().to_string();
    }
    return "(no problem)";
}

TEST(JourneyScript, ReadsEveryKindOfStep) {
    const JourneyScript s = parse_journey(
        "# a comment\nsize 1280x1024\ntext-size 4\n\ntap \"Start now\"  # and another\ntap-at 10 20\n"
        "double-tap \"No help\"\ntap-twice \"Continue\" 250\nwait 500\ntype \"Mary \\\"O'Brien\\\"\"\n"
        "expect screen question\nexpect text \"Check\"\nexpect no-text \"There is a problem\"\n"
        "expect chosen \"No help\"\nexpect record-events 5\nshot 07-after.png\n",
        "j.journey");
    EXPECT_EQ(s.width, 1280);
    EXPECT_EQ(s.height, 1024);
    EXPECT_EQ(s.text_size, 4);
    ASSERT_EQ(s.steps.size(), 12u);
    EXPECT_EQ(s.steps[0].kind, JourneyStepKind::Tap);
    EXPECT_EQ(s.steps[0].text, "Start now");
    EXPECT_EQ(s.steps[0].line, 5);
    EXPECT_EQ(s.steps[1].x, 10);
    EXPECT_EQ(s.steps[3].number, 250);
    EXPECT_EQ(s.steps[5].text, "Mary \"O'Brien\"");
    EXPECT_EQ(s.steps[10].number, 5);
    EXPECT_EQ(s.steps[11].kind, JourneyStepKind::Shot);
}

TEST(JourneyScript, EachMistakeIsNamedWithItsLineAndColumn) {
    EXPECT_EQ(problem_in("tap \"Start now\"\nprod \"x\"\n"), "j.journey:2:1: unknown step \"prod\" (steps: size, text-size, "
                                                           "settings, tap, tap-at, double-tap, tap-twice, wait, type, note-reference, type-noted, "
                                                           "headset, expect, shot)");
    EXPECT_EQ(problem_in("tap \"Start now\n"), "j.journey:1:5: the quotes that open here are never closed");
    EXPECT_EQ(problem_in("wait soon\n"), "j.journey:1:6: the milliseconds must be a whole number from 0 to 600000");
    EXPECT_EQ(problem_in("tap \"x\"\nsize 1280x1024\n"), "j.journey:2:1: size must come before the journey's first step");
    EXPECT_EQ(problem_in("text-size 5\ntap \"x\"\n"), "j.journey:1:11: the text size must be a whole number from 1 to 4");
    EXPECT_EQ(problem_in("expect colour red\n"),
              "j.journey:1:8: expect what? screen, text, no-text, chosen, not-chosen, record-events, text-size, said, "
              "not-said or speech");
    EXPECT_EQ(problem_in("expect speech loud\n"), "j.journey:1:15: speech is on, off, paused or playing");
    EXPECT_EQ(problem_in("headset maybe\n"), "j.journey:1:9: write it as: headset plugged, or headset unplugged");
    EXPECT_EQ(problem_in("shot ../x.png\n"), "j.journey:1:6: a shot is a file name in --out, without folders");
    EXPECT_EQ(problem_in("# nothing\n"), "j.journey: the journey has no steps");
}

TEST(JourneyPlayer, AnExpectationThatDoesNotHoldFailsAtItsLine) {
    testing::HeadlessKiosk k;
    const JourneyScript script =
        parse_journey("expect screen start\ntap \"Start now\"\nexpect screen question\n", "three.journey");
    const JourneyResult result = play_journey(script, k.app(), k.platform(), {});
    EXPECT_FALSE(result.passed);
    EXPECT_EQ(result.steps_played, 2);
    EXPECT_EQ(result.failure, "three.journey:3: expected the question screen, but the kiosk shows the name screen");
}

TEST(JourneyPlayer, AControlNotOnTheScreenIsNamed) {
    testing::HeadlessKiosk k;
    const JourneyResult result = play_journey(parse_journey("tap \"Fly away\"\n", "j.journey"), k.app(), k.platform(), {});
    EXPECT_FALSE(result.passed);
    EXPECT_EQ(result.failure, "j.journey:1: there is no control labelled \"Fly away\" on the start screen");
}

TEST(JourneyPlayer, TypingUsesTheKeysAndCapitals) {
    testing::HeadlessKiosk k;
    const JourneyResult result = play_journey(
        parse_journey("tap \"Start now\"\ntype \"Sam Jones\"\nexpect text \"Sam Jones\"\nexpect no-text \"sam jones\"\n",
                      "j.journey"),
        k.app(), k.platform(), {});
    EXPECT_TRUE(result.passed) << result.failure;
}

}  // namespace
}  // namespace openras::kiosk
