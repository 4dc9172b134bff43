#include "kiosk/speech/speech_engine.hpp"

#include "rules/error.hpp"

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cstring>

namespace openras::kiosk {
namespace {

int sample_rate = 0;
std::vector<short>* collecting = nullptr;

// espeak-ng hands over each piece of audio as it is made; they are gathered for speak().
int take_samples(short* wav, int count, espeak_EVENT*) {
    if (wav != nullptr && count > 0 && collecting != nullptr) collecting->insert(collecting->end(), wav, wav + count);
    return 0;  // go on
}

[[noreturn]] void cannot(const std::string& language, const std::string& why) {
    throw OpenRasError(Error{ErrorCode::Io, "speech (espeak-ng) " + why, SourceLocation{{}, 0, 0, "language " + language}});
}

}  // namespace

SpeechEngine::SpeechEngine(const std::string& language) {
    sample_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0);
    if (sample_rate <= 0) cannot(language, "could not start: is espeak-ng-data installed?");
    espeak_SetSynthCallback(take_samples);
    espeak_VOICE wanted;
    std::memset(&wanted, 0, sizeof wanted);
    wanted.languages = language.c_str();
    if (espeak_SetVoiceByProperties(&wanted) != EE_OK) cannot(language, "has no voice for this language");
}

SpeechEngine::~SpeechEngine() { espeak_Terminate(); }

std::string SpeechEngine::voice_language() const {
    const espeak_VOICE* voice = espeak_GetCurrentVoice();
    // `languages` is pairs of a priority byte and a name: the first name is the voice's own.
    return voice != nullptr && voice->languages != nullptr ? std::string(voice->languages + 1) : std::string();
}

SpokenAudio SpeechEngine::speak(std::string_view words, int words_a_minute) {
    SpokenAudio audio;
    audio.sample_rate = sample_rate;
    espeak_SetParameter(espeakRATE, std::clamp(words_a_minute, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);
    const std::string text(words);
    collecting = &audio.samples;
    espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
    espeak_Synchronize();
    collecting = nullptr;
    return audio;
}

}  // namespace openras::kiosk
