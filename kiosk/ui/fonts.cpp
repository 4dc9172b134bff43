#include "kiosk/ui/fonts.hpp"

#include "rules/error.hpp"

#include <imgui.h>

#include <fstream>
#include <iterator>

namespace openras::kiosk {
namespace {

// Latin-1 (for £ and accented names), Latin Extended-A (Welsh ŵ ŷ, Polish ą ć ę ł ń ś ź ż,
// Romanian, Czech and the like, and names in them), Welsh ẁ ẃ ẅ ỳ from Latin Extended
// Additional, dashes, curly quotes, bullet and ellipsis, arrows, the minus sign and the tick.
// (Right-to-left scripts are shaped by Pango, not drawn from this atlas.)
const ImWchar kTextRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x1E80, 0x1E85, 0x1EF2, 0x1EF3, 0x2010, 0x2027,
                               0x2190, 0x2193, 0x2212, 0x2212, 0x2713, 0x2714, 0};
const ImWchar kDisplayRanges[] = {0x0020, 0x007E, 0x00A3, 0x00A3, 0x2212, 0x2212, 0};

std::vector<unsigned char> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

ImFont* add(ImFontAtlas& atlas, const std::vector<unsigned char>& bytes, float pixels, const ImWchar* ranges) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // FontFiles owns the bytes; rebuilding reuses them
    // Big glyphs need no horizontal oversampling to look sharp, and it triples build time.
    config.OversampleH = pixels >= 56 ? 1 : 2;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(bytes.data()), int(bytes.size()), pixels,
                                      &config, ranges);
}

}  // namespace

FontFiles load_font_files() {
    const std::pair<const char*, const char*> candidates[] = {
        {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"},
        {"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"},
    };
    for (const auto& [regular, bold] : candidates) {
        FontFiles files{regular, bold, read_file(regular), read_file(bold)};
        if (!files.regular.empty() && !files.bold.empty()) return files;
    }
    throw OpenRasError(Error{ErrorCode::Io,
                             "the kiosk's fonts are missing: install Debian's fonts-dejavu-core package "
                             "(bash scripts/install-deps.sh does)",
                             SourceLocation{candidates[0].first, 0, 0, {}}});
}

FontSet build_fonts(ImFontAtlas& atlas, const FontFiles& files, const Metrics& m) {
    atlas.Clear();
    FontSet set;
    set.scale = m.scale;
    set.body = add(atlas, files.regular, m.body, kTextRanges);
    set.bold = add(atlas, files.bold, m.body, kTextRanges);
    set.heading = add(atlas, files.bold, m.heading, kTextRanges);
    set.display = add(atlas, files.bold, m.display, kDisplayRanges);
    set.bar = m.bar_text == m.body ? set.bold : add(atlas, files.bold, m.bar_text, kTextRanges);
    set.key = m.key_text == m.body ? set.bold : m.key_text == m.bar_text ? set.bar : add(atlas, files.bold, m.key_text, kTextRanges);
    atlas.Build();
    return set;
}

}  // namespace openras::kiosk
