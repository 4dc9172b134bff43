#pragma once
// Sends what the kiosk's outbox keeps (kiosk/flow/outbox_flow.cpp) in the background: a second
// thread tries a second after the kiosk starts and then every minute, so a plan kept while the
// council's server could not be reached is sent soon after it can be, with nobody at the screen.
// Sending twice at once (this thread and a plan being sent) is safe: the server records each
// entry once (alloc/case/outbox_sending.hpp).
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace openras::kiosk {

class OutboxSender {
public:
    // `send` must only read what does not change while the kiosk runs (its settings).
    explicit OutboxSender(std::function<void()> send, std::chrono::seconds every = std::chrono::seconds(60));
    ~OutboxSender();
    OutboxSender(const OutboxSender&) = delete;
    OutboxSender& operator=(const OutboxSender&) = delete;

private:
    std::function<void()> send_;
    std::chrono::seconds every_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stop_ = false;
    std::thread thread_;
};

}  // namespace openras::kiosk
