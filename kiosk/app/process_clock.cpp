#include "kiosk/app/process_clock.hpp"

#include <ctime>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <unistd.h>

namespace openras::kiosk {

std::chrono::steady_clock::time_point process_started() {
    const auto now = std::chrono::steady_clock::now();
    timespec boot{};
    clock_gettime(CLOCK_BOOTTIME, &boot);
    std::ifstream in("/proc/self/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Field 22, start time in ticks since boot; the name in field 2 may hold spaces, so the
    // fields are counted from the ")" that closes it (field 3 comes next).
    const std::size_t name_end = stat.rfind(')');
    const long ticks_per_second = sysconf(_SC_CLK_TCK);
    if (name_end == std::string::npos || ticks_per_second <= 0) return now;
    std::istringstream fields(stat.substr(name_end + 1));
    std::string field;
    for (int i = 3; i < 22 && fields >> field; ++i) {}
    unsigned long long start_ticks = 0;
    if (!(fields >> start_ticks)) return now;
    const double age = double(boot.tv_sec) + double(boot.tv_nsec) * 1e-9 - double(start_ticks) / double(ticks_per_second);
    if (age < 0 || age > 3600) return now;  // not a start this process could have had at main()
    return now - std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(age));
}

}  // namespace openras::kiosk
