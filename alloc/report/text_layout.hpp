#pragma once
// Plain-text layout for reports read in a terminal or printed: wrapped paragraphs and rows with
// the amount right-aligned. Widths count characters, not bytes, so "£" and "×" line up.
#include <string>
#include <string_view>
#include <vector>

namespace openras {

inline constexpr int kReportWidth = 78;

// UTF-8 characters in `text`.
int display_width(std::string_view text);
// `text` wrapped to the report width, every line indented by `indent` spaces and ended by '\n'.
std::string indent_wrapped(const std::string& text, int indent);
// "  3  title ........ £12.00\n"; number 0 leaves the number out.
std::string numbered_row(int number, const std::string& title, const std::string& amount);

// A row's title wrapped to the room numbered_row gives it: laid out once, it can number many
// rows (BudgetTextWriter keeps each explanation line's).
struct WrappedTitle {
    std::vector<std::string> rows;
    int last_width = 0;  // of the last row
};
WrappedTitle wrap_title(const std::string& title);
// Appends numbered_row(number, title, amount) for a title already wrapped.
void append_numbered_row(int number, const WrappedTitle& title, std::string_view amount, std::string& out);

}  // namespace openras
