#pragma once
// The receipt on paper: a picture of it (the reference large, its QR code, what happens next and
// the first review), made with stb_truetype from the kiosk's own fonts and written as a PNG, and
// sent to the site's printer through CUPS (`printer = "..."` in the kiosk's settings). Paper
// needs no screen: nothing here uses ImGui.
#include "kiosk/flow/kiosk_flow.hpp"
#include "kiosk/text/wording.hpp"
#include "kiosk/ui/fonts.hpp"

#include <string>
#include <vector>

namespace openras::kiosk {

// A5 at 150 dots an inch: what a site's ordinary printer takes, and large enough to read.
inline constexpr int kReceiptWidth = 874, kReceiptHeight = 1240;

// The receipt as grey pixels (0 black, 255 white), kReceiptWidth × kReceiptHeight, row by row.
std::vector<unsigned char> receipt_picture(const PlanReceipt& receipt, const Wording& words, bool easy_read,
                                           const FontFiles& fonts);

// Writes the picture as a PNG at `path`, prints it on `printer` through CUPS, and deletes the
// file. Returns "" when the job was accepted, or why not (for staff, on the receipt page).
std::string print_receipt(const std::string& printer, const PlanReceipt& receipt, const Wording& words, bool easy_read,
                          const FontFiles& fonts, const std::string& path);

// Sets `settings` to print receipts on `printer` (a CUPS queue), with the kiosk's fonts and
// built-in wording; the picture goes through a file in the system's temporary folder.
void use_printer(FlowSettings& settings, const std::string& printer);

}  // namespace openras::kiosk
