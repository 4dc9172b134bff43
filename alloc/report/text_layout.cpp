#include "alloc/report/text_layout.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <vector>

namespace openras {
namespace {

std::vector<std::string> wrap_lines(const std::string& text, int width) {
    std::istringstream words(text);
    std::vector<std::string> rows;
    std::string word, line;
    while (words >> word) {
        if (!line.empty() && display_width(line) + 1 + display_width(word) > width) {
            rows.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty() || rows.empty()) rows.push_back(line);
    return rows;
}

}  // namespace

int display_width(std::string_view text) {
    int width = 0;
    for (unsigned char c : text) width += (c & 0xC0) != 0x80 ? 1 : 0;
    return width;
}

std::string indent_wrapped(const std::string& text, int indent) {
    if (text.empty()) return {};
    const std::string margin(std::size_t(indent), ' ');
    std::string out;
    for (const auto& row : wrap_lines(text, kReportWidth - indent)) out += margin + row + "\n";
    return out;
}

namespace {
constexpr int kNumberWidth = 5;  // "  12  "
constexpr int kAmountWidth = 14;
constexpr int kTitleRoom = kReportWidth - kNumberWidth - kAmountWidth;
}  // namespace

WrappedTitle wrap_title(const std::string& title) {
    WrappedTitle out{wrap_lines(title, kTitleRoom), 0};
    out.last_width = display_width(out.rows.back());
    return out;
}

void append_numbered_row(int number, const WrappedTitle& title, std::string_view amount, std::string& out) {
    char number_text[16] = "";
    const int digits = number > 0 ? std::snprintf(number_text, sizeof number_text, "%d", number) : 0;
    const std::size_t prefix = std::size_t(std::max(0, 3 - digits)) + std::size_t(digits) + 2;
    for (std::size_t i = 0; i < title.rows.size(); ++i) {
        if (i == 0) {
            out.append(std::size_t(std::max(0, 3 - digits)), ' ');
            out.append(number_text, std::size_t(digits));
            out += "  ";
        } else {
            out.append(prefix, ' ');
        }
        out += title.rows[i];
        if (i + 1 == title.rows.size() && !amount.empty()) {
            const int pad = kTitleRoom - title.last_width + kAmountWidth - display_width(amount);
            out.append(std::size_t(std::max(1, pad)), ' ');
            out += amount;
        }
        out += '\n';
    }
}

std::string numbered_row(int number, const std::string& title, const std::string& amount) {
    std::string out;
    append_numbered_row(number, wrap_title(title), amount, out);
    return out;
}

}  // namespace openras
