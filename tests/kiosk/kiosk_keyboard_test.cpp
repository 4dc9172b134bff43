// The on-screen keyboard, tapped as a person would: letters show, and type, as capitals only
// where a sentence starts; the "ABC" key gives one capital (or one small letter) and goes off
// again; comma and full stop are keys of their own.
#include "headless_kiosk.hpp"

#include "kiosk/ui/onscreen_keyboard.hpp"
#include "kiosk/ui/qr_code.hpp"
#include "kiosk/ui/widget_registry.hpp"

#include <utility>

namespace openras::kiosk::testing {
namespace {

std::string reference(HeadlessKiosk& k) { return std::string(k.flow().journey().reference.c_str()); }

void tap_keys(HeadlessKiosk& k, std::string_view ids) {
    for (char c : ids) k.tap(c == ' ' ? std::string("key.space") : std::string("key.") + c);
}

TEST(KioskKeyboard, InANameEachWordStartsWithACapitalAndGoesOnInSmallLetters) {
    HeadlessKiosk k;
    k.tap("start");
    ASSERT_EQ(k.flow().screen(), Screen::Name);
    EXPECT_TRUE(k.ui().keyboard_capitals);
    tap_keys(k, "RITA, MY TEA. OK");
    EXPECT_EQ(reference(k), "Rita, My Tea. Ok");
    EXPECT_FALSE(k.ui().keyboard_capitals);
    // What the keys show is what they type.
    EXPECT_TRUE(k.ui().text_log.contains("q"));
    EXPECT_TRUE(k.ui().text_log.contains("ABC"));
}

TEST(KioskKeyboard, TheCapitalsKeyIsForOneKeyAndSaysWhatItWillDo) {
    HeadlessKiosk k;
    k.tap("start");
    tap_keys(k, "P");
    k.tap("key.shift");
    EXPECT_TRUE(k.ui().keyboard_capitals);
    EXPECT_TRUE(k.ui().text_log.contains("abc"));
    tap_keys(k, "J-0");
    k.tap("key.shift");
    tap_keys(k, "1");  // a digit turns it off too
    tap_keys(k, "X");
    EXPECT_EQ(reference(k), "PJ-01x");
    // At the start of a sentence the key gives a small letter instead.
    tap_keys(k, ". ");
    EXPECT_TRUE(k.ui().keyboard_capitals);
    k.tap("key.shift");
    tap_keys(k, "AB");
    EXPECT_EQ(reference(k), "PJ-01x. ab");
}

TEST(KioskKeyboard, PoundQuestionSlashAndAtAreKeysAndDeleteTakesAWholePound) {
    HeadlessKiosk k;
    k.tap("start");
    k.type_on_screen("Is it \u00a35/day? a@b");
    EXPECT_EQ(reference(k), "Is it \u00a35/day? a@b");  // typed as written, the capitals key where needed
    for (int i = 0; i < 10; ++i) k.tap("key.delete");
    EXPECT_EQ(reference(k), "Is it \u00a3");
    k.tap("key.delete");
    EXPECT_EQ(reference(k), "Is it ");  // both bytes of the pound sign, never half of it
    for (const char* id : {"key.\u00a3", "key.?", "key./", "key.@", "key.-", "key.'"})
        EXPECT_GE(k.target(id).rect.w, 64.0f) << id;
}

TEST(KioskKeyboard, ASentenceStartsAfterAFullStopAndASpace) {
    EXPECT_TRUE(starts_sentence(""));
    EXPECT_TRUE(starts_sentence("   "));
    EXPECT_TRUE(starts_sentence("Tea. "));
    EXPECT_TRUE(starts_sentence("Tea.  "));
    EXPECT_FALSE(starts_sentence("Tea."));   // 3.5, or a web address, goes on
    EXPECT_FALSE(starts_sentence("Tea "));
    EXPECT_FALSE(starts_sentence("Tea, "));
}

TEST(KioskKeyboard, AWordOfANameStartsAfterASpaceAHyphenOrOApostrophe) {
    EXPECT_TRUE(starts_name_word(""));
    EXPECT_TRUE(starts_name_word("Mary "));
    EXPECT_TRUE(starts_name_word("Mary O'"));
    EXPECT_TRUE(starts_name_word("D'"));
    EXPECT_TRUE(starts_name_word("Mary O'Brien-"));
    EXPECT_FALSE(starts_name_word("Mary"));
    EXPECT_FALSE(starts_name_word("Mary's"));
    EXPECT_FALSE(starts_name_word("Jo'"));  // not "O'" or "D'": an apostrophe inside a word
    EXPECT_FALSE(starts_name_word("o'"));   // typed small on purpose: left as typed
}

TEST(KioskKeyboard, TheRowsAreAsCloseAsTheKeysInARow) {
    HeadlessKiosk k;
    k.tap("start");
    const float across = gap_between(k.target("key.1").rect, k.target("key.2").rect);
    EXPECT_GE(across, 8.0f);
    // Each row under the one above, from the digits down to the capitals, space and delete.
    for (const auto& [above, below] : {std::pair{"key.1", "key.Q"}, {"key.Q", "key.A"}, {"key.A", "key.Z"}, {"key.Z", "key.shift"}})
        EXPECT_NEAR(k.target(below).rect.y - k.target(above).rect.bottom(), across, 1.0f) << above << " to " << below;
}

TEST(KioskKeyboard, OnAWideScreenEveryKeyIsInViewWithoutScrolling) {
    HeadlessKiosk k(1920, 1080);
    k.tap("start");
    ASSERT_EQ(k.flow().screen(), Screen::Name);
    for (const char* id : {"key.1", "key.\u00a3", "key.Z", "key./", "key.shift", "key.space", "key.delete"}) {
        const Target& key = k.target(id);
        EXPECT_EQ(key.visible.h, key.rect.h) << id << " is partly or wholly below the fold";
    }
}

}  // namespace
}  // namespace openras::kiosk::testing

namespace openras::kiosk::testing {
namespace {

// The receipt's QR code: libqrencode's pattern, with the three finder squares in their corners
// (a 7×7 dark ring round a dark 3×3 centre), so a phone's camera finds it.
TEST(KioskQrCode, APlanReferenceMakesAReadableQrPattern) {
    const QrPattern p = qr_pattern("7KQ4-M2XD-R");
    ASSERT_GE(p.width, 21);
    ASSERT_EQ(p.dark.size(), std::size_t(p.width * p.width));
    const auto dark = [&](int x, int y) { return bool(p.dark[std::size_t(y * p.width + x)]); };
    for (const auto& [cx, cy] : {std::pair{0, 0}, {p.width - 7, 0}, {0, p.width - 7}}) {
        for (int i = 0; i < 7; ++i) {
            EXPECT_TRUE(dark(cx + i, cy) && dark(cx + i, cy + 6) && dark(cx, cy + i) && dark(cx + 6, cy + i));
        }
        for (int i = 1; i < 6; ++i) EXPECT_FALSE(dark(cx + i, cy + 1)) << "the light ring";
        for (int y = 2; y < 5; ++y)
            for (int x = 2; x < 5; ++x) EXPECT_TRUE(dark(cx + x, cy + y)) << "the dark centre";
    }
    EXPECT_NE(qr_pattern("7KQ4-M2XD-R").dark, qr_pattern("AAAA-AAAA-A").dark);
}

}  // namespace
}  // namespace openras::kiosk::testing
