#pragma once
// Plays a journey (journey_script.hpp) on the real kiosk screens, in simulated real time: the
// app draws a frame every 1/60 s between and during the steps, as a kiosk would, so a second tap
// lands on whatever the first one left on the screen. Each expectation is checked when its line
// is reached; the first that fails ends the journey.
#include "kiosk/app/journey_script.hpp"
#include "kiosk/app/kiosk_app.hpp"
#include "kiosk/platform/scripted_platform.hpp"

#include <string>
#include <vector>

namespace openras::kiosk {

struct JourneyResult {
    bool passed = true;
    std::string failure;              // "path:line: what was expected, and what was there"
    int steps_played = 0;
    std::vector<std::string> shots;   // the pictures written
};

struct JourneyPlaces {
    std::string out_dir;      // where shots go; empty: shots are skipped
    std::string record_path;  // the decision record the kiosk writes to, for `expect record-events`
};

JourneyResult play_journey(const JourneyScript& script, KioskApp& app, ScriptedPlatform& platform,
                           const JourneyPlaces& places);

}  // namespace openras::kiosk
