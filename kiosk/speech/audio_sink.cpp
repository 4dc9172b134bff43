#include "kiosk/speech/audio_sink.hpp"

#include <thread>

namespace openras::kiosk {

void RecordingSink::write(const short* samples, std::size_t count) {
    {
        std::lock_guard lock(mutex_);
        if (!have_first_) have_first_ = true, first_ = std::chrono::steady_clock::now();
        samples_.insert(samples_.end(), samples, samples + count);
        ++writes_;
    }
    if (real_time_) std::this_thread::sleep_for(std::chrono::microseconds(count * 1000000 / std::size_t(rate_)));
}

void RecordingSink::drop() {}

std::vector<short> RecordingSink::samples() const {
    std::lock_guard lock(mutex_);
    return samples_;
}

std::size_t RecordingSink::writes() const {
    std::lock_guard lock(mutex_);
    return writes_;
}

std::chrono::steady_clock::time_point RecordingSink::first_write() const {
    std::lock_guard lock(mutex_);
    return first_;
}

void RecordingSink::clear_first() {
    std::lock_guard lock(mutex_);
    have_first_ = false;
}

}  // namespace openras::kiosk
