#pragma once
// Hand-written SVG for the charts councils look at (calibration scatter, impact histogram). SVG
// is plain text, so this needs no library: a document that collects shapes and text, a linear
// scale, tick values at round numbers, and a palette that people with colour blindness can tell
// apart (Okabe and Ito). Numbers are written with one decimal place, so output is deterministic.
#include "alloc/caseload/client_group.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace openras {

struct LinearScale {
    double from_low = 0, from_high = 1;  // data
    double to_low = 0, to_high = 1;      // pixels
    double operator()(double value) const {
        if (from_high == from_low) return to_low;
        return to_low + (value - from_low) * (to_high - to_low) / (from_high - from_low);
    }
};

struct TextStyle {
    double size = 13;
    const char* anchor = "start";  // start, middle, end
    bool bold = false;
    const char* colour = "#222222";
    double rotate = 0;  // degrees, about the text's position
};

class SvgDocument {
public:
    SvgDocument(int width, int height, std::string_view title);

    void rect(double x, double y, double width, double height, const std::string& fill,
              const std::string& stroke = "none", double opacity = 1.0);
    void line(double x1, double y1, double x2, double y2, const std::string& stroke, double width = 1.0,
              const std::string& dash = {});
    void polyline(const std::vector<std::pair<double, double>>& points, const std::string& stroke, double width,
                  const std::string& dash = {});
    void circle(double x, double y, double radius, const std::string& fill, double opacity = 1.0);
    void text(double x, double y, std::string_view content, const TextStyle& style = {});
    void comment(std::string_view content);

    std::string finish() const;

private:
    int width_, height_;
    std::string body_;
};

// Text made safe for SVG: &, <, >, " escaped.
std::string svg_escape(std::string_view text);
// About `target` tick values at round steps (1, 2 or 5 × a power of ten) covering low..high.
std::vector<double> nice_ticks(double low, double high, int target);
// A tick label: thousands separators, and decimals only when the step needs them.
std::string tick_label(double value, double step);
// The colour for a client group, and the colours for gains and losses.
const char* client_group_colour(ClientGroup group);
inline constexpr const char* kGainColour = "#0072B2";
inline constexpr const char* kLossColour = "#D55E00";
inline constexpr const char* kFont = "DejaVu Sans, Arial, Helvetica, sans-serif";

}  // namespace openras
