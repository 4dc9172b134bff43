#include "kiosk/speech/speech_engine.hpp"

#include "rules/error.hpp"

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace openras::kiosk {
namespace {

int engine_rate = 0;
const SpeechEngine::SampleSink* taking = nullptr;
// Pieces of audio espeak-ng makes at a time, in milliseconds: small, so speech starts soon.
constexpr int kPieceMilliseconds = 50;

// espeak-ng hands over each piece of audio as it is made; 1 tells it to stop.
int take_samples(short* wav, int count, espeak_EVENT*) {
    if (wav == nullptr || count <= 0 || taking == nullptr) return 0;
    return (*taking)(wav, std::size_t(count)) ? 0 : 1;
}

[[noreturn]] void cannot(const std::string& language, const std::string& why) {
    throw OpenRasError(Error{ErrorCode::Io, "speech (espeak-ng) " + why, SourceLocation{{}, 0, 0, "language " + language}});
}

}  // namespace

SpeechEngine::SpeechEngine(const std::string& language) {
    // espeak-ng is started once for the process and never stopped: 1.51 cannot be started
    // again after espeak_Terminate (it waits forever for a thread of its own).
    static std::once_flag started;
    std::call_once(started, [] { engine_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, kPieceMilliseconds, nullptr, 0); });
    if (engine_rate <= 0) cannot(language, "could not start: is espeak-ng-data installed?");
    espeak_SetSynthCallback(take_samples);
    use_language(language);
}

void SpeechEngine::use_language(const std::string& language) {
    if (language == language_) return;
    espeak_VOICE wanted;
    std::memset(&wanted, 0, sizeof wanted);
    wanted.languages = language.c_str();
    if (espeak_SetVoiceByProperties(&wanted) != EE_OK) cannot(language, "has no voice for this language");
    language_ = language;
}

SpeechEngine::~SpeechEngine() = default;

std::string SpeechEngine::voice_language() const {
    const espeak_VOICE* voice = espeak_GetCurrentVoice();
    // `languages` is pairs of a priority byte and a name: the first name is the voice's own.
    return voice != nullptr && voice->languages != nullptr ? std::string(voice->languages + 1) : std::string();
}

int SpeechEngine::sample_rate() const { return engine_rate; }

SpokenAudio SpeechEngine::speak(std::string_view words, int words_a_minute) {
    SpokenAudio audio;
    audio.sample_rate = engine_rate;
    speak_streaming(words, words_a_minute, [&](const short* samples, std::size_t count) {
        audio.samples.insert(audio.samples.end(), samples, samples + count);
        return true;
    });
    return audio;
}

void SpeechEngine::speak_streaming(std::string_view words, int words_a_minute, const SampleSink& take) {
    espeak_SetParameter(espeakRATE, std::clamp(words_a_minute, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);
    const std::string text(words);
    taking = &take;
    // In synchronous mode espeak_Synth returns once every piece has been handed over.
    // (espeak_Synchronize is for its asynchronous mode: called from another thread it waits forever.)
    espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
    taking = nullptr;
}

}  // namespace openras::kiosk
