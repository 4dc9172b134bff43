#pragma once
// The kiosk's settings: from an optional TOML file (--config), then the command line on top.
//
//   [kiosk]
//   rules = "rules/sets/model-ras.toml"   # the rule set; default: the built-in model RAS
//   fullscreen = true                     # false: a window of `window` size
//   window = "1920x1080"
//   text_scale = 1.0                      # 1, 1.25, 1.5 or 2: what each session starts with
//   high_contrast = false
//   easy_read = false
//   idle_seconds = 120                    # no input for this long shows the warning
//   warning_seconds = 30                  # the countdown before the wipe; at least 20
//   tap_quiet_seconds = 0.4               # taps ignored this long after the page changes (0-2)
//   printer = "Library-Receipts"          # a CUPS printer for receipts; none: not offered
//   drafts = "/var/lib/openras/drafts.db" # saved journeys, sealed with each person's code
//   draft_days = 14                       # how long a saved journey is kept (1-60 days)
//   assessment_date = 2026-12-07          # the date budgets are worked out for (a TOML date);
//                                         # default: today. The public is never asked it.
//   speech = true                         # the Listen button on every page (kiosk/speech/)
//   volume = 70                           # per cent (10-100): each session starts at this
//   private_booth = false                 # true: figures and names are spoken without headphones
//   audio_device = "default"              # ALSA's name for the sound card
//   pictures = "/usr/share/openras/pictures" # Easy Read's pictures; default: where the build made them
//   language = "cy"                       # each session starts in Welsh ("pl": Polish); default English
//   record = "/var/lib/openras/record.db" # the decision record plans are sent to and social
//                                         # workers decide from (made when the first plan is
//                                         # sent); none: plans are checked but not sent;
//                                         # or the council's server: "postgresql://LOGIN@HOST/DB"
//   outbox = "/var/lib/openras/outbox.db" # with a server: where plans are kept until sent
//   outbox_key = "/etc/openras/kiosk.key" # the kiosk's own signing key (openras audit keygen)
//
//   [[kiosk.worker]]                      # one for each social worker who may sign in
//   name = "Sam Okafor"                   # recorded with each of their decisions
//   pin_hash = "$argon2id$v=19$..."       # from `openras-kiosk --hash-pin`; never the PIN
//
// Paths are as written: relative ones are from the folder the kiosk is started in. Every
// setting is checked when the file loads; a mistake stops the kiosk with the file, the line
// and what is wrong, before any window opens.
#include "kiosk/flow/kiosk_flow.hpp"

#include <optional>
#include <string>
#include <vector>

namespace openras::kiosk {

struct KioskConfig {
    std::string rules;  // empty: built in
    bool fullscreen = true;
    int width = 1920, height = 1080;
    float text_scale = 1;
    bool high_contrast = false;
    bool easy_read = false;
    double tap_quiet_seconds = 0.4;
    double idle_seconds = 120;
    double warning_seconds = 30;
    std::string record;  // empty: no decision record
    std::string outbox, outbox_key;  // empty: plans go straight to the record
    std::optional<boost::gregorian::date> assessment_date;  // none: today
    std::string drafts;   // empty: no "Save and come back later"
    std::string printer;  // a CUPS queue for receipts; empty: no printing
    int draft_days = 14;
    std::vector<WorkerLogin> workers;
    SpeechSettings speech;
    int volume = 70;
    std::string pictures;
    std::string language;  // empty: English
};

// Throws OpenRasError naming the file, line and column of the setting, with a code.
KioskConfig load_kiosk_config(const std::string& path);
// "1280x1024" → width and height; false when it is not two whole numbers of at least 320.
bool parse_window_size(const std::string& text, int& width, int& height);

FlowSettings flow_settings(const KioskConfig& config);

}  // namespace openras::kiosk
