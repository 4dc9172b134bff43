// The idle timeout: a warning with a countdown of at least 20 seconds, "I need more time" that
// works at least ten times, then a wipe that leaves nothing personal in the flow, in ImGui
// (whose context is destroyed and made anew) or on screen.
#include "headless_kiosk.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>
#include <iostream>

namespace openras::kiosk::testing {
namespace {

const char* const kSecret = "ZQXJ 4471";

bool memory_holds(const void* data, std::size_t size, std::string_view needle) {
    const char* p = static_cast<const char*>(data);
    const char* found = std::search(p, p + size, needle.begin(), needle.end());
    if (size >= needle.size() && found != p + size) {
        std::cerr << "found at offset " << (found - p) << " of " << size << ":";
        for (const char* q = std::max(p, found - 48); q < std::min(p + size, found + 24); ++q) std::cerr << ' ' << int((unsigned char)*q);
        std::cerr << "\n";
        return true;
    }
    return false;
}

// Everything of ImGui's that is reachable and can hold text.
bool imgui_holds(std::string_view needle) {
    ImGuiContext& g = *GImGui;
    if (memory_holds(&g, sizeof(g), needle)) return true;
    if (memory_holds(g.InputTextState.TextA.Data, std::size_t(g.InputTextState.TextA.Size), needle)) return true;
    if (memory_holds(g.InputTextState.InitialTextA.Data, std::size_t(g.InputTextState.InitialTextA.Size), needle)) return true;
    for (ImGuiWindow* w : g.Windows)
        if (w->Name && memory_holds(w->Name, std::strlen(w->Name), needle)) return true;
    return false;
}

void start_session(HeadlessKiosk& k) {
    k.tap("start");
    k.type_on_screen(kSecret);
    k.tap("continue");
    k.answer(2);
    k.answer(1);
}

TEST(KioskIdle, WarningCountsDownAndMoreTimeWorksTenTimes) {
    HeadlessKiosk k;
    start_session(k);
    for (int press = 1; press <= 12; ++press) {
        k.platform().advance(121);
        k.settle(1);
        ASSERT_TRUE(k.has("more-time")) << "press " << press;
        EXPECT_TRUE(k.ui().text_log.contains("29 seconds")) << "press " << press;
        k.tap("more-time");
        EXPECT_FALSE(k.has("more-time"));
        EXPECT_EQ(k.flow().screen(), Screen::Question);
    }
    EXPECT_EQ(k.flow().idle().extensions(), 12);
    EXPECT_EQ(k.flow().journey().question, 2);
}

TEST(KioskIdle, TouchingTheScreenKeepsTheSessionWithoutAWarning) {
    HeadlessKiosk k;
    start_session(k);
    for (int i = 0; i < 5; ++i) {
        k.platform().advance(100);
        k.tap("answer.0");
    }
    EXPECT_FALSE(k.has("more-time"));
    EXPECT_EQ(k.flow().screen(), Screen::Question);
}

TEST(KioskIdle, TheWipeLeavesNoPersonalTextAnywhere) {
    HeadlessKiosk k;
    k.ui().text_log.enabled = true;
    start_session(k);
    k.tap("back");
    k.tap("back");
    k.tap("back");
    ASSERT_EQ(k.flow().screen(), Screen::Name);
    ASSERT_TRUE(k.ui().text_log.contains(kSecret));
    const int contexts = k.app().contexts_created();
    const char* buffer = k.flow().journey().reference.data();
    const std::size_t capacity = k.flow().journey().reference.capacity();

    k.platform().advance(120 + 30 + 1);
    k.settle(2);

    EXPECT_EQ(k.flow().screen(), Screen::Start);
    EXPECT_TRUE(k.flow().journey().reference.empty());
    EXPECT_FALSE(k.flow().journey().budget.has_value());
    for (int a : k.flow().journey().answers) EXPECT_EQ(a, -1);
    // The same buffer, zeroed through its whole capacity, not merely emptied.
    ASSERT_EQ(k.flow().journey().reference.data(), buffer);
    for (std::size_t i = 0; i < capacity; ++i) EXPECT_EQ(buffer[i], '\0');
    for (const PageError& e : k.flow().errors()) EXPECT_EQ(e.params.size(), 0u);
    // A new ImGui context, holding nothing of the session.
    EXPECT_EQ(k.app().contexts_created(), contexts + 1);
    EXPECT_FALSE(imgui_holds(kSecret));
    EXPECT_FALSE(imgui_holds("ZQXJ"));
    // Nothing personal on screen, and the start screen back.
    EXPECT_FALSE(k.ui().text_log.contains("ZQXJ"));
    EXPECT_TRUE(k.ui().text_log.contains("Find out your personal budget"));
}

TEST(KioskIdle, TheWipePutsDisplayChoicesBack) {
    HeadlessKiosk k;
    k.tap("high-contrast");
    k.tap("text-bigger");
    start_session(k);
    k.platform().advance(151);
    k.settle(2);
    EXPECT_EQ(k.flow().preferences(), DisplayPreferences{});
}

TEST(KioskIdle, FinishWipesAtOnceAndRecreatesTheContext) {
    HeadlessKiosk k;
    start_session(k);
    const int contexts = k.app().contexts_created();
    k.platform().advance(121);
    k.settle(1);
    k.tap("clear-now");
    EXPECT_EQ(k.flow().screen(), Screen::Start);
    EXPECT_EQ(k.app().contexts_created(), contexts + 1);
}

}  // namespace
}  // namespace openras::kiosk::testing
