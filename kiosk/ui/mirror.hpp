#pragma once
// Right-to-left pages (Urdu) are the left-to-right page seen in a mirror: Back on the right,
// each answer's button on the right of its words, the words aligned right, the scroll bar on the
// left. The screens lay every page out left to right as ever; after ImGui has built the frame,
// mirror_frame() turns the drawing round the screen's middle, and mirrored_pointer() turns each
// touch the same way before ImGui sees it, so what is tapped is what was drawn there.
//
// Words, pictures and QR codes must not be mirrored, only moved: each is drawn as an upright
// span (its vertices and the room it takes), and the mirror moves the span's room to its
// mirrored place without turning it, so "£112.21" stays "£112.21" and letters stay the right
// way round. The dock (the on-screen keyboard and number pad) is moved as one block, under the
// mirrored column, never turned: a keyboard's letters and a number pad's digits are in the
// same order in every language.
#include "kiosk/ui/widget_registry.hpp"

#include <imgui.h>

#include <vector>

namespace openras::kiosk {

class PageMirror {
public:
    // Called at the start of each frame: whether this frame is mirrored and the screen's width.
    void begin_frame(bool on, float width);
    bool on() const { return on_; }

    // The vertices `list` gains between begin_upright() and end_upright() are words or a picture
    // occupying [x_min, x_max]: moved, never turned. Nothing is recorded when the page is not
    // mirrored.
    int begin_upright(const ImDrawList* list) const { return on_ ? list->VtxBuffer.Size : 0; }
    void end_upright(const ImDrawList* list, int first_vertex, float x_min, float x_max);
    // The dock: `list` holds its drawing, between `top` and `bottom` on the screen, laid out
    // across [x_min, x_max]; it is moved as one block to its mirrored place, and so are touches
    // within it.
    void set_dock(const ImDrawList* list, float top, float bottom, float x_min, float x_max);

    // Turns the frame's drawing round (after ImGui::Render()).
    void mirror_frame(ImDrawData* data) const;
    // Where a touch at screen `x`, `y` lands on the page as laid out (by last frame's page).
    float mirrored_pointer_x(float x, float y) const;
    // A rectangle on the page as laid out, as it shows on the screen; `in_dock`: one of the
    // dock's, moved with it.
    Rect on_screen(Rect laid_out, bool in_dock) const;

    // Words drawn by ImGui's atlas outside any upright span on the last mirrored frame
    // (ought to be none: they would show back to front).
    int stray_words() const { return stray_; }

private:
    struct Span {
        const ImDrawList* list;
        int first, last;
        float x_min, x_max;
    };
    bool on_ = false;
    float width_ = 0;
    std::vector<Span> spans_;
    const ImDrawList* dock_ = nullptr;
    float dock_top_ = 0, dock_bottom_ = 0;
    float dock_shift_ = 0;  // how far the dock moves to the right
    mutable int stray_ = 0;
};

// The mirror the kiosk's drawing uses this frame (the app owns it; a test may set its own).
PageMirror& page_mirror();

}  // namespace openras::kiosk
