#pragma once
// A journey: a person's way through the kiosk written as a script, one step a line, which
// `openras-kiosk --journey FILE [--out DIR]` plays on the real screens and checks as it goes
// (journey_player.hpp). Journeys live in tests/journeys/*.journey and run under ctest.
//
// The format: UTF-8 text, one step a line; `#` starts a comment (outside quotes); blank lines
// are skipped. Words are separated by spaces; "double quotes" hold text with spaces (a
// backslash before a quote or a backslash inside them keeps it as it is). Labels are matched
// against what the screen shows in the current wording, so one journey serves every screen
// size and text size.
//
//   size 1920x1080            the window, before any other step (default 1920x1080)
//   text-size 4               1 (normal) to 4 (largest), before any other step (default 1)
//   settings kiosk.toml       a kiosk settings file, relative to the journey's folder
//   tap "Start now"           tap the centre of the first control whose label starts so
//   tap-at 960 540            tap a point
//   double-tap "No help"      two taps 90 ms apart at the same point: the second lands on
//                             whatever is there by then
//   tap-twice "Continue" 250  two taps N ms apart at the same point
//   wait 500                  milliseconds
//   type "Mary O'Brien"       typed on the on-screen keyboard, key by key
//   note-reference            remember the reference on the receipt (or saved draft) showing now
//   type-noted                type the reference remembered, key by key
//   expect screen question    the flow's screen id (kiosk/flow/screen.hpp)
//   expect text "Check your answers"     shown somewhere on the screen
//   expect no-text "There is a problem"  shown nowhere on the screen
//   expect chosen "No help"   a control with this label is shown and chosen (an answer, a
//                             toggle that is on)
//   expect not-chosen "High contrast"    the control with this label is shown and not chosen
//   expect record-events 5    the decision record named in the settings holds this many events
//   expect text-size 4        the text size the person has now, 1 to 4
//   expect said "Question 1"  the last thing the kiosk said holds these words
//   expect not-said "£"       the last thing the kiosk said does not hold them
//   expect speech paused      speech is: on, off, paused or playing (on and not paused)
//   headset plugged           headphones are plugged in (or `unplugged`): figures and names
//                             are spoken only while they are (kiosk/speech/page_reading.hpp)
//   shot 07-after.png         a screenshot into --out (skipped when there is no --out)
#include <string>
#include <string_view>
#include <vector>

namespace openras::kiosk {

enum class JourneyStepKind {
    Tap, TapAt, DoubleTap, TapTwice, Wait, Type, NoteReference, TypeNoted, Headset,
    ExpectScreen, ExpectText, ExpectNoText, ExpectChosen, ExpectNotChosen, ExpectRecordEvents, ExpectTextSize,
    ExpectSaid, ExpectNotSaid, ExpectSpeech,
    Shot,
};

struct JourneyStep {
    JourneyStepKind kind = JourneyStepKind::Wait;
    std::string text;    // a label, words, a screen id or a file name
    float x = 0, y = 0;  // tap-at
    int number = 0;      // milliseconds, or a count of events
    int line = 0;        // where it is written, for messages
};

struct JourneyScript {
    std::string path;  // as given, for messages
    int width = 1920, height = 1080;
    int text_size = 1;
    std::string settings;  // resolved against the journey's folder; empty for none
    std::vector<JourneyStep> steps;
};

// Throws OpenRasError naming the file, line and column of the first problem.
JourneyScript parse_journey(std::string_view text, const std::string& path);
JourneyScript load_journey(const std::string& path);

}  // namespace openras::kiosk
