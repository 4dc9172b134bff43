#include "kiosk/ui/mirror.hpp"

#include <algorithm>

namespace openras::kiosk {

void PageMirror::begin_frame(bool on, float width) {
    on_ = on;
    width_ = width;
    spans_.clear();
    dock_ = nullptr;
    dock_top_ = dock_bottom_ = dock_shift_ = 0;
}

void PageMirror::end_upright(const ImDrawList* list, int first_vertex, float x_min, float x_max) {
    if (!on_ || list->VtxBuffer.Size == first_vertex) return;
    spans_.push_back({list, first_vertex, list->VtxBuffer.Size, x_min, x_max});
}

void PageMirror::set_dock(const ImDrawList* list, float top, float bottom, float x_min, float x_max) {
    dock_ = list;
    dock_top_ = top, dock_bottom_ = bottom;
    dock_shift_ = width_ - x_max - x_min;
}

void PageMirror::mirror_frame(ImDrawData* data) const {
    stray_ = 0;
    if (!on_ || data == nullptr) return;
    const float w = width_;
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    std::vector<const Span*> mine;
    for (int l = 0; l < data->CmdListsCount; ++l) {
        ImDrawList* list = data->CmdLists[l];
        if (list == dock_) {  // moved, as one block, with its clipping
            for (ImDrawVert& v : list->VtxBuffer) v.pos.x += dock_shift_;
            for (ImDrawCmd& cmd : list->CmdBuffer) cmd.ClipRect.x += dock_shift_, cmd.ClipRect.z += dock_shift_;
            continue;
        }
        mine.clear();
        for (const Span& s : spans_)
            if (s.list == list) mine.push_back(&s);
        std::size_t next = 0;
        for (int i = 0; i < list->VtxBuffer.Size; ++i) {
            ImDrawVert& v = list->VtxBuffer[i];
            while (next < mine.size() && mine[next]->last <= i) ++next;
            if (next < mine.size() && i >= mine[next]->first) {
                v.pos.x = (w - mine[next]->x_max) + (v.pos.x - mine[next]->x_min);
            } else {
                if (v.uv.x != white.x || v.uv.y != white.y) ++stray_;
                v.pos.x = w - v.pos.x;
            }
        }
        for (ImDrawCmd& cmd : list->CmdBuffer) {
            const float left = cmd.ClipRect.x, right = cmd.ClipRect.z;
            cmd.ClipRect.x = w - right;
            cmd.ClipRect.z = w - left;
        }
    }
}

float PageMirror::mirrored_pointer_x(float x, float y) const {
    if (!on_) return x;
    if (y >= dock_top_ && y < dock_bottom_) return x - dock_shift_;
    return width_ - x;
}

Rect PageMirror::on_screen(Rect r, bool in_dock) const {
    if (!on_) return r;
    r.x = in_dock ? r.x + dock_shift_ : width_ - r.x - r.w;
    return r;
}

PageMirror& page_mirror() {
    static PageMirror mirror;
    return mirror;
}

}  // namespace openras::kiosk
