#include "kiosk/app/kiosk_config.hpp"
#include "rules/safe_toml.hpp"

#include "alloc/plan/support_plan.hpp"
#include "kiosk/flow/draft_store.hpp"
#include "rules/error.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>

namespace openras::kiosk {
namespace {

// Every problem in the settings file is the library's one Error, at the file, line and column of
// the setting, with a code that says what kind of problem it is.
[[noreturn]] void bad(const std::string& path, const toml::node& node, const std::string& what,
                      ErrorCode code = ErrorCode::InvalidValue) {
    const toml::source_position begin = node.source().begin;
    throw OpenRasError(Error{code, what, SourceLocation{path, int(begin.line), int(begin.column), {}}});
}

double number(const std::string& path, const toml::node& node, const char* name) {
    if (const auto v = node.value<double>()) return *v;
    bad(path, node, std::string(name) + " must be a number", ErrorCode::WrongType);
}

bool boolean(const std::string& path, const toml::node& node, const char* name) {
    if (const auto v = node.value<bool>()) return *v;
    bad(path, node, std::string(name) + " must be true or false", ErrorCode::WrongType);
}

std::string text(const std::string& path, const toml::node& node, const char* name) {
    if (const auto v = node.value<std::string>()) return *v;
    bad(path, node, std::string(name) + " must be text in quotes", ErrorCode::WrongType);
}

// One [[kiosk.worker]]: a name, and a PIN hash that libsodium can check a PIN against.
WorkerLogin read_worker(const std::string& path, const toml::node& node, const std::vector<WorkerLogin>& earlier) {
    const toml::table* table = node.as_table();
    if (!table) bad(path, node, "each worker must be a [[kiosk.worker]] table with a name and a pin_hash", ErrorCode::WrongType);
    WorkerLogin w;
    bool has_name = false, has_hash = false;
    for (const auto& [key, value] : *table) {
        if (key.str() == "name") {
            w.name = text(path, value, "a worker's name");
            has_name = true;
            if (!is_given(w.name)) bad(path, value, "a worker's name must not be empty", ErrorCode::MissingField);
            for (const WorkerLogin& e : earlier)
                if (e.name == w.name) bad(path, value, "the worker " + w.name + " is listed twice", ErrorCode::Duplicate);
        } else if (key.str() == "pin_hash") {
            w.pin_hash = text(path, value, "pin_hash");
            has_hash = true;
            if (!is_pin_hash(w.pin_hash))
                bad(path, value, "pin_hash is not a PIN hash: make one with `openras-kiosk --hash-pin` (never write the PIN itself)");
        } else {
            bad(path, value, "unknown worker setting " + std::string(key.str()) + " (a worker has a name and a pin_hash)",
                ErrorCode::UnknownName);
        }
    }
    if (!has_name) bad(path, node, "this worker has no name", ErrorCode::MissingField);
    if (!has_hash) bad(path, node, "the worker " + w.name + " has no pin_hash", ErrorCode::MissingField);
    return w;
}

void read_setting(const std::string& path, std::string_view key, const toml::node& node, KioskConfig& c) {
    if (key == "rules") c.rules = text(path, node, "rules");
    else if (key == "record") {
        c.record = text(path, node, "record");
        if (c.record.empty()) bad(path, node, "record must name a file", ErrorCode::MissingField);
    } else if (key == "outbox" || key == "outbox_key") {
        std::string& place = key == "outbox" ? c.outbox : c.outbox_key;
        place = text(path, node, key == "outbox" ? "outbox" : "outbox_key");
        if (place.empty()) bad(path, node, std::string(key) + " must name a file", ErrorCode::MissingField);
    } else if (key == "worker") {
        const toml::array* workers = node.as_array();
        if (!workers)
            bad(path, node, "workers are written as [[kiosk.worker]] tables, each with a name and a pin_hash", ErrorCode::WrongType);
        for (const toml::node& w : *workers) c.workers.push_back(read_worker(path, w, c.workers));
    }
    else if (key == "printer") {
        c.printer = text(path, node, "printer");
        if (c.printer.empty()) bad(path, node, "printer must name a CUPS printer", ErrorCode::MissingField);
    } else if (key == "drafts") {
        c.drafts = text(path, node, "drafts");
        if (c.drafts.empty()) bad(path, node, "drafts must name a file", ErrorCode::MissingField);
    } else if (key == "draft_days") {
        const double days = number(path, node, "draft_days");
        if (days < 1 || days > kMaxDraftDays || days != double(int(days))) bad(path, node, "draft_days must be a whole number of days from 1 to 60");
        c.draft_days = int(days);
    }
    else if (key == "assessment_date") {
        const auto day = node.value<toml::date>();
        if (!day) bad(path, node, "assessment_date must be a date written like 2026-12-07 (no quotes)", ErrorCode::WrongType);
        try {
            c.assessment_date = boost::gregorian::date(day->year, day->month, day->day);
        } catch (const std::exception&) {
            bad(path, node, "assessment_date is not a real date");
        }
    }
    else if (key == "speech") c.speech.offered = boolean(path, node, "speech");
    else if (key == "language") c.language = text(path, node, "language");
    else if (key == "pictures") {
        c.pictures = text(path, node, "pictures");
        if (c.pictures.empty()) bad(path, node, "pictures must name a folder", ErrorCode::MissingField);
    }
    else if (key == "private_booth") c.speech.private_booth = boolean(path, node, "private_booth");
    else if (key == "audio_device") {
        c.speech.audio_device = text(path, node, "audio_device");
        if (c.speech.audio_device.empty()) bad(path, node, "audio_device must name an ALSA device, such as \"default\"", ErrorCode::MissingField);
    } else if (key == "volume") {
        const double volume = number(path, node, "volume");
        if (volume < kQuietestVolume || volume > kLoudestVolume || volume != double(int(volume)))
            bad(path, node, "volume must be a whole number of per cent from 10 to 100");
        c.volume = int(volume);
    }
    else if (key == "fullscreen") c.fullscreen = boolean(path, node, "fullscreen");
    else if (key == "window") {
        if (!parse_window_size(node.value<std::string>().value_or(""), c.width, c.height))
            bad(path, node, "window must be written like \"1920x1080\"");
    } else if (key == "text_scale") c.text_scale = float(number(path, node, "text_scale"));
    else if (key == "high_contrast") c.high_contrast = boolean(path, node, "high_contrast");
    else if (key == "easy_read") c.easy_read = boolean(path, node, "easy_read");
    else if (key == "idle_seconds") c.idle_seconds = number(path, node, "idle_seconds");
    else if (key == "warning_seconds") c.warning_seconds = number(path, node, "warning_seconds");
    else if (key == "tap_quiet_seconds") {
        c.tap_quiet_seconds = number(path, node, "tap_quiet_seconds");
        if (c.tap_quiet_seconds < 0 || c.tap_quiet_seconds > 2)
            bad(path, node, "tap_quiet_seconds must be from 0 to 2 seconds");
    }
    else bad(path, node, "unknown setting " + std::string(key), ErrorCode::UnknownName);
}

}  // namespace

KioskConfig load_kiosk_config(const std::string& path) {
    toml::table table;
    try {
        table = parse_toml_file(path);
    } catch (const toml::parse_error& e) {
        const toml::source_position begin = e.source().begin;
        throw OpenRasError(Error{ErrorCode::Syntax, std::string(e.description()),
                                 SourceLocation{path, int(begin.line), int(begin.column), {}}});
    }
    KioskConfig config;
    const toml::table* kiosk = table["kiosk"].as_table();
    if (!kiosk) throw OpenRasError(Error{ErrorCode::MissingField, "there is no [kiosk] section", SourceLocation{path, 0, 0, {}}});
    for (const auto& [key, node] : *kiosk) read_setting(path, key.str(), node, config);
    if (config.warning_seconds < kMinimumWarningSeconds)
        throw OpenRasError(Error{ErrorCode::InvalidValue, "warning_seconds must be at least 20, so people have time to answer",
                                 SourceLocation{path, 0, 0, "kiosk.warning_seconds"}});
    if (config.outbox.empty() != config.outbox_key.empty())
        throw OpenRasError(Error{ErrorCode::MissingField, "an outbox needs both outbox and outbox_key: the kiosk signs what it keeps",
                                 SourceLocation{path, 0, 0, config.outbox.empty() ? "kiosk.outbox" : "kiosk.outbox_key"}});
    return config;
}

bool parse_window_size(const std::string& text, int& width, int& height) {
    int w = 0, h = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%dx%d%c", &w, &h, &tail) != 2 || w < 320 || h < 320) return false;
    width = w, height = h;
    return true;
}

FlowSettings flow_settings(const KioskConfig& c) {
    FlowSettings s;
    s.preferences.text_step = text_step_for_scale(c.text_scale);
    s.preferences.high_contrast = c.high_contrast;
    s.preferences.easy_read = c.easy_read;
    s.idle.idle_seconds = c.idle_seconds;
    s.idle.warning_seconds = c.warning_seconds;
    s.tap_quiet_seconds = c.tap_quiet_seconds;
    s.record_path = c.record;
    s.outbox_path = c.outbox;
    s.outbox_key_path = c.outbox_key;
    if (c.assessment_date) s.today = *c.assessment_date;
    s.drafts_path = c.drafts;
    s.draft_days = c.draft_days;
    s.workers = c.workers;
    s.speech = c.speech;
    s.pictures_folder = c.pictures;
    if (!c.language.empty()) {
        const std::vector<std::string> known = Wording::built_in_languages();
        if (std::find(known.begin(), known.end(), c.language) == known.end())
            throw OpenRasError(Error{ErrorCode::InvalidValue, "the kiosk has no words in the language \"" + c.language + "\" (it has en-GB, cy, pl and ur)",
                                     SourceLocation{{}, 0, 0, "language"}});
        if (c.language != "en-GB") s.preferences.language = c.language;
    }
    s.preferences.volume = c.volume;
    return s;
}

}  // namespace openras::kiosk
