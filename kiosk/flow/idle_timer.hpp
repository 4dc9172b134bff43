#pragma once
// The idle timeout of a shared kiosk. After `idle_seconds` with no input, a full-screen warning
// counts down `warning_seconds` (at least 20, WCAG 2.2.1) with an "I need more time" button
// that can be pressed as often as the person likes; when the countdown ends, everything
// personal is wiped. Time comes in as seconds from any steady clock, so tests need no waiting.
namespace openras::kiosk {

struct IdleSettings {
    double idle_seconds = 120;     // no input for this long → warning
    double warning_seconds = 30;   // the countdown; never less than kMinimumWarningSeconds
};
inline constexpr double kMinimumWarningSeconds = 20;

enum class IdlePhase { Active, Warning, Expired };

class IdleTimer {
public:
    explicit IdleTimer(IdleSettings settings = {});

    const IdleSettings& settings() const { return settings_; }
    void reset(double now);
    // Input only counts while Active: during the warning only "I need more time" keeps the
    // session, so a stray touch on the warning cannot hide it without the person knowing.
    void note_input(double now);
    void more_time(double now);
    IdlePhase phase(double now) const;
    int seconds_left(double now) const;  // whole seconds of the countdown, rounded up
    int extensions() const { return extensions_; }
    // How long the app may sleep before something on screen must change.
    double seconds_until_next_change(double now) const;

private:
    IdleSettings settings_;
    double last_input_ = 0;
    int extensions_ = 0;
};

}  // namespace openras::kiosk
