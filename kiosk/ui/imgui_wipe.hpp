#pragma once
// Before the idle wipe destroys the ImGui context, zero every buffer in it that can hold text
// typed or shown: the text-edit state, the queue of typed characters, the temporary text
// buffer, the clipboard and log buffers. Destroying the context frees them; zeroing first
// means nothing personal is left in that freed memory either.
namespace openras::kiosk {

void zero_imgui_text_buffers();

}  // namespace openras::kiosk
