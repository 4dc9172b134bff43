#pragma once
// Decides, after each frame, what the kiosk says (EN 301 549 5.1.3, speech for a kiosk whose
// users cannot bring their own screen reader):
//   - "Listen" turns speech on and reads the page; each page that opens after is read;
//   - a control tapped, or reached with Tab, says its label and state once the page shows it
//     (an answer says "Chosen", a choice "Ticked"; a key what it typed, or "star" in a secret);
//   - anything the person does stops what was being said;
//   - Pause and Carry on, Repeat (what was last said), Slower, Quieter and Louder;
//   - the idle warning chimes always, and is read when speech is on;
//   - a wipe stops speech and forgets what was said; the volume goes back with the preferences.
// What is private is decided here: a headset plugged in, or a private booth (the settings).
// Everything said is kept (the last few) so journeys can check it with `expect said`.
#include "kiosk/flow/kiosk_flow.hpp"
#include "kiosk/speech/page_reading.hpp"
#include "kiosk/speech/speech_output.hpp"
#include "kiosk/ui/ui.hpp"

#include <deque>
#include <functional>
#include <optional>
#include <string>

namespace openras::kiosk {

class SpeechController {
public:
    // `output` may be null: the words are worked out and kept, but nothing is heard.
    // `headset` says whether headphones are plugged in; it is asked at most once a second.
    SpeechController(SpeechOutput* output, std::function<bool()> headset);

    struct Frame {
        bool acted = false;            // a touch began, or a key was pressed, this frame
        bool warning_started = false;  // the idle warning covers the screen from this frame
    };
    // After the frame is drawn (the Ui holds what it showed).
    void after_frame(Ui& ui, KioskFlow& flow, const Frame& frame);

    // The page as Listen would read it now.
    std::string page_reading_now(const Ui& ui, const KioskFlow& flow) const;
    bool private_ok(const KioskFlow& flow) const;
    // What was said, oldest first (the last few), and whether it is paused.
    const std::deque<PersonalText>& said() const { return said_; }
    std::string last_said() const;
    bool paused() const { return paused_; }
    // Journeys say whether headphones are plugged in, instead of asking the sound card.
    void set_headset(bool plugged) { headset_override_ = plugged; }

private:
    void say(const Ui& ui, const KioskFlow& flow, std::string words, bool chime_first = false);
    void say_page(const Ui& ui, const KioskFlow& flow, bool chime_first = false);
    void say_control(const Ui& ui, const KioskFlow& flow, const std::string& id);
    void say_again(const Ui& ui, const KioskFlow& flow);
    void stop();
    void follow_ask(Ui& ui, KioskFlow& flow);
    void forget();

    SpeechOutput* output_;
    std::function<bool()> headset_;
    std::optional<bool> headset_override_;
    mutable bool headset_seen_ = false;
    mutable double headset_asked_at_ = -1e9;
    std::deque<PersonalText> said_;
    std::string pending_control_;  // tapped last frame: said when this frame shows its new state
    // What Repeat says again, worked out afresh (a headset plugged in since is heeded): the
    // page, a control by its id, or else the words last said.
    enum class Said { Page, Control, Words } last_kind_ = Said::Words;
    std::string last_control_;
    std::string last_focused_;
    PersonalText last_errors_;  // the page's errors last frame: new ones are read at once
    bool paused_ = false;
    int wipes_seen_ = 0;
};

}  // namespace openras::kiosk
