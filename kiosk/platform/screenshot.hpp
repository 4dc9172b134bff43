#pragma once
// Saving what is on screen as a PNG (stb_image_write from Debian's libstb).
#include <string>
#include <vector>

namespace openras::kiosk {

// `rgba` holds rows bottom to top, as glReadPixels gives them; the PNG is written top down.
bool write_png_bottom_up(const std::string& path, const std::vector<unsigned char>& rgba, int width, int height);

// Reads the current OpenGL framebuffer and writes it with write_png_bottom_up().
bool capture_framebuffer(const std::string& path, int width, int height);

}  // namespace openras::kiosk
