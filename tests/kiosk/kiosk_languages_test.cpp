// The kiosk's languages (kiosk/text/): English, Welsh, Polish and Urdu are built in; the fonts
// the kiosk loads have a glyph for every character of every left-to-right language's wording,
// so nothing shows ImGui's fallback box; a language chosen for the session is what every page
// shows and what speech speaks, and the wipe puts the kiosk's own language back.
#include "headless_kiosk.hpp"
#include "alloc/io/dates_in.hpp"
#include "kiosk/text/wording.hpp"

#include <gtest/gtest.h>
#include <imgui.h>

#include <string>
#include <vector>

namespace openras::kiosk {
namespace {

// The code points of UTF-8 text.
std::vector<unsigned> code_points(std::string_view text) {
    std::vector<unsigned> out;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const int length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
        unsigned point = length == 1 ? c : length == 2 ? c & 0x1F : length == 3 ? c & 0x0F : c & 0x07;
        for (int k = 1; k < length && i + std::size_t(k) < text.size(); ++k)
            point = (point << 6) | (static_cast<unsigned char>(text[i + std::size_t(k)]) & 0x3F);
        out.push_back(point);
        i += std::size_t(length);
    }
    return out;
}

TEST(KioskLanguages, EnglishWelshPolishAndUrduAreBuiltIn) {
    EXPECT_EQ(Wording::built_in_languages(), (std::vector<std::string>{"en-GB", "cy", "pl", "ur"}));
    EXPECT_EQ(Wording::built_in("cy").get("speech.voice", false), "cy");
    EXPECT_EQ(Wording::built_in("pl").get("speech.voice", false), "pl");
    EXPECT_EQ(Wording::built_in("ur").get("speech.voice", false), "ur");
    EXPECT_TRUE(Wording::built_in("ur").right_to_left());
    EXPECT_FALSE(Wording::built_in("cy").right_to_left());
    EXPECT_EQ(&Wording::built_in("xx"), &Wording::built_in()) << "an unknown language is the kiosk's own";
}

TEST(KioskLanguages, TheFontsHaveEveryCharacterOfEveryLeftToRightLanguage) {
    testing::HeadlessKiosk k;
    const FontSet& fonts = k.ui().fonts;
    for (const std::string& language : Wording::built_in_languages()) {
        const Wording& w = Wording::built_in(language);
        if (w.right_to_left()) continue;  // shaped by Pango, not drawn from ImGui's atlas
        for (const bool easy_read : {false, true})
            for (const std::string& key : w.keys(easy_read)) {
                if (key.rfind("picture.", 0) == 0 || key == "speech.voice") continue;
                for (const unsigned point : code_points(w.get(key, easy_read))) {
                    if (point < 0x20) continue;
                    for (ImFont* font : {fonts.body, fonts.bold, fonts.heading})
                        EXPECT_NE(font->FindGlyphNoFallback(ImWchar(point)), nullptr)
                            << language << " " << key << ": U+" << std::hex << point << " has no glyph";
                }
            }
    }
}

TEST(KioskLanguages, AChosenLanguageIsShownAndSpokenForTheSessionOnly) {
    testing::HeadlessKiosk k;
    k.flow().preferences().language = "cy";
    k.settle(2);
    EXPECT_EQ(k.ui().words->language(), "cy");
    EXPECT_TRUE(k.ui().text_log.contains(std::string(Wording::built_in("cy").get("start.title", false))));
    k.tap("start");
    k.settle(2);
    k.flow().finish();
    k.settle(2);
    EXPECT_TRUE(k.flow().preferences().language.empty());
    EXPECT_EQ(k.ui().words->language(), "en-GB");
    EXPECT_TRUE(k.ui().text_log.contains(std::string(Wording::built_in().get("start.title", false))));
}

TEST(KioskLanguages, DatesAreWrittenInTheLanguageShown) {
    const boost::gregorian::date day(2026, 5, 18);
    EXPECT_EQ(long_date_in("en-GB", day), "18 May 2026");
    EXPECT_EQ(long_date_in("cy", day), "18 Mai 2026");
    EXPECT_EQ(long_date_in("pl", day), "18 maja 2026");
    // Recorded in UTC, shown as the UK's clocks showed it (BST in May).
    EXPECT_EQ(uk_local_time_in("cy", "2026-05-01T09:30:00Z"), "1 Mai 2026, 10:30");
    EXPECT_EQ(uk_local_time_in("pl", "not a time"), "not a time");
}

}  // namespace
}  // namespace openras::kiosk
