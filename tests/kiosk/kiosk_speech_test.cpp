// The kiosk's voice (kiosk/speech/speech_engine.hpp): British English by its language
// properties, real audio for real words, and slower when asked.
#include "kiosk/speech/speech_engine.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

namespace openras::kiosk {
namespace {

TEST(KioskSpeech, SpeaksBritishEnglishAndSlowerWhenAsked) {
    SpeechEngine engine("en-gb");
    EXPECT_EQ(engine.voice_language(), "en-gb");
    const SpokenAudio normal = engine.speak("Question 1 of 27. How much help do you need to eat and drink?");
    EXPECT_GT(normal.sample_rate, 8000);
    EXPECT_GT(normal.seconds(), 2.0);
    EXPECT_LT(normal.seconds(), 10.0);
    // Not silence: the loudest sample is well above the noise floor.
    const auto loudest = std::max_element(normal.samples.begin(), normal.samples.end(),
                                          [](short a, short b) { return std::abs(a) < std::abs(b); });
    ASSERT_NE(loudest, normal.samples.end());
    EXPECT_GT(std::abs(*loudest), 3000);
    const SpokenAudio slow = engine.speak("Question 1 of 27. How much help do you need to eat and drink?", kSlowWordsAMinute);
    EXPECT_GT(slow.seconds(), normal.seconds() * 1.15);
    EXPECT_TRUE(engine.speak("").samples.size() < 2000u);
}

}  // namespace
}  // namespace openras::kiosk
