#pragma once
// A page of one typed field with the keyboard docked under it: the page's errors, what `top`
// draws (heading and hint), the field with its error beside it, and the keyboard. The pages
// that take a reference or a code share it (status_screens.cpp, draft_screens.cpp); the caller
// draws the actions bar.
#include "kiosk/screens/screens.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/onscreen_keyboard.hpp"

#include <cstddef>
#include <string_view>

namespace openras::kiosk {

// `top` draws the heading and hint and returns the field's label.
template <class Top>
void typed_page(KioskFlow& flow, Ui& ui, const char* page, const char* field, PersonalText& text, std::size_t max,
                KeyboardCapitals capitals, bool masked, Top&& top) {
    reserve_dock(ui, keyboard_height(ui));
    begin_content(ui, page);
    draw_page_errors(flow, ui);
    const std::string_view label = top();
    const std::string problem = field_error_beside(flow, ui, field);
    text_field(ui, label, text, !problem.empty(), masked);
    end_content(ui);
    begin_dock(ui);
    onscreen_keyboard(ui, text, max, capitals);
    end_dock(ui);
}

}  // namespace openras::kiosk
