#pragma once
// Every page has the same three parts, so people always find things in the same place:
//   the top bar      the service name, text size, high contrast, Easy Read and Listen (every
//                    screen); while speech is on, a second row: Pause, Repeat, Slower, Quieter
//                    and Louder;
//   the content      the page's heading, words and answers, in a centred column; it scrolls
//                    by dragging anywhere on it, and has a finger-sized scroll bar;
//   the dock         (pages that take typing only) the on-screen keyboard or number pad,
//                    between the content and the actions bar, always in view: the content
//                    above it scrolls, the keys never do;
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

// The dock: reserve its height before begin_content(), draw into it after end_content().
void reserve_dock(Ui& ui, float height);
void begin_dock(Ui& ui);
void end_dock(Ui& ui);
// The height of a key in the dock: a target, but small enough that `rows` of keys take no more
// than about two fifths of the screen, and never below the 64 px floor.
float dock_key_height(const Ui& ui, int rows);
float dock_gap(const Ui& ui);  // between keys, across and down

void begin_actions(Ui& ui);
void end_actions(Ui& ui);
// Places the next button at the right-hand end of the actions bar, given its width.
void align_right(Ui& ui, float width);

float bar_margin(const Ui& ui);  // above and below the buttons of the top and actions bars
float top_bar_height(const Ui& ui);      // one row, or two while speech is on
float top_bar_row_height(const Ui& ui);
float actions_height(const Ui& ui);

}  // namespace openras::kiosk
