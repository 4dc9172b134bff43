#pragma once
// The kiosk's Speaker on the site's sound card, as the settings say. A kiosk with no sound card
// (or none that works) still runs: the person is told nothing is heard by the Listen button's
// absence, and staff by a line on standard error naming the device and why.
#include "kiosk/flow/kiosk_flow.hpp"
#include "kiosk/speech/speaker.hpp"

#include <memory>
#include <ostream>
#include <string_view>

namespace openras::kiosk {

// Null when speech cannot start; `why` gets one line saying what failed.
std::unique_ptr<Speaker> start_speaker(const SpeechSettings& settings, std::string_view voice, std::ostream& why);

}  // namespace openras::kiosk
