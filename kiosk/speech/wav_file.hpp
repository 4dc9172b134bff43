#pragma once
// Speech saved as a WAV file (RIFF, PCM, 16-bit, mono), as the tour writes it for each screen
// (`openras-kiosk --tour DIR --speech`):
//
//   "RIFF" size "WAVE"
//   "fmt " 16  format 1 (PCM)  channels 1  sample rate  bytes a second  block 2  bits 16
//   "data" size  samples, little-endian
//
// Read back only far enough to check what was written (the tests), not any WAV file.
#include "kiosk/speech/speech_engine.hpp"

#include <string>

namespace openras::kiosk {

// Throws OpenRasError (Io) naming the file when it cannot be written.
void write_wav(const std::string& path, const SpokenAudio& audio);
// Throws OpenRasError naming the file when it is not a 16-bit mono PCM WAV as written above.
SpokenAudio read_wav(const std::string& path);

}  // namespace openras::kiosk
