// Wrapped text breaks between words, so an amount like "£17,937.14" is never split across
// two lines, at every width a screen might give it.
#include "headless_kiosk.hpp"

#include "kiosk/ui/text_layout.hpp"

#include <imgui.h>

namespace openras::kiosk::testing {
namespace {

constexpr std::string_view kWords =
    "The plan costs £8,551.43 less than the budget for its period (£17,937.14). Please say why, so that your budget stays right for you.";

float width_of(ImFont* font, std::string_view s) { return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s.data(), s.data() + s.size()).x; }

TEST(KioskTextLayout, LinesBreakOnlyBetweenWords) {
    HeadlessKiosk k;
    ImFont* font = k.ui().fonts.body;
    const float longest_word = width_of(font, "(£17,937.14).");
    for (float width = longest_word; width < width_of(font, kWords) + 10; width += 7) {
        const std::vector<std::string_view> lines = wrapped_lines(font, kWords, width);
        std::string joined;
        for (std::string_view line : lines) {
            EXPECT_LE(width_of(font, line), width) << "at " << width << ": " << line;
            EXPECT_NE(line.front(), ' ');
            EXPECT_NE(line.back(), ' ');
            joined += (joined.empty() ? "" : " ") + std::string(line);
        }
        EXPECT_EQ(joined, kWords) << "every line ends at a space, and nothing is lost, at width " << width;
    }
}

TEST(KioskTextLayout, AWordWiderThanTheLineIsStillShownWhole) {
    HeadlessKiosk k;
    ImFont* font = k.ui().fonts.body;
    const std::vector<std::string_view> lines = wrapped_lines(font, "£17,937.14", width_of(font, "£17,9"));
    std::string joined;
    for (std::string_view line : lines) joined += line;
    EXPECT_GT(lines.size(), 1u);
    EXPECT_EQ(joined, "£17,937.14");
}

TEST(KioskTextLayout, NewlinesStartNewLines) {
    HeadlessKiosk k;
    const std::vector<std::string_view> lines = wrapped_lines(k.ui().fonts.body, "one\ntwo three", 1e6f);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "one");
    EXPECT_EQ(lines[1], "two three");
}

}  // namespace
}  // namespace openras::kiosk::testing
