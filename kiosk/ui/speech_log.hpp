#pragma once
// What each frame showed, in the order it was drawn, with what each thing is: the page's
// speech is read from it (kiosk/speech/page_reading.hpp). Widgets add to it as they draw, as
// they add to the TextLog; unlike the TextLog it is always on, because the person may ask to
// listen at any moment. Everything in it is zeroed before it is let go.
#include "kiosk/flow/personal_text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace openras::kiosk {

enum class SpeechRole {
    Heading,   // the page's heading
    Caption,   // "Question 3 of 27" and other small words above a heading
    Hint,      // words that explain: body text, notices, tags
    Error,     // an error, in the summary or beside its field
    Answer,    // one of a question's answers (radio-like)
    Toggle,    // a checkbox-like choice
    Button,    // any other button
    Field,     // what is typed in a box
    Masked,    // a secret being typed (a PIN, a draft's code): only its length is spoken
    Picture,   // an Easy Read picture: what it shows, said before the words beside it
};

// Where on the screen: the page is read from its content and actions bar, never from the
// top bar's display choices or the keys of the dock.
enum class SpeechPlace { TopBar, Content, Dock, Actions, Overlay };

struct SpokenItem {
    SpeechRole role = SpeechRole::Hint;
    SpeechPlace place = SpeechPlace::Content;
    PersonalText words;
    std::string id;         // the widget's id, for buttons and choices
    bool chosen = false;    // answers and toggles
    bool personal = false;  // words the person typed or a worker wrote: spoken only privately
};

class SpeechLog {
public:
    SpeechLog() = default;
    SpeechLog(const SpeechLog&) = delete;
    SpeechLog& operator=(const SpeechLog&) = delete;

    ~SpeechLog() { begin_frame(); }
    void begin_frame();
    void add(SpeechRole role, std::string_view words, std::string_view id = {}, bool chosen = false);
    const std::vector<SpokenItem>& items() const { return items_; }

    SpeechPlace place = SpeechPlace::Content;  // set by the layout as it draws each part
    int personal_depth = 0;                    // inside a SpokenPrivately scope

private:
    std::vector<SpokenItem> items_;
};

// Marks everything added while it lives as personal (kiosk/speech/page_reading.hpp says what
// is spoken instead when nobody else must hear).
class SpokenPrivately {
public:
    explicit SpokenPrivately(SpeechLog& log) : log_(log) { ++log_.personal_depth; }
    ~SpokenPrivately() { --log_.personal_depth; }
    SpokenPrivately(const SpokenPrivately&) = delete;
    SpokenPrivately& operator=(const SpokenPrivately&) = delete;

private:
    SpeechLog& log_;
};

}  // namespace openras::kiosk
