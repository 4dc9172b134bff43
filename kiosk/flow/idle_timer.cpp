#include "kiosk/flow/idle_timer.hpp"

#include <algorithm>
#include <cmath>

namespace openras::kiosk {

IdleTimer::IdleTimer(IdleSettings settings) : settings_(settings) {
    settings_.warning_seconds = std::max(settings_.warning_seconds, kMinimumWarningSeconds);
    settings_.idle_seconds = std::max(settings_.idle_seconds, 1.0);
}

void IdleTimer::reset(double now) {
    last_input_ = now;
    extensions_ = 0;
}

void IdleTimer::note_input(double now) {
    if (phase(now) == IdlePhase::Active) last_input_ = now;
}

void IdleTimer::more_time(double now) {
    if (phase(now) == IdlePhase::Expired) return;
    last_input_ = now;
    ++extensions_;
}

IdlePhase IdleTimer::phase(double now) const {
    const double idle = now - last_input_;
    if (idle < settings_.idle_seconds) return IdlePhase::Active;
    if (idle < settings_.idle_seconds + settings_.warning_seconds) return IdlePhase::Warning;
    return IdlePhase::Expired;
}

int IdleTimer::seconds_left(double now) const {
    const double left = last_input_ + settings_.idle_seconds + settings_.warning_seconds - now;
    return std::max(0, int(std::ceil(left)));
}

double IdleTimer::seconds_until_next_change(double now) const {
    const double warning_at = last_input_ + settings_.idle_seconds;
    if (now < warning_at) return warning_at - now;
    // During the countdown the number changes each whole second.
    const double end = warning_at + settings_.warning_seconds;
    const double to_end = end - now;
    if (to_end <= 0) return 0;
    const double frac = to_end - std::floor(to_end);
    return frac > 0.001 ? frac : 1.0;
}

}  // namespace openras::kiosk
