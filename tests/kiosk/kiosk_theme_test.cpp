// Colour contrast, computed from the themes' own colours (WCAG 2.2 relative luminance).
#include "kiosk/ui/palette.hpp"

#include <gtest/gtest.h>

namespace openras::kiosk {
namespace {

void check(const Palette& palette, const char* theme) {
    for (const ColourPair& pair : text_pairs(palette))
        EXPECT_GE(contrast_ratio(pair.foreground, pair.background), kTextContrastMinimum)
            << theme << ": " << pair.name;
    for (const ColourPair& pair : graphic_pairs(palette))
        EXPECT_GE(contrast_ratio(pair.foreground, pair.background), kGraphicContrastMinimum)
            << theme << ": " << pair.name;
}

TEST(KioskTheme, ContrastRatioMatchesWcag) {
    EXPECT_NEAR(contrast_ratio({0, 0, 0}, {255, 255, 255}), 21.0, 1e-9);
    EXPECT_NEAR(contrast_ratio({0x00, 0x70, 0x3C}, {255, 255, 255}), 6.2, 0.05);  // why not GOV.UK green
    EXPECT_DOUBLE_EQ(contrast_ratio({10, 20, 30}, {10, 20, 30}), 1.0);
}

TEST(KioskTheme, EveryTextPairReachesSevenToOneInTheNormalTheme) { check(normal_palette(), "normal"); }
TEST(KioskTheme, EveryTextPairReachesSevenToOneInHighContrast) { check(high_contrast_palette(), "high contrast"); }

}  // namespace
}  // namespace openras::kiosk
