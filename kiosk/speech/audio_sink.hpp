#pragma once
// Where the Speaker's audio goes: the sound card (AlsaSink), or memory for tests and
// measurements (RecordingSink). 16-bit mono samples at the engine's rate.
#include <chrono>
#include <cstddef>
#include <mutex>
#include <vector>

namespace openras::kiosk {

class AudioSink {
public:
    virtual ~AudioSink() = default;
    // Plays `count` samples; may block until the device has room for them.
    virtual void write(const short* samples, std::size_t count) = 0;
    // Waits until everything written has been heard.
    virtual void drain() = 0;
    // Throws away whatever is written but not yet heard: speech stops at once.
    virtual void drop() = 0;
};

// Keeps what it is given; with `real_time` it takes as long as a sound card would, so that
// pausing and stopping can be tested and the CPU spent while speaking measured.
class RecordingSink : public AudioSink {
public:
    RecordingSink(int sample_rate, bool real_time) : rate_(sample_rate), real_time_(real_time) {}
    void write(const short* samples, std::size_t count) override;
    void drain() override {}
    void drop() override;
    std::vector<short> samples() const;
    std::size_t writes() const;
    // When the first sample of the latest speech arrived (after the last clear_first()).
    std::chrono::steady_clock::time_point first_write() const;
    void clear_first();

private:
    const int rate_;
    const bool real_time_;
    mutable std::mutex mutex_;
    std::vector<short> samples_;
    std::size_t writes_ = 0;
    bool have_first_ = false;
    std::chrono::steady_clock::time_point first_{};
};

}  // namespace openras::kiosk
