#include "kiosk/flow/screen.hpp"

namespace openras::kiosk {

std::string_view screen_name(Screen screen) {
    switch (screen) {
        case Screen::Start: return "start";
        case Screen::Name: return "name";
        case Screen::Date: return "date";
        case Screen::Question: return "question";
        case Screen::CheckAnswers: return "check-answers";
        case Screen::Budget: return "budget";
        case Screen::NotYetAvailable: return "not-yet-available";
        case Screen::Problem: return "problem";
    }
    return "unknown";
}

}  // namespace openras::kiosk
