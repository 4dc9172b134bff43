// Urdu on the kiosk (kiosk/ui/shaped_text.hpp, kiosk/ui/mirror.hpp): its words are shaped by
// Pango, with money kept in its own order; a piece of shaped text matches a reference picture
// drawn once and looked at; every character of the Urdu wording and rule texts has a glyph;
// a page is shaped on its first frame only; and Urdu pages are mirrored, keys and all words
// upright, with the keyboard left as it is.
#include "headless_kiosk.hpp"
#include "kiosk/text/wording.hpp"
#include "kiosk/ui/mirror.hpp"
#include "kiosk/ui/shaped_text.hpp"

#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <pango/pangocairo.h>
#include <stb_image.h>
#include <stb_image_write.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

namespace openras::kiosk {
namespace {

namespace fs = std::filesystem;

const std::string kYearly = "\u0627\u06cc\u06a9 \u0633\u0627\u0644 \u0645\u06cc\u06ba \u06cc\u06c1 \u00a317,937.14 "
                            "\u0628\u0646\u062a\u0627 \u06c1\u06d2\u06d4";  // "In a year this comes to £17,937.14."

TEST(KioskShapedText, OnlyRightToLeftScriptsAreShaped) {
    EXPECT_TRUE(needs_shaping(kYearly));
    EXPECT_TRUE(needs_shaping(Wording::built_in("ur").get("start.title", false)));
    EXPECT_FALSE(needs_shaping("Your indicative budget \u00a3112.21"));
    EXPECT_FALSE(needs_shaping(Wording::built_in("cy").get("start.title", false)));
    EXPECT_FALSE(needs_shaping("\u0141ukasz \u017bak"));
    EXPECT_TRUE(needs_shaping("\u09ac\u09be\u0982\u09b2\u09be")) << "Bengali's letters join too";
    const TextShaper shaper;
    EXPECT_EQ(shaper.shape(ShapeRequest{"\u09ac\u09be\u0982\u09b2\u09be", 24}).unknown_glyphs, 0)
        << "fontconfig finds Bengali's Noto font after the shaper's own";
}

TEST(KioskShapedText, MoneyIsHeldLeftToRight) {
    EXPECT_EQ(money_kept_in_order("\u06cc\u06c1 \u00a317,937.14 \u0628\u0646\u062a\u0627"),
              "\u06cc\u06c1 \u2066\u00a317,937.14\u2069 \u0628\u0646\u062a\u0627");
    EXPECT_EQ(money_kept_in_order("\u2212\u00a325.60 \u06a9\u0645"), "\u2066\u2212\u00a325.60\u2069 \u06a9\u0645");
    EXPECT_EQ(money_kept_in_order("\u00a35. \u00a36"), "\u2066\u00a35\u2069. \u2066\u00a36\u2069")
        << "a full stop after an amount is the sentence's";
    EXPECT_EQ(money_kept_in_order("27 \u0633\u0648\u0627\u0644"), "27 \u0633\u0648\u0627\u0644");
}

// Where Pango draws the byte at `index` of `words`, in an Urdu paragraph.
int x_of(const std::string& words, std::size_t index) {
    PangoFontMap* map = pango_cairo_font_map_new();
    PangoContext* context = pango_font_map_create_context(map);
    PangoLayout* layout = pango_layout_new(context);
    pango_layout_set_text(layout, words.data(), int(words.size()));
    PangoRectangle at{};
    pango_layout_index_to_pos(layout, int(index), &at);
    g_object_unref(layout);
    g_object_unref(context);
    g_object_unref(map);
    return at.x;
}

TEST(KioskShapedText, ThePoundSignStaysBeforeItsDigits) {
    const std::string kept = money_kept_in_order(kYearly);
    const std::size_t pound = kept.find("\u00a3"), one = kept.find("17,");
    EXPECT_LT(x_of(kept, pound), x_of(kept, one)) << "\u00a317,937.14 must not show as 17,937.14\u00a3";
    // What the isolate is for: without it, the pound sign goes after the number.
    EXPECT_GT(x_of(kYearly, kYearly.find("\u00a3")), x_of(kYearly, kYearly.find("17,")));
}

TEST(KioskShapedText, UrduMatchesItsReferencePicture) {
    const TextShaper shaper;
    const std::string words = std::string(Wording::built_in("ur").get("start.title", false)) + "\n" + kYearly;
    const ShapedPicture p = shaper.shape(ShapeRequest{words, 32, false, 520, 1.4f});
    ASSERT_EQ(p.unknown_glyphs, 0);
    EXPECT_EQ(p.lines, 2);
    const fs::path reference = fs::path(OPENRAS_SOURCE_DIR) / "tests/kiosk/references/shaped-urdu.png";
    if (std::getenv("OPENRAS_UPDATE_GOLDEN") != nullptr) {
        fs::create_directories(reference.parent_path());
        ASSERT_NE(stbi_write_png(reference.c_str(), p.ink_width, p.ink_height, 1, p.coverage.data(), p.ink_width), 0);
    }
    int w = 0, h = 0, channels = 0;
    std::unique_ptr<unsigned char, void (*)(void*)> expected(stbi_load(reference.c_str(), &w, &h, &channels, 1), stbi_image_free);
    ASSERT_TRUE(expected) << "no reference " << reference << " (OPENRAS_UPDATE_GOLDEN=1 draws it; look at it)";
    ASSERT_EQ(w, p.ink_width);
    ASSERT_EQ(h, p.ink_height);
    std::size_t differing = 0;
    for (std::size_t i = 0; i < p.coverage.size(); ++i)
        if (std::abs(int(p.coverage[i]) - int(expected.get()[i])) > 48) ++differing;
    EXPECT_LT(double(differing) / double(p.coverage.size()), 0.006) << differing << " pixels differ from " << reference;
}

TEST(KioskShapedText, EveryCharacterOfTheUrduWordsHasAGlyph) {
    testing::HeadlessKiosk k;
    const TextShaper shaper;
    const Wording& urdu = Wording::built_in("ur");
    auto check = [&](const std::string& where, std::string_view words) {
        if (needs_shaping(words)) {
            EXPECT_EQ(shaper.shape(ShapeRequest{words, 24, false, 0, 1.4f}).unknown_glyphs, 0) << where << ": " << words;
            EXPECT_EQ(shaper.shape(ShapeRequest{words, 24, true, 0, 1.4f}).unknown_glyphs, 0) << where << " (bold)";
            return;
        }
        // Drawn by ImGui from its atlas, like English: the characters it shows as a box.
        std::string missing;
        ImFont* font = k.ui().fonts.body;
        const std::string copy(words);
        const char* end = copy.c_str() + copy.size();
        ImVector<ImWchar> points;
        points.resize(int(copy.size()) + 1);
        const int count = ImTextStrFromUtf8(points.Data, points.Size, copy.c_str(), end);
        for (int i = 0; i < count; ++i) {
            if (points[i] < 0x20) continue;
            if (font->FindGlyphNoFallback(points[i]) == nullptr) missing += " U+" + std::to_string(unsigned(points[i]));
        }
        EXPECT_TRUE(missing.empty()) << where << " has no glyph for" << missing;
    };
    int shaped = 0;
    for (const bool easy_read : {false, true})
        for (const std::string& key : urdu.keys(easy_read)) {
            if (key.rfind("picture.", 0) == 0 || key == "speech.voice") continue;
            check("ur " + key, urdu.get(key, easy_read));
            shaped += needs_shaping(urdu.get(key, easy_read)) ? 1 : 0;
        }
    const auto& texts = k.flow().rules().translations.at("ur");
    for (const auto& [key, words] : texts) check("model-ras.ur " + key, words);
    EXPECT_GT(shaped, 400) << "the Urdu wording is in Urdu";
    EXPECT_GT(texts.size(), 100u);
}

TEST(KioskShapedText, APageIsShapedOnItsFirstFrameOnly) {
    testing::HeadlessKiosk k;
    k.flow().preferences().language = "ur";
    k.settle(2);
    k.tap("start");
    k.settle(2);
    ASSERT_NE(text_shaper(), nullptr);
    const long after_first = text_shaper()->shaped_count();
    EXPECT_GT(after_first, 0);
    k.settle(10);
    EXPECT_EQ(text_shaper()->shaped_count(), after_first) << "later frames reuse what was shaped";
}

TEST(KioskShapedText, UrduPagesAreMirroredWithTheKeysAndWordsAsTheyAre) {
    testing::HeadlessKiosk k;
    k.tap("start");
    k.settle(2);
    ASSERT_LT(k.target("back").rect.x, k.target("continue").rect.x) << "English: Back on the left";
    k.flow().finish();
    k.settle(2);

    k.flow().preferences().language = "ur";
    k.settle(2);
    k.tap("start");
    k.settle(2);
    EXPECT_TRUE(page_mirror().on());
    EXPECT_GT(k.target("back").rect.x, k.target("continue").rect.x) << "Urdu: Back on the right";
    EXPECT_LT(k.target("key.Q").rect.x, k.target("key.W").rect.x) << "the keyboard keeps its order";
    EXPECT_EQ(page_mirror().stray_words(), 0) << "every word is drawn upright";
    k.type_on_screen("Nia Jones");
    k.tap("continue");
    k.settle(2);
    ASSERT_NE(k.flow().screen(), Screen::Name) << "the mirrored Continue was tapped";
    // The answers' buttons: the whole width of the column, as in English.
    const Target& first = k.target("answer.0");
    EXPECT_GT(first.rect.w, k.ui().m.width / 2);
    EXPECT_EQ(page_mirror().stray_words(), 0);
}

}  // namespace
}  // namespace openras::kiosk
