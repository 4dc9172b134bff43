#pragma once
// The kiosk's fonts: DejaVu Sans from Debian's fonts-dejavu-core (or Noto Sans from
// fonts-noto-core), rasterised at exactly the pixel sizes the chosen text size needs, so text
// is crisp at every size (never scaled after the fact). Changing the text size rebuilds the
// atlas; the platform then uploads the new texture.
#include "kiosk/ui/metrics.hpp"

#include <string>
#include <vector>

struct ImFont;
struct ImFontAtlas;

namespace openras::kiosk {

struct FontFiles {
    std::string regular_path, bold_path;
    std::vector<unsigned char> regular, bold;  // the files' bytes, read once
};

// Finds and reads the fonts. Throws OpenRasError (Io) naming the package to install.
FontFiles load_font_files();

struct FontSet {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;
    ImFont* display = nullptr;  // digits, £ and punctuation only: the budget's amount
    ImFont* bar = nullptr;      // the top bar: the same at every text size
    ImFont* key = nullptr;      // the on-screen keyboard and PIN pad: grows less than body text
    float scale = 0;            // the text scale they were built for
};

// Clears `atlas` and builds the fonts for `metrics`. The atlas keeps pointers into `files`.
FontSet build_fonts(ImFontAtlas& atlas, const FontFiles& files, const Metrics& metrics);

}  // namespace openras::kiosk
