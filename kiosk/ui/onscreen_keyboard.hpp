#pragma once
// The text field and the on-screen keyboard that comes with it: a shared touchscreen has no
// keyboard. The keyboard types straight into the PersonalText it is given, so the words exist
// in one place only and the idle wipe can zero them; ImGui's own text editing (which keeps
// copies) is never used. A physical keyboard, where there is one, types into it too.
#include "kiosk/flow/personal_text.hpp"
#include "kiosk/ui/ui.hpp"

#include <cstddef>
#include <string_view>

namespace openras::kiosk {

// The field: the label above, the words typed so far in a bordered box with a caret.
void text_field(Ui& ui, std::string_view label, const PersonalText& text, bool has_error);

// Big keys: digits, letters, a hyphen, an apostrophe, space and delete.
void onscreen_keyboard(Ui& ui, PersonalText& text, std::size_t max_length);

}  // namespace openras::kiosk
