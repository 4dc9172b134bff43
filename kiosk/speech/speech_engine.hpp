#pragma once
// Text to speech with espeak-ng (the only engine in Debian with a British English voice and
// the other languages the kiosk will gain): words in, 16-bit mono samples out, nothing played.
// The Speaker (speaker.hpp) plays them; what each page says is worked out in spoken_page.hpp.
//
// espeak-ng 1.51's espeak_SetVoiceByName("en-gb") fails, so the voice is chosen by its language
// properties. espeak-ng is GPL-3.0-or-later: the kiosk binary that links it is distributed under
// the GPL (README, "Licence").
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace openras::kiosk {

struct SpokenAudio {
    int sample_rate = 0;          // samples a second (espeak-ng's, 22,050)
    std::vector<short> samples;   // mono, 16-bit
    double seconds() const { return sample_rate > 0 ? double(samples.size()) / sample_rate : 0; }
};

inline constexpr int kNormalWordsAMinute = 160;  // a little slower than espeak-ng's 175
inline constexpr int kSlowWordsAMinute = 120;    // the "slower" choice

// One engine for the process (espeak-ng keeps global state). Not for two threads at once.
class SpeechEngine {
public:
    // Starts espeak-ng with the voice for `language` ("en-gb"). Throws OpenRasError naming the
    // language when espeak-ng cannot start or has no such voice.
    explicit SpeechEngine(const std::string& language = "en-gb");
    ~SpeechEngine();
    SpeechEngine(const SpeechEngine&) = delete;
    SpeechEngine& operator=(const SpeechEngine&) = delete;

    // The voice in use: its language as espeak-ng names it ("en-gb").
    std::string voice_language() const;
    // Speaks `language` from now on ("cy", "pl", "ur"); nothing changes when it is already.
    // Throws OpenRasError naming the language when espeak-ng has no voice for it.
    void use_language(const std::string& language);
    int sample_rate() const;
    // The words spoken at `words_a_minute` (80 to 450), as samples.
    SpokenAudio speak(std::string_view words, int words_a_minute = kNormalWordsAMinute);
private:
    std::string language_;  // the language asked for last
public:
    // The same, handing each piece of audio to `take` as soon as it is made (every 50 ms of
    // audio or so), so playing can start before the sentence is finished. `take` returns
    // false to stop speaking at once.
    using SampleSink = std::function<bool(const short* samples, std::size_t count)>;
    void speak_streaming(std::string_view words, int words_a_minute, const SampleSink& take);
};

}  // namespace openras::kiosk
