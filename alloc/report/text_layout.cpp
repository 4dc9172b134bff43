#include "alloc/report/text_layout.hpp"

#include <algorithm>
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

int display_width(const std::string& text) {
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

std::string numbered_row(int number, const std::string& title, const std::string& amount) {
    constexpr int kNumberWidth = 5;   // "  12  "
    constexpr int kAmountWidth = 14;
    const std::string number_text = number > 0 ? std::to_string(number) : std::string{};
    const std::string prefix = std::string(std::size_t(std::max(0, 3 - int(number_text.size()))), ' ') + number_text + "  ";
    const int title_room = kReportWidth - kNumberWidth - kAmountWidth;
    const std::vector<std::string> rows = wrap_lines(title, title_room);
    std::string out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        out += (i == 0 ? prefix : std::string(prefix.size(), ' ')) + rows[i];
        if (i + 1 == rows.size() && !amount.empty()) {
            const int pad = title_room - display_width(rows[i]) + kAmountWidth - display_width(amount);
            out += std::string(std::size_t(std::max(1, pad)), ' ') + amount;
        }
        out += "\n";
    }
    return out;
}

}  // namespace openras
