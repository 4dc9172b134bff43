#pragma once
// Speech played while the kiosk goes on drawing: a thread of its own turns words into audio
// with espeak-ng and hands each 20 ms of it to the sound card as soon as it is made, so the
// first words are heard before the rest are made. Between pieces it looks whether it has been
// stopped (the person acted), paused, or given something new to say.
#include "kiosk/speech/audio_sink.hpp"
#include "kiosk/speech/speech_engine.hpp"
#include "kiosk/speech/speech_output.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace openras::kiosk {

class Speaker : public SpeechOutput {
public:
    using SinkMaker = std::function<std::unique_ptr<AudioSink>(int sample_rate)>;
    // Starts espeak-ng with `language`'s voice and a sink from `make_sink` at its sample rate.
    // Throws OpenRasError when either cannot start.
    Speaker(const std::string& language, const SinkMaker& make_sink);
    ~Speaker() override;
    Speaker(const Speaker&) = delete;
    Speaker& operator=(const Speaker&) = delete;

    void say(const std::string& words, const std::string& language, int words_a_minute, float volume,
             bool chime_first = false) override;
    // In the voice the Speaker started with.
    void say(const std::string& words, int words_a_minute, float volume, bool chime_first = false) {
        say(words, first_language_, words_a_minute, volume, chime_first);
    }
    void chime(float volume) override;
    void stop() override;
    void set_paused(bool paused) override;
    bool speaking() const override;

    // Waits until nothing is being said (tests and measurements); false if `timeout` passed.
    bool wait_until_quiet(std::chrono::milliseconds timeout) const;
    // Seconds from the latest say() to its first audio reaching the sink; negative until then.
    double last_latency_seconds() const { return latency_.load(); }
    int sample_rate() const { return engine_.sample_rate(); }
    // Samples the engine made for the latest words, and samples of them handed to the sink.
    std::size_t samples_made() const { return made_.load(); }
    std::size_t samples_played() const { return played_.load(); }

private:
    struct Request {
        std::string words;
        std::string language;
        int words_a_minute = kNormalWordsAMinute;
        float volume = 1;
        bool chime = false;
        std::chrono::steady_clock::time_point asked;
    };
    void ask(Request request);
    void run();
    void play(const Request& request, unsigned generation);
    // Plays `count` samples in 20 ms pieces; false when stopped or replaced on the way.
    bool feed(const short* samples, std::size_t count, const Request& request, unsigned generation, bool& first);

    SpeechEngine engine_;
    std::string first_language_;
    std::unique_ptr<AudioSink> sink_;
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    std::optional<Request> pending_;
    unsigned generation_ = 0;  // goes up whenever what is being said is cut off
    bool paused_ = false, busy_ = false, quit_ = false;
    std::atomic<double> latency_{-1};
    std::atomic<std::size_t> made_{0}, played_{0};
    std::thread thread_;
};

}  // namespace openras::kiosk
