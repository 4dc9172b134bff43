// openras-kiosk: the touchscreen kiosk. Service users find out their indicative budget, one
// question per screen, plan how to spend it and send the plan; social workers sign in with a
// PIN to decide on the plans sent. See README.md ("The kiosk") and kiosk/app/kiosk_config.hpp.
//
// Exit codes: 0 success, 1 the rules, settings, fonts or display are not usable (the message
// says which), 2 a usage error.
#include "alloc/io/dates.hpp"
#include "kiosk/app/hash_pin_command.hpp"
#include "kiosk/app/journey_command.hpp"
#include "kiosk/app/kiosk_app.hpp"
#include "kiosk/app/kiosk_config.hpp"
#include "kiosk/app/receipt_print.hpp"
#include "kiosk/app/kiosk_rules.hpp"
#include "kiosk/app/measure.hpp"
#include "kiosk/app/process_clock.hpp"
#include "kiosk/app/tour.hpp"
#include "kiosk/speech/start_speaker.hpp"
#include "kiosk/platform/glfw_platform.hpp"
#include "rules/error.hpp"

#include <filesystem>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <chrono>
#include <future>
#include <cstdlib>
#include <iostream>
#include <optional>

namespace {

using namespace openras;
using namespace openras::kiosk;

struct Options {
    std::string config, rules, record, windowed, tour, date, journey, out, language;
    bool fullscreen = false, high_contrast = false, easy_read = false, measure = false, hash_pin = false, speech = false;
    std::optional<float> text_scale;
    std::optional<double> idle_seconds, warning_seconds;
};

void add_options(CLI::App& cli, Options& o) {
    cli.add_option("--config", o.config, "Settings file (TOML, a [kiosk] section)")->check(CLI::ExistingFile);
    cli.add_flag("--fullscreen", o.fullscreen, "Fill the screen (the default for a kiosk)");
    cli.add_option("--windowed", o.windowed, "A window of this size instead, e.g. 1280x1024");
    cli.add_option("--rules", o.rules, "Rule-set file (default: the built-in model RAS)")->check(CLI::ExistingFile);
    cli.add_option("--record", o.record, "Decision record plans are sent to and social workers decide from");
    cli.add_flag("--hash-pin", o.hash_pin, "Read a social worker's PIN from standard input, print its hash, and exit");
    cli.add_option("--tour", o.tour, "Write a PNG of every screen to this folder, then exit");
    cli.add_flag("--speech", o.speech, "With --tour: also write what each screen says (NN-name.txt) and its sound (NN-name.wav)");
    cli.add_option("--text-scale", o.text_scale, "Text size each session starts with: 1, 1.25, 1.5 or 2")
        ->check(CLI::Range(1.0, 2.0));
    cli.add_flag("--high-contrast", o.high_contrast, "Start each session in high contrast");
    cli.add_flag("--easy-read", o.easy_read, "Start each session with Easy Read wording");
    cli.add_option("--language", o.language, "Start each session in this language: cy (Welsh), pl (Polish) or ur (Urdu)");
    cli.add_option("--idle-seconds", o.idle_seconds, "Seconds with no input before the warning")->check(CLI::PositiveNumber);
    cli.add_option("--warning-seconds", o.warning_seconds, "Seconds the warning counts down (at least 20)")
        ->check(CLI::Range(20.0, 3600.0));
    cli.add_option("--date", o.date, "Today's date for the kiosk, YYYY-MM-DD (for the tour and tests)");
    cli.add_flag("--measure", o.measure, "Print start-up, idle and frame figures, then exit");
    cli.add_option("--journey", o.journey, "Play a journey (tests/journeys/*.journey), check it, then exit")
        ->check(CLI::ExistingFile);
    cli.add_option("--out", o.out, "With --journey: play in a window and write its shots to this folder");
}

KioskConfig settle_config(const Options& o) {
    KioskConfig c = o.config.empty() ? KioskConfig{} : load_kiosk_config(o.config);
    if (!o.rules.empty()) c.rules = o.rules;
    if (!o.record.empty()) c.record = o.record;
    if (o.fullscreen) c.fullscreen = true;
    if (!o.windowed.empty()) {
        if (!parse_window_size(o.windowed, c.width, c.height))
            throw CLI::ValidationError("--windowed", "write the size like 1280x1024");
        c.fullscreen = false;
    }
    if (o.text_scale) c.text_scale = *o.text_scale;
    if (o.high_contrast) c.high_contrast = true;
    if (o.easy_read) c.easy_read = true;
    if (!o.language.empty()) c.language = o.language;
    if (o.idle_seconds) c.idle_seconds = *o.idle_seconds;
    if (o.warning_seconds) c.warning_seconds = *o.warning_seconds;
    return c;
}

int run(const Options& o, std::chrono::steady_clock::time_point started) {
    const KioskConfig config = settle_config(o);
    FlowSettings settings = flow_settings(config);
    if (!config.printer.empty()) use_printer(settings, config.printer);
    if (!o.date.empty()) settings.today = parse_iso_date(o.date, SourceLocation{"--date", 0, 0, {}});
    // The tour sends a made-up plan: to a record of its own, never to a real one.
    const std::string tour_record =
        (std::filesystem::temp_directory_path() / ("openras-tour-" + std::to_string(::getpid()) + ".db")).string();
    if (!o.tour.empty()) use_tour_record(settings, tour_record);
    const bool timing = std::getenv("OPENRAS_KIOSK_TIMING") != nullptr;
    auto mark = [&](const char* what) {
        if (timing)
            std::cerr << what << ": " << std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count()
                      << " ms\n";
    };
    // The rules and the font files load on another thread while the window opens.
    auto loading = std::async(std::launch::async, [&config] {
        return std::make_pair(load_kiosk_rules(config.rules, std::cerr), load_font_files());
    });
    WindowOptions window;
    window.fullscreen = config.fullscreen && o.tour.empty() && !o.measure;
    window.width = config.width, window.height = config.height;
    const auto window_start = std::chrono::steady_clock::now();
    GlfwPlatform platform(window);
    const double window_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - window_start).count();
    mark("window open");
    auto [rules, fonts] = loading.get();
    settings.rules_text = std::move(rules.text);
    settings.rules_name = config.rules;
    mark("rules and fonts loaded");
    // Speech for a person at the kiosk; the tour and the measurements write or time it themselves.
    std::unique_ptr<Speaker> speaker;
    if (o.tour.empty() && !o.measure && settings.speech.offered) {
        speaker = start_speaker(settings.speech, Wording::built_in().get("speech.voice", false), std::cerr);
        settings.speech.offered = speaker != nullptr;  // no Listen button that says nothing
    }
    KioskApp app(platform, rules.rule_set, settings, Wording::built_in(), std::move(fonts), speaker.get());
    mark("app made");
    if (o.measure) {
        std::cout << figures_text(measure_kiosk(app, platform, started, window_ms, 5.0));
        return 0;
    }
    if (!o.tour.empty()) {
        const auto written = write_tour(app, platform, o.tour, o.speech);
        for (const char* tail : {"", "-wal", "-shm"}) std::filesystem::remove(tour_record + tail);
        std::filesystem::remove(settings.drafts_path);
        std::cout << "Wrote " << written.size() << " pictures of the kiosk's screens to " << o.tour << "/\n";
        return 0;
    }
    app.run();
    return 0;
}

// Runs one of the kiosk's jobs; what stops it is said in one line and gives the exit code: 2 for
// a usage error, 1 for anything else.
template <typename Job>
int exit_code_of(Job job) {
    try {
        return job();
    } catch (const CLI::ValidationError& e) {
        std::cerr << "openras-kiosk: " << e.what() << "\n";
        return 2;
    } catch (const OpenRasError& e) {
        std::cerr << "openras-kiosk: " << e.error().to_string() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "openras-kiosk: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace

int main(int argc, char** argv) {
    const auto started = openras::kiosk::process_started();
    CLI::App cli{"openras-kiosk: the OpenRAS touchscreen kiosk (staff close it with Ctrl+Q)"};
    Options options;
    add_options(cli, options);
    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = cli.exit(e);
        return code == 0 ? 0 : 2;
    }
    if (options.hash_pin)
        return exit_code_of([] { return hash_pin_command(std::cin, std::cout, std::cerr, ::isatty(STDIN_FILENO) == 1); });
    if (!options.journey.empty())
        return exit_code_of([&] { return journey_command(options.journey, options.out, std::cout, std::cerr); });
    return exit_code_of([&] { return run(options, started); });
}
