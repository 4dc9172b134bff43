#pragma once
// What the kiosk's pages ask of whatever speaks for them: the Speaker (espeak-ng played on
// the sound card), or nothing at all in tests that only check the words (speech_controller.hpp
// keeps those).
#include <string>

namespace openras::kiosk {

class SpeechOutput {
public:
    virtual ~SpeechOutput() = default;
    // Says `words` in `language`'s voice (espeak-ng's name: "en-gb", "cy") at `words_a_minute` and
    // `volume` (0 to 1), cutting off whatever was being said; after the idle warning's chime when
    // `chime_first`.
    virtual void say(const std::string& words, const std::string& language, int words_a_minute, float volume,
                     bool chime_first = false) = 0;
    // The idle warning's chime, cutting off whatever was being said.
    virtual void chime(float volume) = 0;
    // Stops at once: the person has done something.
    virtual void stop() = 0;
    // Holds the speech where it is, or carries on from there.
    virtual void set_paused(bool paused) = 0;
    // Something is being said, or waiting to be.
    virtual bool speaking() const = 0;
};

}  // namespace openras::kiosk
