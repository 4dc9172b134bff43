// The kiosk's speech, timed: how soon a tap is heard, and what speaking costs.
//
//   BM_Speech_TapToFirstAudio   from Speaker::say() (what a tap or a new page calls) to the first
//                               20 ms of audio handed to the sound card's buffer: espeak-ng
//                               making the first clause, on the speaker's thread. The words are
//                               the question page's reading (about 70 words).
//   BM_Speech_TapAnswerToFirstAudio  the whole way through the kiosk, headless: a finger lifted
//                               from an answer on the question page (speech on), the frame that
//                               takes the tap, the next frame that says "2: Some help on most
//                               days. Chosen.", and the speaker's thread, until the first audio
//                               reaches the sink. Frames run back to back, as the kiosk's loop
//                               runs them after input.
//   BM_Speech_WholePage         the baseline in the same run: espeak-ng making the whole of the
//                               same reading, start to end, with nothing played.
//   BM_Speech_CpuWhileSpeaking  a sentence of about 6 s played at the sound card's pace (a sink
//                               that waits as ALSA would); reports the process's CPU time over
//                               the wall time as cpu_percent (of one core).
#include "kiosk/app/kiosk_app.hpp"
#include "kiosk/app/tour.hpp"
#include "kiosk/platform/headless_platform.hpp"
#include "kiosk/speech/speaker.hpp"
#include "rules/ruleset_loader.hpp"

#include <benchmark/benchmark.h>

#include <chrono>
#include <ctime>
#include <memory>
#include <thread>

namespace openras::kiosk {
namespace {

using namespace std::chrono_literals;

constexpr const char* kQuestionPage =
    "Question 1 of 27: Meeting personal care needs. How much help do you need to eat and drink? Think about a "
    "usual week. Include cutting up food, getting drinks and being reminded to eat. 1: No help, or only now and "
    "then. 2: Some help on most days. Chosen. 3: Help with most meals and drinks. 4: Help with every meal and every "
    "drink. Button: Save and come back later. Buttons at the bottom of the screen: Back. Continue.";

Speaker& speaker(bool real_time) {
    static Speaker fast("en-gb", [](int rate) { return std::unique_ptr<AudioSink>(std::make_unique<RecordingSink>(rate, false)); });
    static Speaker paced("en-gb", [](int rate) { return std::unique_ptr<AudioSink>(std::make_unique<RecordingSink>(rate, true)); });
    return real_time ? paced : fast;
}

void BM_Speech_TapToFirstAudio(benchmark::State& state) {
    Speaker& s = speaker(false);
    for (auto _ : state) {
        s.say(kQuestionPage, kNormalWordsAMinute, 1.0f);
        while (s.last_latency_seconds() < 0) std::this_thread::yield();
        state.SetIterationTime(s.last_latency_seconds());
        s.stop();
        s.wait_until_quiet(10s);
    }
}
BENCHMARK(BM_Speech_TapToFirstAudio)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(30);

void BM_Speech_TapAnswerToFirstAudio(benchmark::State& state) {
    RecordingSink* sink = nullptr;
    Speaker speaker("en-gb", [&](int rate) {
        auto made = std::make_unique<RecordingSink>(rate, false);
        sink = made.get();
        return std::unique_ptr<AudioSink>(std::move(made));
    });
    HeadlessPlatform platform(1920, 1080);
    FlowSettings settings;
    settings.today = boost::gregorian::date(2026, 5, 1);
    settings.tap_quiet_seconds = 0;
    KioskApp app(platform, embedded_default_rule_set(), settings, Wording::built_in(), load_font_files(), &speaker);
    for (const TourStop& stop : tour_stops())
        if (stop.name == "question") show_tour_stop(app, stop);
    app.flow().preferences().speech_on = true;
    for (int i = 0; i < 3; ++i) app.frame();
    int answer = 0;
    for (auto _ : state) {
        speaker.stop();
        speaker.wait_until_quiet(10s);
        const Target* t = app.ui().registry.find("answer." + std::to_string(answer));
        answer = (answer + 1) % 3;
        platform.pointer(t->rect.centre_x(), t->rect.centre_y(), true);
        app.frame();
        platform.advance(0.1);
        app.frame();
        const std::size_t before = sink->writes();
        const auto lifted = std::chrono::steady_clock::now();
        platform.pointer(t->rect.centre_x(), t->rect.centre_y(), false);
        while (sink->writes() == before && std::chrono::steady_clock::now() - lifted < 2s) {
            app.frame();
            platform.advance(1.0 / 60);
            if (sink->writes() == before) std::this_thread::yield();
        }
        state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - lifted).count());
    }
    if (app.speech().last_said().find("Chosen") == std::string::npos) state.SkipWithError("the tapped answer was not said");
}
BENCHMARK(BM_Speech_TapAnswerToFirstAudio)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(30);

void BM_Speech_WholePage(benchmark::State& state) {
    SpeechEngine engine("en-gb");
    for (auto _ : state) benchmark::DoNotOptimize(engine.speak(kQuestionPage).samples.size());
}
BENCHMARK(BM_Speech_WholePage)->Unit(benchmark::kMillisecond)->Iterations(10);

double process_cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

void BM_Speech_CpuWhileSpeaking(benchmark::State& state) {
    Speaker& s = speaker(true);
    double cpu = 0, wall = 0;
    for (auto _ : state) {
        const double cpu_start = process_cpu_seconds();
        const auto start = std::chrono::steady_clock::now();
        s.say("Do you need help to eat and drink? Think about a usual week, and tap your answer.", kNormalWordsAMinute, 1.0f);
        s.wait_until_quiet(60s);
        wall += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        cpu += process_cpu_seconds() - cpu_start;
    }
    state.counters["cpu_percent"] = 100.0 * cpu / wall;
    state.counters["seconds_spoken"] = wall / double(state.iterations());
}
BENCHMARK(BM_Speech_CpuWhileSpeaking)->Unit(benchmark::kSecond)->Iterations(2);

}  // namespace
}  // namespace openras::kiosk
