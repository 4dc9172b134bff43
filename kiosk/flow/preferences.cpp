#include "kiosk/flow/preferences.hpp"

#include <cmath>

namespace openras::kiosk {

int text_step_for_scale(float scale) {
    int best = 0;
    for (int i = 1; i <= kLargestTextStep; ++i)
        if (std::fabs(kTextScales[std::size_t(i)] - scale) < std::fabs(kTextScales[std::size_t(best)] - scale))
            best = i;
    return best;
}

}  // namespace openras::kiosk
