#pragma once
// The text field and the on-screen keyboard that comes with it: a shared touchscreen has no
// keyboard. The keyboard types straight into the PersonalText it is given, so the words exist
// in one place only and the idle wipe can zero them; ImGui's own text editing (which keeps
// copies) is never used. A physical keyboard, where there is one, types into it too.
#include "kiosk/flow/personal_text.hpp"
#include "kiosk/ui/ui.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace openras::kiosk {

// The field: the label above, the words typed so far in a bordered box with a caret.
// `masked`: each character shows as a dot (a code chosen to keep a draft private).
void text_field(Ui& ui, std::string_view label, const PersonalText& text, bool has_error, bool masked = false);

// Where the letters are capitals by themselves: at the start of each sentence (what a person
// writes), or of each word (a name: "Mary O'Brien-Smith"),
// or always (a reference: "7KQ4-M2XD-R", as the receipt prints it).
enum class KeyboardCapitals { Sentences, Words, Always };

// Big keys: digits, letters, a comma, a full stop, a hyphen, an apostrophe, £ @ ? /, space,
// delete, and a key that turns the letters into capitals for the next key and back. The letters show as
// they will be typed: capitals where `capitals` says, small letters otherwise.
// Drawn in the dock (kiosk/ui/layout.hpp): reserve keyboard_height() for it before the page.
void onscreen_keyboard(Ui& ui, PersonalText& text, std::size_t max_length,
                       KeyboardCapitals capitals = KeyboardCapitals::Sentences);
float keyboard_height(const Ui& ui);

// The characters of UTF-8 text, each as its bytes ("£" is two).
std::vector<std::string_view> characters_of(std::string_view text);
// The key that types a character, and whether the capitals key must be tapped first because
// the keys show the other case. For playing typing on the screen (journeys and tests).
struct KeyPress {
    std::string id;  // "key.A", "key.£", "key.space"
    bool shift_first = false;
};
KeyPress key_for(std::string_view character, bool capitals_showing);

// Takes away the last character typed: both bytes of a "£".
void delete_last_character(PersonalText& text);

// Whether the next letter typed starts the text or a sentence ("... tea. "), so is a capital.
bool starts_sentence(std::string_view typed);
// Whether the next letter typed starts a word of a name: after a space or a hyphen, or after
// the apostrophe of "O'" or "D'".
bool starts_name_word(std::string_view typed);

}  // namespace openras::kiosk
