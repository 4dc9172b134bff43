#pragma once
// The screens of the kiosk, one per GOV.UK-style page. The flow model says which one is showing;
// kiosk/screens/ has one file that draws each.
#include <string_view>

namespace openras::kiosk {

enum class Screen {
    Start,            // 1. what this is, how long it takes, Start
    Name,             // 2a. your name or reference (on-screen keyboard)
    Date,             // 2b. the date of the assessment
    Question,         // 3. one question per screen
    CheckAnswers,     // 4. every answer with Change
    Budget,           // 5. your indicative budget, explained
    NotYetAvailable,  // 6-8 and the social worker's mode, until their parts of OpenRAS exist
    Problem,          // something went wrong working out the budget: said plainly
};

// A short stable name, used for tour file names and test messages ("check-answers").
std::string_view screen_name(Screen screen);

}  // namespace openras::kiosk
