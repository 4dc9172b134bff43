#include "kiosk/speech/chime.hpp"

#include <cmath>
#include <numbers>

namespace openras::kiosk {

SpokenAudio warning_chime(int sample_rate) {
    SpokenAudio audio;
    audio.sample_rate = sample_rate;
    // E5 then C5, 0.35 s each, fading out so neither ends with a click.
    for (const double hertz : {659.25, 523.25}) {
        const int count = int(0.35 * sample_rate);
        for (int i = 0; i < count; ++i) {
            const double t = double(i) / sample_rate;
            const double fade = std::min(1.0, 50.0 * t) * std::exp(-4.0 * t);
            audio.samples.push_back(short(9000 * fade * std::sin(2 * std::numbers::pi * hertz * t)));
        }
    }
    return audio;
}

}  // namespace openras::kiosk
