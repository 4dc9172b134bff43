#include "kiosk/app/journey_command.hpp"

#include "alloc/record/council/council_record.hpp"

#include "kiosk/app/journey_player.hpp"
#include "kiosk/app/kiosk_config.hpp"
#include "kiosk/app/receipt_print.hpp"
#include "kiosk/app/kiosk_rules.hpp"
#include "kiosk/platform/headless_platform.hpp"
#include "kiosk/platform/scripted_window_platform.hpp"

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <ostream>

namespace openras::kiosk {
namespace {

namespace fs = std::filesystem;

// A folder of the run's own, removed when the run ends (for the journey's decision record).
class RunFolder {
public:
    explicit RunFolder(const std::string& out_dir) {
        if (!out_dir.empty()) {
            path_ = out_dir;
            fs::create_directories(path_);
            return;
        }
        path_ = fs::temp_directory_path() / ("openras-journey-" + std::to_string(::getpid()));
        fs::create_directories(path_);
        remove_ = true;
    }
    ~RunFolder() {
        std::error_code ignored;
        if (remove_) fs::remove_all(path_, ignored);
    }
    RunFolder(const RunFolder&) = delete;
    RunFolder& operator=(const RunFolder&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
    bool remove_ = false;
};

KioskConfig journey_config(const JourneyScript& script, const RunFolder& folder) {
    KioskConfig config = script.settings.empty() ? KioskConfig{} : load_kiosk_config(script.settings);
    const fs::path settings_folder = fs::path(script.settings).parent_path();
    if (!config.rules.empty() && fs::path(config.rules).is_relative()) config.rules = (settings_folder / config.rules).string();
    if (!config.drafts.empty() && fs::path(config.drafts).is_relative()) {
        config.drafts = (folder.path() / config.drafts).string();
        fs::remove(config.drafts);
    }
    if (!config.outbox_key.empty() && fs::path(config.outbox_key).is_relative())
        config.outbox_key = (settings_folder / config.outbox_key).string();
    if (!config.outbox.empty() && fs::path(config.outbox).is_relative()) {
        config.outbox = (folder.path() / config.outbox).string();
        for (const char* tail : {"", "-wal", "-shm"}) fs::remove(config.outbox + tail);
    }
    if (!config.record.empty() && !CouncilRecord::is_address(config.record) && fs::path(config.record).is_relative()) {
        config.record = (folder.path() / config.record).string();
        for (const char* tail : {"", "-wal", "-shm"}) fs::remove(config.record + tail);
    }
    return config;
}

}  // namespace

int journey_command(const std::string& journey_path, const std::string& out_dir, std::ostream& out, std::ostream& err) {
    const JourneyScript script = load_journey(journey_path);
    const RunFolder folder(out_dir);
    const KioskConfig config = journey_config(script, folder);
    FlowSettings settings = flow_settings(config);
    if (!config.printer.empty()) use_printer(settings, config.printer);
    settings.preferences.text_step = script.text_size - 1;
    LoadedRules rules = load_kiosk_rules(config.rules, err);
    settings.rules_text = std::move(rules.text);
    settings.rules_name = config.rules;

    std::unique_ptr<ScriptedPlatform> platform;
    if (out_dir.empty()) platform = std::make_unique<HeadlessPlatform>(float(script.width), float(script.height));
    else platform = std::make_unique<ScriptedWindowPlatform>(script.width, script.height);
    KioskApp app(*platform, rules.rule_set, settings, Wording::built_in(), load_font_files());
    app.ui().text_log.enabled = true;  // `expect text` reads what was drawn
    const JourneyResult result = play_journey(script, app, *platform, JourneyPlaces{out_dir, config.record});
    if (!result.passed) {
        err << result.failure << "\n";
        return 1;
    }
    out << journey_path << ": " << result.steps_played << " steps, every expectation held";
    if (!result.shots.empty()) out << "; " << result.shots.size() << " pictures in " << out_dir;
    out << "\n";
    return 0;
}

}  // namespace openras::kiosk
