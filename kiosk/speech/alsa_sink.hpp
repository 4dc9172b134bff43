#pragma once
// The kiosk's speech played on the sound card through ALSA, with a short buffer (50 ms) so
// that speech starts soon after a tap and stops at once when the person acts.
#include "kiosk/speech/audio_sink.hpp"

#include <string>

typedef struct _snd_pcm snd_pcm_t;

namespace openras::kiosk {

class AlsaSink : public AudioSink {
public:
    // Opens `device` ("default", "plughw:1,0") for 16-bit mono at `sample_rate`. Throws
    // OpenRasError naming the device when it cannot be opened.
    AlsaSink(const std::string& device, int sample_rate);
    ~AlsaSink() override;
    AlsaSink(const AlsaSink&) = delete;
    AlsaSink& operator=(const AlsaSink&) = delete;

    void write(const short* samples, std::size_t count) override;
    void drain() override;
    void drop() override;

private:
    snd_pcm_t* pcm_ = nullptr;
};

}  // namespace openras::kiosk
