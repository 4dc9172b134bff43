#pragma once
// Plain-text layout for reports read in a terminal or printed: wrapped paragraphs and rows with
// the amount right-aligned. Widths count characters, not bytes, so "£" and "×" line up.
#include <string>

namespace openras {

inline constexpr int kReportWidth = 78;

// UTF-8 characters in `text`.
int display_width(const std::string& text);
// `text` wrapped to the report width, every line indented by `indent` spaces and ended by '\n'.
std::string indent_wrapped(const std::string& text, int indent);
// "  3  title ........ £12.00\n"; number 0 leaves the number out.
std::string numbered_row(int number, const std::string& title, const std::string& amount);

}  // namespace openras
