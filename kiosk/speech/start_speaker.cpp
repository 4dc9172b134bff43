#include "kiosk/speech/start_speaker.hpp"

#include "kiosk/speech/alsa_sink.hpp"
#include "rules/error.hpp"

namespace openras::kiosk {

std::unique_ptr<Speaker> start_speaker(const SpeechSettings& settings, std::string_view voice, std::ostream& why) {
    try {
        const std::string device = settings.audio_device;
        return std::make_unique<Speaker>(std::string(voice), [&device](int rate) {
            return std::unique_ptr<AudioSink>(std::make_unique<AlsaSink>(device, rate));
        });
    } catch (const OpenRasError& e) {
        why << "openras-kiosk: the kiosk will not speak: " << e.error().to_string() << "\n";
        return nullptr;
    }
}

}  // namespace openras::kiosk
