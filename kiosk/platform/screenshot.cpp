#include "kiosk/platform/screenshot.hpp"

#include <GL/gl.h>
#include <stb_image_write.h>

namespace openras::kiosk {

bool write_png_bottom_up(const std::string& path, const std::vector<unsigned char>& rgba, int width, int height) {
    const int stride = width * 4;
    // Writing from the last row with a negative stride turns the picture the right way up.
    const unsigned char* last_row = rgba.data() + std::size_t(stride) * std::size_t(height - 1);
    stbi_write_png_compression_level = 6;
    return stbi_write_png(path.c_str(), width, height, 4, last_row, -stride) != 0;
}

bool capture_framebuffer(const std::string& path, int width, int height) {
    std::vector<unsigned char> rgba(std::size_t(width) * std::size_t(height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    for (std::size_t i = 3; i < rgba.size(); i += 4) rgba[i] = 255;  // the screen is opaque
    return write_png_bottom_up(path, rgba, width, height);
}

}  // namespace openras::kiosk
