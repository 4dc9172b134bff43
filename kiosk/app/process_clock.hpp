#pragma once
// The kiosk's own start time, so that `--measure` reports a cold start from the moment the
// program was run rather than from main().
#include <chrono>

namespace openras::kiosk {

// When this process started, on the steady clock: from the kernel's record of it, so that a
// cold start counts loading the program and its libraries (GLFW, Mesa, LLVM) before main(). The
// kernel keeps it in clock ticks (usually 10 ms), rounded down, so a start is never counted
// short. Where that record cannot be read, the time of the call.
std::chrono::steady_clock::time_point process_started();

}  // namespace openras::kiosk
