#pragma once
// The idle warning's sound: two soft tones, falling, like a shop's door chime. Made here, not
// read from a file, so it is the same on every kiosk.
#include "kiosk/speech/speech_engine.hpp"

namespace openras::kiosk {

SpokenAudio warning_chime(int sample_rate);

}  // namespace openras::kiosk
