#include "alloc/report/svg_chart.hpp"

#include <cmath>
#include <cstdio>

namespace openras {
namespace {

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    std::string out = text;
    if (out == "-0.0") out = "0.0";
    if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
    return out;
}

std::string opacity_attribute(double opacity) {
    if (opacity >= 1.0) return {};
    char text[32];
    std::snprintf(text, sizeof text, " fill-opacity=\"%.2f\"", opacity);
    return text;
}

std::string dash_attribute(const std::string& dash) {
    return dash.empty() ? std::string{} : " stroke-dasharray=\"" + dash + "\"";
}

}  // namespace

SvgDocument::SvgDocument(int width, int height, std::string_view title) : width_(width), height_(height) {
    body_ += "<title>" + svg_escape(title) + "</title>\n";
    rect(0, 0, width, height, "#ffffff");
}

void SvgDocument::rect(double x, double y, double width, double height, const std::string& fill,
                       const std::string& stroke, double opacity) {
    body_ += "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(width) + "\" height=\"" +
             number(height) + "\" fill=\"" + fill + "\"" + (stroke == "none" ? "" : " stroke=\"" + stroke + "\"") +
             opacity_attribute(opacity) + "/>\n";
}

void SvgDocument::line(double x1, double y1, double x2, double y2, const std::string& stroke, double width,
                       const std::string& dash) {
    body_ += "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\"" + number(y2) +
             "\" stroke=\"" + stroke + "\" stroke-width=\"" + number(width) + "\"" + dash_attribute(dash) + "/>\n";
}

void SvgDocument::polyline(const std::vector<std::pair<double, double>>& points, const std::string& stroke,
                           double width, const std::string& dash) {
    std::string list;
    for (const auto& [x, y] : points) list += (list.empty() ? "" : " ") + number(x) + "," + number(y);
    body_ += "<polyline points=\"" + list + "\" fill=\"none\" stroke=\"" + stroke + "\" stroke-width=\"" +
             number(width) + "\" stroke-linejoin=\"round\"" + dash_attribute(dash) + "/>\n";
}

void SvgDocument::circle(double x, double y, double radius, const std::string& fill, double opacity) {
    body_ += "<circle cx=\"" + number(x) + "\" cy=\"" + number(y) + "\" r=\"" + number(radius) + "\" fill=\"" + fill +
             "\"" + opacity_attribute(opacity) + "/>\n";
}

void SvgDocument::text(double x, double y, std::string_view content, const TextStyle& style) {
    body_ += "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" font-size=\"" + number(style.size) +
             "\" text-anchor=\"" + style.anchor + "\" fill=\"" + style.colour + "\"" +
             (style.bold ? " font-weight=\"bold\"" : "") +
             (style.rotate != 0 ? " transform=\"rotate(" + number(style.rotate) + " " + number(x) + " " + number(y) + ")\""
                                : "") +
             ">" + svg_escape(content) + "</text>\n";
}

void SvgDocument::comment(std::string_view content) {
    std::string safe(content);
    for (std::size_t at; (at = safe.find("--")) != std::string::npos;) safe.replace(at, 2, "- -");
    body_ += "<!-- " + safe + " -->\n";
}

std::string SvgDocument::finish() const {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
           std::to_string(width_) + "\" height=\"" + std::to_string(height_) + "\" viewBox=\"0 0 " +
           std::to_string(width_) + " " + std::to_string(height_) + "\" font-family=\"" + kFont + "\">\n" + body_ +
           "</svg>\n";
}

std::string svg_escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

std::vector<double> nice_ticks(double low, double high, int target) {
    if (!(high > low)) high = low + 1;
    const double rough = (high - low) / std::max(1, target);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power * 10;
    for (double factor : {1.0, 2.0, 5.0, 10.0})
        if (power * factor >= rough) {
            step = power * factor;
            break;
        }
    // From the last round step at or below `low` to the first at or above `high`.
    std::vector<double> ticks;
    const double first = std::floor(low / step);
    for (int i = 0;; ++i) {
        const double tick = (first + i) * step;
        ticks.push_back(std::abs(tick) < step * 1e-9 ? 0.0 : tick);
        if (tick >= high - step * 1e-9 && ticks.size() >= 2) break;
    }
    return ticks;
}

std::string tick_label(double value, double step) {
    int places = 0;  // as few decimal places as the step needs
    while (places < 2 && std::abs(step * std::pow(10.0, places) - std::round(step * std::pow(10.0, places))) > 1e-6)
        ++places;
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", places, std::abs(value));
    std::string digits = text;
    const std::size_t point = digits.find('.');
    for (int i = int(point == std::string::npos ? digits.size() : point) - 3; i > 0; i -= 3)
        digits.insert(std::size_t(i), ",");
    const bool zero = digits.find_first_not_of("0.,") == std::string::npos;
    return (value < 0 && !zero ? "-" : "") + digits;
}

const char* client_group_colour(ClientGroup group) {
    switch (group) {
        case ClientGroup::OlderPeople: return "#0072B2";         // blue
        case ClientGroup::LearningDisability: return "#E69F00";  // orange
        case ClientGroup::PhysicalDisability: return "#009E73";  // bluish green
        case ClientGroup::MentalHealth: return "#CC79A7";        // reddish purple
        case ClientGroup::Other: return "#555555";               // grey
    }
    return "#555555";
}

}  // namespace openras
