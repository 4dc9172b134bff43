// The kiosk's voice (kiosk/speech/): British English by its language properties, real audio
// for real words, slower when asked; the Speaker that plays it on its own thread (stopped at
// once, paused and carried on, at the volume asked, the idle chime first); the WAV files the
// tour writes; and the tour's speech for every screen, in order and of a plausible length.
#include "headless_kiosk.hpp"
#include "kiosk/speech/chime.hpp"
#include "kiosk/speech/speaker.hpp"
#include "kiosk/speech/speech_engine.hpp"
#include "kiosk/speech/wav_file.hpp"
#include "kiosk/text/wording.hpp"
#include "rules/error.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

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

using namespace std::chrono_literals;

TEST(KioskSpeech, EspeakNgHasAVoiceForEveryLanguageOfTheKiosk) {
    SpeechEngine engine("en-gb");
    for (const std::string& language : Wording::built_in_languages()) {
        const std::string voice(Wording::built_in(language).get("speech.voice", false));
        engine.use_language(voice);
        EXPECT_EQ(engine.voice_language(), voice) << language;
        const SpokenAudio said = engine.speak(Wording::built_in(language).get("start.title", false));
        EXPECT_GT(said.seconds(), 0.5) << language;
    }
    EXPECT_THROW(engine.use_language("xx-nowhere"), OpenRasError);
}

constexpr const char* kLongWords =
    "You have not touched the screen for a while. To keep your answers private, they will be cleared. "
    "Answer some questions about the help you need in daily life. We will work out a starting amount of money "
    "for your care and support each week. This is called your indicative budget.";

int loudest(const std::vector<short>& samples, std::size_t from, std::size_t to) {
    int most = 0;
    for (std::size_t i = from; i < to && i < samples.size(); ++i) most = std::max(most, std::abs(int(samples[i])));
    return most;
}

// A Speaker whose sound goes to memory; `real_time` takes as long as a sound card would.
struct RecordedSpeaker {
    explicit RecordedSpeaker(bool real_time)
        : speaker("en-gb", [&](int rate) {
              auto made = std::make_unique<RecordingSink>(rate, real_time);
              sink = made.get();
              return std::unique_ptr<AudioSink>(std::move(made));
          }) {}
    RecordingSink* sink = nullptr;
    Speaker speaker;
};

TEST(KioskSpeaker, PlaysWhatItSaysAtTheVolumeAskedAndMeasuresHowSoonItStarts) {
    RecordedSpeaker s(false);
    s.speaker.say("Your budget", kNormalWordsAMinute, 1.0f);
    ASSERT_TRUE(s.speaker.wait_until_quiet(10s));
    const std::size_t once = s.sink->samples().size();
    EXPECT_EQ(once, s.speaker.samples_made()) << "everything made is played";
    EXPECT_GT(double(once) / s.speaker.sample_rate(), 0.4);
    EXPECT_GT(s.speaker.last_latency_seconds(), 0.0);
    s.speaker.say("Your budget", kNormalWordsAMinute, 0.5f);
    ASSERT_TRUE(s.speaker.wait_until_quiet(10s));
    const std::vector<short> both = s.sink->samples();
    // espeak-ng's words vary by a few milliseconds from one time to the next; their loudness not.
    const int full = loudest(both, 0, once), half = loudest(both, once, both.size());
    EXPECT_GT(full, 3000);
    EXPECT_NEAR(half, full / 2, full / 25 + 1);
}

TEST(KioskSpeaker, StopsAtOnceWhenThePersonActs) {
    RecordedSpeaker s(true);
    s.speaker.say(kLongWords, kNormalWordsAMinute, 1.0f);
    std::this_thread::sleep_for(300ms);
    EXPECT_TRUE(s.speaker.speaking());
    s.speaker.stop();
    ASSERT_TRUE(s.speaker.wait_until_quiet(1s)) << "still speaking a second after being stopped";
    const double heard = double(s.sink->samples().size()) / s.speaker.sample_rate();
    EXPECT_LT(heard, 1.5) << "the words are about 20 seconds long; what was heard should end soon after 0.3 s";
    EXPECT_FALSE(s.speaker.speaking());
}

TEST(KioskSpeaker, PausesWhereItIsAndCarriesOnToTheEnd) {
    RecordedSpeaker s(true);
    const std::string words = "Question 1 of 27. How much help do you need to eat and drink?";
    s.speaker.say(words, kNormalWordsAMinute, 1.0f);
    std::this_thread::sleep_for(400ms);
    s.speaker.set_paused(true);
    std::this_thread::sleep_for(100ms);
    const std::size_t at_pause = s.sink->samples().size();
    std::this_thread::sleep_for(600ms);
    EXPECT_EQ(s.sink->samples().size(), at_pause) << "nothing more is played while paused";
    EXPECT_GT(at_pause, 0u);
    EXPECT_TRUE(s.speaker.speaking());
    s.speaker.set_paused(false);
    ASSERT_TRUE(s.speaker.wait_until_quiet(20s));
    EXPECT_GT(s.sink->samples().size(), at_pause + std::size_t(s.speaker.sample_rate()));
    EXPECT_EQ(s.sink->samples().size(), s.speaker.samples_made()) << "carrying on plays the rest, nothing lost or repeated";
    EXPECT_EQ(s.speaker.samples_played(), s.speaker.samples_made());
}

TEST(KioskSpeaker, TheIdleWarningChimesBeforeItsWords) {
    RecordedSpeaker s(false);
    s.speaker.say("Do you need more time?", kNormalWordsAMinute, 1.0f, true);
    ASSERT_TRUE(s.speaker.wait_until_quiet(10s));
    const std::vector<short> heard = s.sink->samples();
    const SpokenAudio chime = warning_chime(s.speaker.sample_rate());
    ASSERT_GT(heard.size(), chime.samples.size() + std::size_t(s.speaker.sample_rate()) / 2);
    EXPECT_TRUE(std::equal(chime.samples.begin(), chime.samples.end(), heard.begin()));
    EXPECT_GT(loudest(heard, chime.samples.size(), heard.size()), 3000) << "the words follow the chime";
}

TEST(KioskSpeechFiles, AWavFileHoldsExactlyWhatWasSpoken) {
    SpeechEngine engine("en-gb");
    const SpokenAudio said = engine.speak("Check on my plan");
    const std::string path = (std::filesystem::temp_directory_path() / "openras-speech-test.wav").string();
    write_wav(path, said);
    const SpokenAudio read = read_wav(path);
    EXPECT_EQ(read.sample_rate, said.sample_rate);
    EXPECT_EQ(read.samples, said.samples);
    // A file cut short is refused, naming it.
    std::filesystem::resize_file(path, std::filesystem::file_size(path) - 10);
    try {
        read_wav(path);
        ADD_FAILURE() << "a cut-short WAV was read";
    } catch (const OpenRasError& e) {
        EXPECT_NE(e.error().to_string().find(path), std::string::npos) << e.error().to_string();
    }
    std::filesystem::remove(path);
}

std::string file_text(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream all;
    all << in.rdbuf();
    return all.str();
}

std::size_t words_in(const std::string& text) {
    std::istringstream in(text);
    std::size_t count = 0;
    for (std::string word; in >> word;) ++count;
    return count;
}

// `openras-kiosk --tour DIR --speech`: each screen's words and sound, as a person listening
// would hear them on the tour's made-up person (no headset: nothing private).
TEST(KioskTourSpeech, EveryScreenSaysItsPageInOrderAndTheSoundIsSpeechOfThatLength) {
    namespace fs = std::filesystem;
    ASSERT_TRUE(fs::exists(OPENRAS_XVFB_RUN)) << "xvfb-run is missing: bash scripts/install-deps.sh installs it";
    const fs::path out = fs::path(OPENRAS_BINARY_DIR) / "tour-speech";
    fs::remove_all(out);
    const std::string command = std::string(OPENRAS_XVFB_RUN) + " -a -s '-screen 0 1920x1080x24' " + OPENRAS_KIOSK_BINARY +
                                " --windowed 1920x1080 --date 2026-05-01 --speech --tour " + out.string() + " > " +
                                out.string() + ".log 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << command << "\nsee " << out.string() << ".log";
    int screens = 0;
    for (const fs::directory_entry& entry : fs::directory_iterator(out)) {
        if (entry.path().extension() != ".png") continue;
        ++screens;
        fs::path base = entry.path();
        base.replace_extension();
        const std::string words = file_text(base.string() + ".txt");
        const std::string name = base.filename().string();
        ASSERT_FALSE(words.empty()) << name;
        EXPECT_EQ(words.find("\u00a3"), std::string::npos) << name << " speaks money with no headset: " << words;
        EXPECT_EQ(words.find("SAMPLE-0001"), std::string::npos) << name << " speaks the person's name";
        const SpokenAudio sound = read_wav(base.string() + ".wav");
        // At 160 words a minute with pauses between sentences: between 0.2 and 0.8 s a word.
        const double per_word = sound.seconds() / double(words_in(words));
        EXPECT_GT(per_word, 0.2) << name << ": " << sound.seconds() << " s for " << words_in(words) << " words";
        EXPECT_LT(per_word, 0.8) << name << ": " << sound.seconds() << " s for " << words_in(words) << " words";
    }
    EXPECT_GE(screens, 40);
    // The order a page is read in: errors first, then the caption and heading, the answers by
    // number, and the actions bar last.
    const std::string error = file_text(out / "06-question-error.txt");
    EXPECT_EQ(error.rfind("There is a problem. Choose an answer to continue. Question 1 of 27", 0), 0u) << error;
    EXPECT_EQ(error.find("Error: Choose an answer"), std::string::npos) << "the error is said once: " << error;
    const std::size_t heading = error.find("How much help do you need to eat and drink?");
    const std::size_t one = error.find("1: No help"), four = error.find("4: Help with every meal");
    const std::size_t buttons = error.find("Buttons at the bottom of the screen: Back. Continue.");
    EXPECT_TRUE(heading < one && one < four && four < buttons) << error;
    const std::string chosen = file_text(out / "05-question-chosen.txt");
    EXPECT_NE(chosen.find("2: Some help on most days. Chosen. 3:"), std::string::npos) << chosen;
    const std::string budget = file_text(out / "11-budget.txt");
    EXPECT_NE(budget.find("an amount shown on the screen"), std::string::npos) << budget;
    EXPECT_NE(budget.find("Plug in headphones to hear everything."), std::string::npos) << budget;
    const std::string receipt = file_text(out / "26-receipt.txt");
    EXPECT_NE(receipt.find("7 K Q 4, M 2 X"), std::string::npos) << "the reference is spelt out: " << receipt;
    const std::string pin = file_text(out / "28-worker-pin-wrong.txt");
    EXPECT_EQ(pin.rfind("There is a problem. The PIN is not right.", 0), 0u) << pin;
}

// Keyboard and switch users: Tab moves the focus through every control and speech says each one
// reached, with its state; Space on an answer chooses it and speech says so.
TEST(KioskSpeechFocus, SpeechFollowsTheFocusAndSaysWhatSpaceChose) {
    testing::HeadlessKiosk k;
    k.flow().preferences().speech_on = true;
    k.flow().start();
    k.flow().reference() = "Sam";
    k.flow().continue_from_name();
    k.settle(2);
    EXPECT_NE(k.app().speech().last_said().find("How much help do you need to eat and drink?"), std::string::npos)
        << k.app().speech().last_said();
    std::string reached;
    for (int i = 0; i < 40 && reached.find("1: No help") == std::string::npos; ++i) {
        k.press_key(HeadlessKey::Tab);
        k.settle(1);
        reached = k.app().speech().last_said();
    }
    EXPECT_EQ(reached, "1: No help, or only now and then.") << "Tab reaches the first answer and says it";
    k.press_key(HeadlessKey::Space);
    k.settle(2);
    EXPECT_EQ(k.flow().journey().answers[0], 0);
    EXPECT_EQ(k.app().speech().last_said(), "1: No help, or only now and then. Chosen.");
    k.press_key(HeadlessKey::Tab);
    k.settle(1);
    EXPECT_EQ(k.app().speech().last_said(), "2: Some help on most days.");
}

// Speech is off unless the person asks: nothing is said as pages open.
TEST(KioskSpeechFocus, NothingIsSaidUntilThePersonTapsListen) {
    testing::HeadlessKiosk k;
    k.tap("start");
    k.settle(2);
    EXPECT_TRUE(k.app().speech().said().empty());
    k.tap("listen");
    k.settle(1);
    EXPECT_NE(k.app().speech().last_said().find("What is your name or reference number?"), std::string::npos);
}

// What the app asks of the sound: a SpeechOutput that writes each call down.
struct CallsHeard : SpeechOutput {
    struct Said {
        std::string words, language;
        int words_a_minute;
        float volume;
        bool chime_first;
    };
    std::vector<Said> said;
    int chimes = 0, stops = 0;
    std::vector<bool> pauses;
    void say(const std::string& words, const std::string& language, int wpm, float volume, bool chime_first) override {
        said.push_back({words, language, wpm, volume, chime_first});
    }
    void chime(float) override { ++chimes; }
    void stop() override { ++stops; }
    void set_paused(bool paused) override { pauses.push_back(paused); }
    bool speaking() const override { return false; }
};

TEST(KioskSpeechOutput, TheIdleWarningChimesWhenSpeechIsOffAndIsReadAfterTheChimeWhenOn) {
    CallsHeard heard;
    testing::HeadlessKiosk k(1920, 1080, testing::test_settings(), &heard);
    k.tap("start");
    k.settle(2);
    k.platform().advance(121);
    k.settle(2);
    EXPECT_EQ(heard.chimes, 1) << "the warning chimes once, with speech off";
    EXPECT_TRUE(heard.said.empty());
    k.tap("more-time");
    k.settle(2);
    k.tap("listen");
    k.settle(2);
    heard.said.clear();
    k.platform().advance(121);
    k.settle(2);
    ASSERT_EQ(heard.said.size(), 1u);
    EXPECT_TRUE(heard.said[0].chime_first);
    EXPECT_EQ(heard.said[0].words.rfind("Do you need more time?", 0), 0u) << heard.said[0].words;
    EXPECT_EQ(heard.chimes, 1);
}

TEST(KioskSpeechOutput, SlowerLouderAndPauseReachTheSpeakerAndTheWipePutsThemBack) {
    CallsHeard heard;
    FlowSettings settings = testing::test_settings();
    settings.preferences.volume = 60;
    testing::HeadlessKiosk k(1920, 1080, settings, &heard);
    k.tap("listen");
    k.settle(2);
    ASSERT_FALSE(heard.said.empty());
    EXPECT_EQ(heard.said.back().words_a_minute, kNormalWordsAMinute);
    EXPECT_FLOAT_EQ(heard.said.back().volume, 0.6f);
    k.tap("speech.slower");
    k.settle(2);
    EXPECT_EQ(heard.said.back().words_a_minute, kSlowWordsAMinute);
    k.tap("speech.louder");
    k.settle(2);
    EXPECT_FLOAT_EQ(heard.said.back().volume, 0.7f);
    EXPECT_EQ(heard.said.back().words, "Volume 70 per cent.");
    k.tap("speech.pause");
    k.settle(2);
    ASSERT_FALSE(heard.pauses.empty());
    EXPECT_TRUE(heard.pauses.back());
    k.tap("speech.carry-on");
    k.settle(2);
    EXPECT_FALSE(heard.pauses.back());
    // The session ends: speech stops, and the next person starts at the site's volume and speed.
    const int stops = heard.stops;
    k.tap("start");
    k.settle(2);
    k.flow().finish();
    k.settle(2);
    EXPECT_GT(heard.stops, stops);
    EXPECT_FALSE(k.flow().preferences().speech_on);
    EXPECT_EQ(k.flow().preferences().volume, 60);
    EXPECT_FALSE(k.flow().preferences().speech_slow);
    EXPECT_TRUE(k.app().speech().said().empty()) << "what was said is forgotten";
}

TEST(KioskSpeechOutput, SpeechSpeaksTheLanguageShown) {
    CallsHeard heard;
    testing::HeadlessKiosk k(1920, 1080, testing::test_settings(), &heard);
    k.tap("language.cy");
    k.settle(2);
    k.tap("listen");
    k.settle(2);
    ASSERT_FALSE(heard.said.empty());
    EXPECT_EQ(heard.said.back().language, "cy");
    EXPECT_NE(heard.said.back().words.find(std::string(Wording::built_in("cy").get("start.title", false))), std::string::npos);
    k.flow().finish();
    k.settle(2);
    k.tap("listen");
    k.settle(2);
    EXPECT_EQ(heard.said.back().language, "en-gb") << "the wipe puts the kiosk's own language back";
}

}  // namespace
}  // namespace openras::kiosk
