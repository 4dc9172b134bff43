#include "kiosk/ui/bar_chart.hpp"

#include "kiosk/ui/colours.hpp"
#include "kiosk/ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace openras::kiosk {

void bar_chart(Ui& ui, const std::vector<ChartRow>& rows) {
    double most = 0;
    for (const ChartRow& row : rows) most = std::max(most, row.counted + row.not_counted);
    if (most <= 0) most = 1;
    const Metrics& m = ui.m;
    for (const ChartRow& row : rows) {
        text(ui, row.label, TextStyle::Bold);
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const float full = (ui.column_right - pos.x) * 0.55f;
        const float bar_h = std::max(24.0f, m.body * 0.8f);
        const float dark = float(row.counted / most) * full;
        const float pale = float(row.not_counted / most) * full;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(pos, ImVec2(pos.x + dark, pos.y + bar_h), packed(ui.palette.bar));
        dl->AddRectFilled(ImVec2(pos.x + dark, pos.y), ImVec2(pos.x + dark + pale, pos.y + bar_h),
                          packed(ui.palette.bar_reduced));
        // A hairline start so a zero still shows where the bar would be.
        dl->AddRectFilled(pos, ImVec2(pos.x + 3, pos.y + bar_h), packed(ui.palette.text));
        ImGui::Dummy(ImVec2(dark + pale + m.gap, bar_h));
        ImGui::SameLine();
        const float y = ImGui::GetCursorPosY();
        ImGui::SetCursorPosY(y - (m.body - bar_h) / 2);
        text(ui, row.figures, TextStyle::Body);
        vertical_space(ui, m.gap * 0.5f);
    }
}

}  // namespace openras::kiosk
