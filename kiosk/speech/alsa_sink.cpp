#include "kiosk/speech/alsa_sink.hpp"

#include "rules/error.hpp"

#include <alsa/asoundlib.h>

namespace openras::kiosk {
namespace {

constexpr unsigned kBufferMicroseconds = 50000;

[[noreturn]] void cannot(const std::string& device, const std::string& what, int code) {
    throw OpenRasError(Error{ErrorCode::Io, "sound (ALSA): " + what + ": " + snd_strerror(code),
                             SourceLocation{{}, 0, 0, "audio_device " + device}});
}

}  // namespace

AlsaSink::AlsaSink(const std::string& device, int sample_rate) {
    int rc = snd_pcm_open(&pcm_, device.c_str(), SND_PCM_STREAM_PLAYBACK, 0);
    if (rc < 0) pcm_ = nullptr, cannot(device, "cannot open the device", rc);
    rc = snd_pcm_set_params(pcm_, SND_PCM_FORMAT_S16, SND_PCM_ACCESS_RW_INTERLEAVED, 1, unsigned(sample_rate),
                            1 /* resample if the card needs another rate */, kBufferMicroseconds);
    if (rc < 0) {
        snd_pcm_close(pcm_);
        pcm_ = nullptr;
        cannot(device, "cannot play 16-bit mono speech", rc);
    }
}

AlsaSink::~AlsaSink() {
    if (pcm_ != nullptr) snd_pcm_close(pcm_);
}

void AlsaSink::write(const short* samples, std::size_t count) {
    while (count > 0) {
        const snd_pcm_sframes_t done = snd_pcm_writei(pcm_, samples, snd_pcm_uframes_t(count));
        if (done < 0) {
            // An underrun (the card ran dry between sentences) or a suspend: recover and go on.
            if (snd_pcm_recover(pcm_, int(done), 1) < 0) return;
            continue;
        }
        samples += done;
        count -= std::size_t(done);
    }
}

void AlsaSink::drain() {
    snd_pcm_drain(pcm_);
    snd_pcm_prepare(pcm_);
}

void AlsaSink::drop() {
    snd_pcm_drop(pcm_);
    snd_pcm_prepare(pcm_);
}

}  // namespace openras::kiosk
