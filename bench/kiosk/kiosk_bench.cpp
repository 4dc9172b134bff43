// The kiosk's frame CPU time, headless: the real screens built by ImGui with no window and no
// renderer, so the figure is the kiosk's own work per frame (layout, widgets, explanation
// words), without the GPU or Mesa's software renderer. `openras-kiosk --measure` gives the
// windowed figures (cold start, idle CPU, frames with rendering).
#include "kiosk/app/kiosk_app.hpp"
#include "kiosk/app/tour.hpp"
#include "kiosk/platform/headless_platform.hpp"
#include "rules/ruleset_loader.hpp"

#include <benchmark/benchmark.h>
#include <malloc.h>

#include <chrono>

namespace {

using namespace openras;
using namespace openras::kiosk;

void frame_on(benchmark::State& state, const char* stop_name, int text_step) {
    HeadlessPlatform platform(1920, 1080);
    FlowSettings settings;
    settings.today = boost::gregorian::date(2026, 5, 1);
    settings.preferences.text_step = text_step;
    KioskApp app(platform, embedded_default_rule_set(), settings, Wording::built_in(), load_font_files());
    for (const TourStop& stop : tour_stops())
        if (stop.name == stop_name) show_tour_stop(app, stop);
    for (auto _ : state) app.frame();
    state.SetLabel(std::string(stop_name) + (text_step == 0 ? ", normal text" : ", largest text"));
}

void BM_KioskFrame_Start(benchmark::State& s) { frame_on(s, "start", 0); }
void BM_KioskFrame_Question(benchmark::State& s) { frame_on(s, "question-chosen", 0); }
void BM_KioskFrame_Keyboard(benchmark::State& s) { frame_on(s, "name", 0); }
void BM_KioskFrame_CheckAnswers(benchmark::State& s) { frame_on(s, "check-answers", 0); }
void BM_KioskFrame_Budget(benchmark::State& s) { frame_on(s, "budget", 0); }
void BM_KioskFrame_BudgetLargestText(benchmark::State& s) { frame_on(s, "budget", kLargestTextStep); }

BENCHMARK(BM_KioskFrame_Start)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_KioskFrame_Question)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_KioskFrame_Keyboard)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_KioskFrame_CheckAnswers)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_KioskFrame_Budget)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_KioskFrame_BudgetLargestText)->Unit(benchmark::kMicrosecond);



// The kiosk's words, parsed at start-up: English alone against every built-in language
// (English, Welsh, Polish, Urdu: eight files), in the same run.
void BM_Wording_ParseEnglishOnly(benchmark::State& state) {
    const EmbeddedWording& english = embedded_wordings().front();
    for (auto _ : state) benchmark::DoNotOptimize(Wording::from_toml(english.plain, english.easy_read, "en-GB").keys(false).size());
}
BENCHMARK(BM_Wording_ParseEnglishOnly)->Unit(benchmark::kMillisecond);

void BM_Wording_ParseEveryLanguage(benchmark::State& state) {
    for (auto _ : state)
        for (const EmbeddedWording& e : embedded_wordings())
            benchmark::DoNotOptimize(Wording::from_toml(e.plain, e.easy_read, std::string(e.language)).keys(false).size());
}
BENCHMARK(BM_Wording_ParseEveryLanguage)->Unit(benchmark::kMillisecond);

// A frame of the question page in Welsh against the same in English (the words differ, the work
// should not).
void BM_KioskFrame_QuestionWelsh(benchmark::State& s) {
    HeadlessPlatform platform(1920, 1080);
    FlowSettings settings;
    settings.today = boost::gregorian::date(2026, 5, 1);
    settings.preferences.language = "cy";
    KioskApp app(platform, embedded_default_rule_set(), settings, Wording::built_in(), load_font_files());
    for (const TourStop& stop : tour_stops())
        if (stop.name == "question-chosen") show_tour_stop(app, stop);
    for (auto _ : s) app.frame();
    s.SetLabel("question-chosen, normal text, Welsh");
}
BENCHMARK(BM_KioskFrame_QuestionWelsh)->Unit(benchmark::kMicrosecond);

// Frames after the first in Urdu against the same pages in English, in the same run: shaped
// text is looked up, not shaped again, and a page of it is a few pictures where English is
// many glyphs; the page is also mirrored each frame (kiosk/ui/mirror.hpp).
void frame_in(benchmark::State& s, const char* stop_name, const char* language) {
    HeadlessPlatform platform(1920, 1080);
    FlowSettings settings;
    settings.today = boost::gregorian::date(2026, 5, 1);
    settings.preferences.language = language;
    KioskApp app(platform, embedded_default_rule_set(), settings, Wording::built_in(), load_font_files());
    for (const TourStop& stop : tour_stops())
        if (stop.name == stop_name) show_tour_stop(app, stop);
    for (auto _ : s) app.frame();
    s.SetLabel(std::string(stop_name) + ", normal text, " + (*language ? language : "en-GB"));
}
void BM_KioskFrame_QuestionUrdu(benchmark::State& s) { frame_in(s, "question-chosen", "ur"); }
void BM_KioskFrame_BudgetUrdu(benchmark::State& s) { frame_in(s, "budget", "ur"); }
BENCHMARK(BM_KioskFrame_QuestionUrdu)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_KioskFrame_BudgetUrdu)->Unit(benchmark::kMicrosecond);

// The first frame of the question page, from nothing: the app made (fonts, ImGui context,
// Pango's font map), the page drawn once. English only, against the same page in Urdu with
// Welsh, Polish and Urdu all loaded (their words parsed, Urdu's shaped). `heap_MiB`: what the
// C heap grew by over the first iteration (the languages stay loaded after it).
void first_frame(benchmark::State& s, const char* language) {
    const std::size_t heap_before = mallinfo2().uordblks;
    bool first = true;
    for (auto _ : s) {
        if (*language)
            for (const char* code : {"cy", "pl", "ur"}) benchmark::DoNotOptimize(Wording::built_in(code).language());
        HeadlessPlatform platform(1920, 1080);
        FlowSettings settings;
        settings.today = boost::gregorian::date(2026, 5, 1);
        settings.preferences.language = language;
        KioskApp app(platform, embedded_default_rule_set(), settings, Wording::built_in(), load_font_files());
        for (const TourStop& stop : tour_stops())
            if (stop.name == std::string("question")) show_tour_stop(app, stop);
        if (first) {
            s.counters["heap_MiB"] = double(mallinfo2().uordblks - heap_before) / (1024.0 * 1024.0);
            first = false;
        }
    }
    s.SetLabel(*language ? "question, Urdu, all languages loaded" : "question, English only");
}
void BM_KioskFirstFrame_EnglishOnly(benchmark::State& s) { first_frame(s, ""); }
void BM_KioskFirstFrame_UrduAllLanguages(benchmark::State& s) { first_frame(s, "ur"); }
BENCHMARK(BM_KioskFirstFrame_EnglishOnly)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(BM_KioskFirstFrame_UrduAllLanguages)->Unit(benchmark::kMillisecond)->Iterations(20);

}  // namespace
