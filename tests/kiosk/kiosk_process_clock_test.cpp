#include "kiosk/app/process_clock.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace openras::kiosk {
namespace {

using namespace std::chrono_literals;

TEST(KioskProcessClock, TheStartIsInThePastAndStaysPut) {
    const auto first = process_started();
    EXPECT_LE(first, std::chrono::steady_clock::now());
    std::this_thread::sleep_for(200ms);
    const auto second = process_started();
    // The same moment both times, to the kernel's tick (10 ms): the time of the call would
    // have moved on by the 200 ms slept.
    const auto apart = second > first ? second - first : first - second;
    EXPECT_LT(apart, 25ms);
    EXPECT_GT(std::chrono::steady_clock::now() - second, 199ms);
}

}  // namespace
}  // namespace openras::kiosk
