#include "kiosk/ui/imgui_wipe.hpp"

#include "kiosk/flow/personal_text.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace openras::kiosk {
namespace {

template <class T>
void zero_vector(ImVector<T>& v) {
    zero_memory(v.Data, std::size_t(v.Capacity) * sizeof(T));
    v.clear();
}

}  // namespace

void zero_imgui_text_buffers() {
    ImGuiContext* context = ImGui::GetCurrentContext();
    if (context == nullptr) return;
    ImGuiContext& g = *context;
    zero_vector(g.InputTextState.TextW);
    zero_vector(g.InputTextState.TextA);
    zero_vector(g.InputTextState.InitialTextA);
    zero_vector(g.IO.InputQueueCharacters);
    zero_vector(g.ClipboardHandlerData);
    zero_vector(g.LogBuffer.Buf);
    zero_vector(g.SettingsIniData.Buf);
    zero_memory(g.TempBuffer, sizeof(g.TempBuffer));
}

}  // namespace openras::kiosk
