#include "kiosk/ui/qr_code.hpp"

#include "kiosk/ui/mirror.hpp"

#include <imgui.h>
#include <qrencode.h>

#include <cmath>
#include <string>

namespace openras::kiosk {

QrPattern qr_pattern(std::string_view text) {
    const std::string copy(text);
    // Medium error correction: a smudged print or a reflection still reads.
    QRcode* code = QRcode_encodeString(copy.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    QrPattern pattern;
    if (code == nullptr) return pattern;
    pattern.width = code->width;
    pattern.dark.resize(std::size_t(code->width) * std::size_t(code->width));
    for (std::size_t i = 0; i < pattern.dark.size(); ++i) pattern.dark[i] = (code->data[i] & 1) != 0;
    QRcode_free(code);
    return pattern;
}

void qr_code(Ui& ui, std::string_view text, float size) {
    const QrPattern pattern = qr_pattern(text);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size, size));
    if (pattern.width == 0) return;
    constexpr int kQuietModules = 4;
    const int modules = pattern.width + 2 * kQuietModules;
    const float module = std::floor(size / float(modules));
    const float inset = std::floor((size - module * float(pattern.width)) / 2);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // A mirrored code would not scan: on a right-to-left page it is moved, never turned.
    PageMirror& mirror = page_mirror();
    const int first = mirror.begin_upright(dl);
    dl->AddRectFilled(pos, ImVec2(pos.x + size, pos.y + size), IM_COL32(255, 255, 255, 255));
    for (int y = 0; y < pattern.width; ++y)
        for (int x = 0; x < pattern.width; ++x)
            if (pattern.dark[std::size_t(y * pattern.width + x)]) {
                const ImVec2 a(pos.x + inset + float(x) * module, pos.y + inset + float(y) * module);
                dl->AddRectFilled(a, ImVec2(a.x + module, a.y + module), IM_COL32(0, 0, 0, 255));
            }
    mirror.end_upright(dl, first, pos.x, pos.x + size);
    (void)ui;
}

}  // namespace openras::kiosk
