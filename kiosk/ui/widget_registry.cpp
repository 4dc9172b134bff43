#include "kiosk/ui/widget_registry.hpp"

#include "kiosk/flow/personal_text.hpp"

#include <algorithm>

namespace openras::kiosk {

Rect intersection(const Rect& a, const Rect& b) {
    const float x = std::max(a.x, b.x), y = std::max(a.y, b.y);
    const float r = std::min(a.right(), b.right()), btm = std::min(a.bottom(), b.bottom());
    if (r <= x || btm <= y) return {};
    return {x, y, r - x, btm - y};
}

float gap_between(const Rect& a, const Rect& b) {
    const float dx = std::max({0.0f, b.x - a.right(), a.x - b.right()});
    const float dy = std::max({0.0f, b.y - a.bottom(), a.y - b.bottom()});
    return std::max(dx, dy);
}

const Target* WidgetRegistry::find(std::string_view id) const {
    for (const Target& t : targets_)
        if (t.id == id) return &t;
    return nullptr;
}

void TextLog::begin_frame() {
    // What was drawn may be personal: zero it before letting it go.
    for (std::string& line : lines_) zero_memory(line.data(), line.size());
    lines_.clear();
}

bool TextLog::contains(std::string_view needle) const {
    return std::any_of(lines_.begin(), lines_.end(),
                       [&](const std::string& line) { return line.find(needle) != std::string::npos; });
}

}  // namespace openras::kiosk
