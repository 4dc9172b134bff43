#include "kiosk/app/hash_pin_command.hpp"

#include "kiosk/flow/worker_desk.hpp"

#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <string>

namespace openras::kiosk {
namespace {

// Turns the terminal's echo off for as long as it lives, and back on after.
class NoEcho {
public:
    explicit NoEcho(bool terminal) {
        if (!terminal || ::tcgetattr(STDIN_FILENO, &saved_) != 0) return;
        termios quiet = saved_;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        active_ = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~NoEcho() {
        if (active_) ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
    }
    NoEcho(const NoEcho&) = delete;
    NoEcho& operator=(const NoEcho&) = delete;

private:
    termios saved_{};
    bool active_ = false;
};

bool read_line(std::istream& in, PersonalText& line) {
    std::string raw;
    const bool read = bool(std::getline(in, raw));
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    line.assign(raw.begin(), raw.end());
    zero_memory(raw.data(), raw.size());
    return read;
}

}  // namespace

int hash_pin_command(std::istream& in, std::ostream& out, std::ostream& err, bool terminal) {
    PersonalText pin, again;
    {
        NoEcho quiet(terminal);
        if (terminal) err << "New PIN (" << kMinPinLength << " to " << kMaxPinLength << " digits): " << std::flush;
        if (!read_line(in, pin)) {
            err << (terminal ? "\n" : "") << "openras-kiosk: no PIN was given on standard input\n";
            return 1;
        }
        if (terminal) {
            err << "\nThe same PIN again: " << std::flush;
            read_line(in, again);
            err << "\n";
        }
    }
    const bool digits = std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || pin.size() < kMinPinLength || pin.size() > kMaxPinLength) {
        err << "openras-kiosk: a PIN is " << kMinPinLength << " to " << kMaxPinLength
            << " digits, 0 to 9, so it can be typed on the kiosk's number pad\n";
        return 1;
    }
    if (terminal && again != pin) {
        err << "openras-kiosk: the two PINs are not the same; nothing was made\n";
        return 1;
    }
    out << hash_pin(std::string_view(pin.data(), pin.size())) << "\n";
    return 0;
}

}  // namespace openras::kiosk
