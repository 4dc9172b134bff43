#pragma once
// Every page has the same three parts, so people always find things in the same place:
//   the top bar      the service name, text size, high contrast and Easy Read (every screen);
//   the content      the page's heading, words and answers, in a centred column; it scrolls
//                    by dragging anywhere on it, and has a finger-sized scroll bar;
//   the actions bar  Back on the left and the page's main button on the right, always in
//                    view however long the page is.
#include "kiosk/ui/ui.hpp"

namespace openras::kiosk {

void begin_page(Ui& ui);
void end_page(Ui& ui);

void begin_top_bar(Ui& ui);
void end_top_bar(Ui& ui);

// The content area; `id` names the page so that each page keeps its own scroll position.
void begin_content(Ui& ui, const char* id);
void end_content(Ui& ui);

void begin_actions(Ui& ui);
void end_actions(Ui& ui);
// Places the next button at the right-hand end of the actions bar, given its width.
void align_right(Ui& ui, float width);

float bar_margin(const Ui& ui);  // above and below the buttons of the top and actions bars
float top_bar_height(const Ui& ui);
float actions_height(const Ui& ui);

}  // namespace openras::kiosk
