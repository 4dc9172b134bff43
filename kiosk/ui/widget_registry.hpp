#pragma once
// Where each tappable thing was drawn in the last frame, by a stable id ("continue",
// "answer.2", "key.A"), with the words on it. The headless tests and journeys tap at these
// positions (journeys find them by their words), and the tests check that every target is big
// enough and far enough from its neighbours; nothing else reads it.
#include <string>
#include <string_view>
#include <vector>

namespace openras::kiosk {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    float right() const { return x + w; }
    float bottom() const { return y + h; }
    bool empty() const { return w <= 0 || h <= 0; }
    float centre_x() const { return x + w / 2; }
    float centre_y() const { return y + h / 2; }
};
Rect intersection(const Rect& a, const Rect& b);
// The gap between two rectangles: 0 when they touch or overlap.
float gap_between(const Rect& a, const Rect& b);

struct Target {
    std::string id;
    Rect rect;     // the whole target
    Rect visible;  // the part not clipped by its scrolling area (empty when scrolled away)
    std::string label;    // the words shown on it, as a person reads them
    bool chosen = false;  // an answer or toggle that is chosen now
};

class WidgetRegistry {
public:
    void begin_frame() { targets_.clear(); }
    void add(std::string_view id, Rect rect, Rect visible, std::string_view label = {}, bool chosen = false) {
        targets_.push_back({std::string(id), rect, visible, std::string(label), chosen});
    }
    const Target* find(std::string_view id) const;
    const std::vector<Target>& targets() const { return targets_; }

private:
    std::vector<Target> targets_;
};

// Every piece of text drawn in the last frame, in order. Off unless a test turns it on; the
// idle-wipe test reads it to prove that nothing personal is left on screen.
class TextLog {
public:
    TextLog() = default;
    TextLog(const TextLog&) = delete;
    TextLog& operator=(const TextLog&) = delete;
    ~TextLog() { begin_frame(); }
    bool enabled = false;
    void begin_frame();
    void add(std::string_view text) {
        if (enabled) lines_.emplace_back(text);
    }
    const std::vector<std::string>& lines() const { return lines_; }
    bool contains(std::string_view needle) const;

private:
    std::vector<std::string> lines_;
};

}  // namespace openras::kiosk
