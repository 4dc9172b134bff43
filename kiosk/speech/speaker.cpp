#include "kiosk/speech/speaker.hpp"

#include "kiosk/speech/chime.hpp"
#include "rules/error.hpp"

#include <algorithm>
#include <vector>

namespace openras::kiosk {

Speaker::Speaker(const std::string& language, const SinkMaker& make_sink)
    : engine_(language), first_language_(language), sink_(make_sink(engine_.sample_rate())) {
    thread_ = std::thread([this] { run(); });
}

Speaker::~Speaker() {
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
        ++generation_;
    }
    changed_.notify_all();
    thread_.join();
}

void Speaker::ask(Request request) {
    request.asked = std::chrono::steady_clock::now();
    {
        std::lock_guard lock(mutex_);
        pending_ = std::move(request);
        ++generation_;
        paused_ = false;
    }
    latency_ = -1;
    changed_.notify_all();
}

void Speaker::say(const std::string& words, const std::string& language, int words_a_minute, float volume,
                  bool chime_first) {
    ask(Request{words, language, words_a_minute, volume, chime_first, {}});
}

void Speaker::chime(float volume) { ask(Request{{}, first_language_, 0, volume, true, {}}); }

void Speaker::stop() {
    {
        std::lock_guard lock(mutex_);
        pending_.reset();
        ++generation_;
        paused_ = false;
    }
    changed_.notify_all();
}

void Speaker::set_paused(bool paused) {
    {
        std::lock_guard lock(mutex_);
        paused_ = paused;
    }
    changed_.notify_all();
}

bool Speaker::speaking() const {
    std::lock_guard lock(mutex_);
    return busy_ || pending_.has_value();
}

bool Speaker::wait_until_quiet(std::chrono::milliseconds timeout) const {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, timeout, [&] { return !busy_ && !pending_; });
}

void Speaker::run() {
    for (;;) {
        Request request;
        unsigned generation = 0;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return quit_ || pending_.has_value(); });
            if (quit_) return;
            request = std::move(*pending_);
            pending_.reset();
            generation = generation_;
            busy_ = true;
        }
        play(request, generation);
        {
            std::lock_guard lock(mutex_);
            busy_ = false;
        }
        changed_.notify_all();
    }
}

void Speaker::play(const Request& request, unsigned generation) {
    bool first = true, whole = true;
    made_ = 0;
    played_ = 0;
    if (request.chime) {
        const SpokenAudio chime = warning_chime(engine_.sample_rate());
        whole = feed(chime.samples.data(), chime.samples.size(), request, generation, first);
    }
    if (whole && !request.words.empty()) {
        try {
            engine_.use_language(request.language);
        } catch (const OpenRasError&) {
            engine_.use_language(first_language_);  // a language with no voice is read in the kiosk's own
        }
        engine_.speak_streaming(request.words, request.words_a_minute, [&](const short* samples, std::size_t count) {
            return whole = feed(samples, count, request, generation, first);
        });
    }
    if (whole) sink_->drain();
    else sink_->drop();  // cut off: what is already in the card's buffer is not heard either
}

bool Speaker::feed(const short* samples, std::size_t count, const Request& request, unsigned generation, bool& first) {
    const std::size_t piece = std::size_t(engine_.sample_rate() / 50);  // 20 ms
    made_ += count;
    std::vector<short> louder(std::min(piece, count));
    for (std::size_t at = 0; at < count; at += piece) {
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return !paused_ || generation != generation_; });
            if (generation != generation_) return false;
        }
        const std::size_t n = std::min(piece, count - at);
        louder.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            louder[i] = short(std::clamp(float(samples[at + i]) * request.volume, -32768.0f, 32767.0f));
        sink_->write(louder.data(), n);
        played_ += n;
        if (first) {
            first = false;
            latency_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - request.asked).count();
        }
    }
    return true;
}

}  // namespace openras::kiosk
