#pragma once
// A telephone-style number pad for the social worker's PIN and for amounts of money:
//   1 2 3
//   4 5 6
//   7 8 9
//   . 0 Delete      (the point only for amounts; the PIN's corner is left empty)
// Drawn in the dock (kiosk/ui/layout.hpp), so it is always in view: reserve number_pad_height()
// for it before the page. Keys are as big as the page's targets allow while four rows fit the
// dock, never below the 64 px floor. Ids: PREFIX.0 … PREFIX.9,
// PREFIX.point, PREFIX.delete.
#include "kiosk/ui/ui.hpp"

#include <functional>
#include <optional>
#include <string_view>

namespace openras::kiosk {

enum class PadPoint { None, Decimal };

// The key tapped this frame: '0'-'9', '.', or '\b' for Delete; nothing when none was.
std::optional<char> number_pad(Ui& ui, std::string_view id_prefix, std::string_view delete_words, PadPoint point);

float number_pad_height(const Ui& ui);

// Characters from a physical keyboard, if the kiosk has one, given to `key` as the pad's keys:
// digits, a point when `point` allows one, and Backspace as Delete. The input queue is zeroed
// after, so a PIN typed leaves no copy in ImGui.
void take_typed_pad_keys(PadPoint point, const std::function<void(char)>& key);

}  // namespace openras::kiosk
