#pragma once
// What the kiosk says: a whole page when the person taps Listen or a page opens, and one
// control when it is tapped or reached with Tab. Read from the frame's SpeechLog:
//   1. any errors first ("There is a problem", then each message);
//   2. the page in the order it is drawn: captions, heading, hints, what is typed, answers
//      with their numbers ("2: Some help on most days. Chosen."), choices ticked or not;
//   3. the buttons of the actions bar ("Buttons: Back. Continue.").
// The top bar's display choices and the keys of the dock are not read out with the page.
//
// Privacy (EN 301 549 5.1.3.9): unless `private_ok` (a headset is plugged in, or the kiosk is
// in a private booth), amounts of money and the person's name are replaced by words that say
// they are on the screen, words marked personal are not spoken, what is typed is not echoed,
// and the reading ends by saying why. Secrets (a PIN, a draft's code) are only ever "star".
#include "kiosk/ui/ui.hpp"

#include <string>
#include <string_view>

namespace openras::kiosk {

struct ReadingContext {
    bool private_ok = false;
    std::string_view name;  // what the person typed as their name, to be kept private
};

std::string page_reading(const Ui& ui, const ReadingContext& context);
// The control with `id` as drawn this frame, with its state; empty when it is not on the page.
std::string control_reading(const Ui& ui, std::string_view id, const ReadingContext& context);

// `words` with money and the name replaced, unless private; `hidden` is set when anything was.
std::string speakable(const Ui& ui, std::string_view words, const ReadingContext& context, bool& hidden);

}  // namespace openras::kiosk
