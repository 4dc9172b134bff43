#include "kiosk/ui/metrics.hpp"

#include <algorithm>
#include <cmath>

namespace openras::kiosk {

Metrics metrics_for(float scale, float width, float height) {
    Metrics m;
    m.scale = scale;
    m.width = width;
    m.height = height;
    m.body = std::round(std::max(kMinBodyPixels, 32 * scale));
    // Headings and the budget's figure are big already; they grow more slowly than body text,
    // so that at twice the size a page still shows more than its heading.
    m.heading = std::round(48 * std::pow(scale, 0.6f));
    m.display = std::round(80 * std::pow(scale, 0.7f));
    // The top bar's controls are the same at every text size (metrics.hpp); a little smaller
    // on narrower screens, so they always fit.
    m.bar_text = width >= 1600 ? 36 : 32;
    m.bar_target = std::max(kMinTargetPixels, m.bar_text + 2 * m.bar_pad);
    m.key_text = std::round(32 * std::min(scale, width >= 1600 ? 1.5f : 1.25f));
    m.pad = std::round(12 + 8 * scale);
    m.target = std::max(kMinTargetPixels, std::round(m.body + 2 * m.pad));
    // Room between things grows more slowly than the text, which needs the room more.
    m.gap = std::max(kMinTargetGapPixels * 2, std::round(16 * std::sqrt(scale)));
    m.margin = std::round(std::clamp(width * 0.03f, 24.0f, 64.0f));
    // About 70 characters a line at normal size, wider as text grows, never past the screen.
    const float usable = width - 2 * m.margin - m.scrollbar - m.gap;
    m.column_width = std::min(usable, std::max(1200.0f, 36 * m.body));
    m.column_x = std::max(m.margin, std::floor((width - m.scrollbar - m.column_width) / 2));
    return m;
}

}  // namespace openras::kiosk
