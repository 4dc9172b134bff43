#include "kiosk/app/outbox_sender.hpp"

namespace openras::kiosk {

OutboxSender::OutboxSender(std::function<void()> send, std::chrono::seconds every) : send_(std::move(send)), every_(every) {
    thread_ = std::thread([this] {
        std::unique_lock lock(mutex_);
        for (auto wait = std::chrono::seconds(1); !wake_.wait_for(lock, wait, [this] { return stop_; }); wait = every_) {
            lock.unlock();
            send_();
            lock.lock();
        }
    });
}

OutboxSender::~OutboxSender() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

}  // namespace openras::kiosk
