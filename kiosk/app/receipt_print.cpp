#include "kiosk/app/receipt_print.hpp"

#include "alloc/io/dates_in.hpp"

#include "alloc/io/dates.hpp"
#include "kiosk/ui/qr_code.hpp"
#include "kiosk/ui/shaped_text.hpp"

#include <cups/cups.h>
#include <stb/stb_image_write.h>
#include <stb/stb_truetype.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <unistd.h>

namespace openras::kiosk {
namespace {

constexpr int kMargin = 60;

// A right-to-left language's receipt is laid out from the right, and its words are shaped by
// Pango (kiosk/ui/shaped_text.hpp) as the kiosk's are.
struct Page {
    std::vector<unsigned char> grey = std::vector<unsigned char>(std::size_t(kReceiptWidth) * kReceiptHeight, 255);
    int y = kMargin;
    bool right_to_left = false;
    const TextShaper* shaper = nullptr;
};

struct Font {
    stbtt_fontinfo info{};
    bool bold = false;
    Font(const std::vector<unsigned char>& bytes, bool is_bold) : bold(is_bold) {
        stbtt_InitFont(&info, bytes.data(), stbtt_GetFontOffsetForIndex(bytes.data(), 0));
    }
};

// Shaped words, wrapped at `wrap` pixels (0: one line), their lines ending at the right margin
// on a right-to-left receipt; the page's y moves past them.
void draw_shaped(Page& page, const Font& f, float pixels, std::string_view text, float wrap) {
    const ShapedPicture p = page.shaper->shape(ShapeRequest{text, pixels, f.bold, wrap, 1.35f, page.right_to_left});
    const int x0 = page.right_to_left ? kReceiptWidth - kMargin - int(std::lround(p.width)) : kMargin;
    for (int gy = 0; gy < p.ink_height; ++gy)
        for (int gx = 0; gx < p.ink_width; ++gx) {
            const int px = x0 + p.ink_x + gx, py = page.y + p.ink_y + gy;
            if (px < 0 || py < 0 || px >= kReceiptWidth || py >= kReceiptHeight) continue;
            unsigned char& out = page.grey[std::size_t(py) * kReceiptWidth + std::size_t(px)];
            out = std::min<unsigned char>(out, static_cast<unsigned char>(255 - p.coverage[std::size_t(gy * p.ink_width + gx)]));
        }
    page.y += int(std::lround(p.height + pixels * 0.35f));
}

// The next UTF-8 character of `text` from `i`, as a code point; `i` moves past it.
int next_code_point(std::string_view text, std::size_t& i) {
    const unsigned char c = static_cast<unsigned char>(text[i++]);
    if (c < 0x80) return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    int cp = c & (0x3F >> extra);
    while (extra-- > 0 && i < text.size()) cp = (cp << 6) | (static_cast<unsigned char>(text[i++]) & 0x3F);
    return cp;
}

float width_of(const Font& f, float scale, std::string_view text) {
    float w = 0;
    for (std::size_t i = 0; i < text.size();) {
        int advance = 0, bearing = 0;
        stbtt_GetCodepointHMetrics(&f.info, next_code_point(text, i), &advance, &bearing);
        w += float(advance) * scale;
    }
    return w;
}

// One line of text with its top at the page's y, in black, darkening what is under it.
void draw_line(Page& page, const Font& f, float pixels, std::string_view text, int x0) {
    if (page.shaper != nullptr && needs_shaping(text)) return draw_shaped(page, f, pixels, text, 0);
    const float scale = stbtt_ScaleForPixelHeight(&f.info, pixels);
    if (page.right_to_left) x0 = kReceiptWidth - kMargin - int(std::lround(width_of(f, scale, text)));
    int ascent = 0, descent = 0, gap = 0;
    stbtt_GetFontVMetrics(&f.info, &ascent, &descent, &gap);
    const int baseline = page.y + int(std::lround(float(ascent) * scale));
    float x = float(x0);
    for (std::size_t i = 0; i < text.size();) {
        const int cp = next_code_point(text, i);
        int w = 0, h = 0, xoff = 0, yoff = 0;
        unsigned char* glyph = stbtt_GetCodepointBitmap(&f.info, scale, scale, cp, &w, &h, &xoff, &yoff);
        for (int gy = 0; gy < h; ++gy)
            for (int gx = 0; gx < w; ++gx) {
                const int px = int(x) + xoff + gx, py = baseline + yoff + gy;
                if (px < 0 || py < 0 || px >= kReceiptWidth || py >= kReceiptHeight) continue;
                unsigned char& out = page.grey[std::size_t(py) * kReceiptWidth + std::size_t(px)];
                out = std::min<unsigned char>(out, static_cast<unsigned char>(255 - glyph[gy * w + gx]));
            }
        stbtt_FreeBitmap(glyph, nullptr);
        int advance = 0, bearing = 0;
        stbtt_GetCodepointHMetrics(&f.info, cp, &advance, &bearing);
        x += float(advance) * scale;
    }
    page.y += int(std::lround(pixels * 1.35f));
}

// Words wrapped at spaces to the page's width.
void draw_words(Page& page, const Font& f, float pixels, std::string_view words) {
    if (page.shaper != nullptr && needs_shaping(words)) {
        draw_shaped(page, f, pixels, words, float(kReceiptWidth - 2 * kMargin));
        page.y += int(pixels * 0.5f);
        return;
    }
    const float scale = stbtt_ScaleForPixelHeight(&f.info, pixels);
    const float room = float(kReceiptWidth - 2 * kMargin);
    std::string line;
    std::size_t at = 0;
    while (at <= words.size()) {
        const std::size_t space = std::min(words.find(' ', at), words.size());
        const std::string_view word = words.substr(at, space - at);
        const std::string tried = line.empty() ? std::string(word) : line + " " + std::string(word);
        if (!line.empty() && width_of(f, scale, tried) > room) {
            draw_line(page, f, pixels, line, kMargin);
            line = std::string(word);
        } else {
            line = tried;
        }
        at = space + 1;
    }
    if (!line.empty()) draw_line(page, f, pixels, line, kMargin);
    page.y += int(pixels * 0.5f);
}

void draw_qr(Page& page, std::string_view text, int size) {
    const QrPattern qr = qr_pattern(text);
    if (qr.width == 0) return;
    const int module = size / (qr.width + 8);
    const int x0 = page.right_to_left ? kReceiptWidth - kMargin - (qr.width + 4) * module : kMargin + 4 * module;
    const int y0 = page.y + 4 * module;
    for (int y = 0; y < qr.width; ++y)
        for (int x = 0; x < qr.width; ++x) {
            if (!qr.dark[std::size_t(y * qr.width + x)]) continue;
            for (int dy = 0; dy < module; ++dy)
                for (int dx = 0; dx < module; ++dx) {
                    const int px = x0 + x * module + dx, py = y0 + y * module + dy;
                    if (px < kReceiptWidth && py < kReceiptHeight) page.grey[std::size_t(py) * kReceiptWidth + std::size_t(px)] = 0;
                }
        }
    page.y += size;
}

}  // namespace

std::vector<unsigned char> receipt_picture(const PlanReceipt& receipt, const Wording& words, bool easy_read,
                                           const FontFiles& fonts) {
    const Font regular(fonts.regular, false), bold(fonts.bold, true);
    const TextShaper shaper;
    Page page;
    page.right_to_left = words.right_to_left();
    page.shaper = &shaper;
    draw_line(page, bold, 30, words.get("header.service", easy_read), kMargin);
    page.y += 10;
    draw_line(page, bold, 44, words.get("receipt.title", easy_read), kMargin);
    page.y += 10;
    draw_line(page, bold, 30, words.get("receipt.reference_title", easy_read), kMargin);
    draw_line(page, bold, 64, receipt.reference, kMargin);
    draw_qr(page, receipt.reference, 300);
    page.y += 20;
    draw_words(page, regular, 26, words.get("print.keep", easy_read));
    draw_line(page, bold, 32, words.get("receipt.next_title", easy_read), kMargin);
    draw_words(page, regular, 26, words.get("receipt.next", easy_read));
    if (receipt.refer_to_panel) draw_words(page, regular, 26, words.get("receipt.panel", easy_read));
    draw_words(page, bold, 26, words.format("receipt.review", easy_read, {{"date", long_date_in(words.language(), receipt.first_review)}}));
    draw_words(page, regular, 26, words.get("receipt.change", easy_read));
    return page.grey;
}

std::string print_receipt(const std::string& printer, const PlanReceipt& receipt, const Wording& words, bool easy_read,
                          const FontFiles& fonts, const std::string& path) {
    const std::vector<unsigned char> grey = receipt_picture(receipt, words, easy_read, fonts);
    if (stbi_write_png(path.c_str(), kReceiptWidth, kReceiptHeight, 1, grey.data(), kReceiptWidth) == 0)
        return "the receipt's picture could not be written to " + path;
    cups_option_t* options = nullptr;
    int count = cupsAddOption("fit-to-page", "true", 0, &options);
    const int job = cupsPrintFile(printer.c_str(), path.c_str(), "OpenRAS receipt", count, options);
    cupsFreeOptions(count, options);
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    if (job == 0) return "the printer " + printer + " did not take the receipt: " + cupsLastErrorString();
    return {};
}

void use_printer(FlowSettings& settings, const std::string& printer) {
    auto fonts = std::make_shared<const FontFiles>(load_font_files());
    settings.print_receipt = [printer, fonts](const PlanReceipt& receipt, bool easy_read, const std::string& language) {
        const std::string path =
            (std::filesystem::temp_directory_path() / ("openras-receipt-" + std::to_string(::getpid()) + ".png")).string();
        const Wording& words = language.empty() ? Wording::built_in() : Wording::built_in(language);
        return print_receipt(printer, receipt, words, easy_read, *fonts, path);
    };
}

}  // namespace openras::kiosk
