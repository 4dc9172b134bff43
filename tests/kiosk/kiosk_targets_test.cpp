// Every screen of the tour, at both kiosk resolutions and at all four text sizes: every touch
// target at least 64 px each way with at least 8 px to its neighbours, on screen horizontally,
// body text at least 32 px, no word broken inside itself, and what a person must reach on a
// page (a question's first answers, the keyboard, the PIN pad, the amount pad) in view without
// scrolling.
#include "headless_kiosk.hpp"
#include "plan_journey.hpp"

#include "kiosk/app/tour.hpp"
#include "kiosk/ui/metrics.hpp"
#include "kiosk/ui/text_layout.hpp"

#include <map>
#include <set>

namespace openras::kiosk::testing {
namespace {

struct Layout {
    float width, height;
    int text_step;
    const char* language = "";  // "cy", "pl", "ur"; "": English
};

class KioskTargets : public ::testing::TestWithParam<Layout> {};

void check_targets(const HeadlessKiosk& k, const std::string& screen) {
    const auto& targets = const_cast<HeadlessKiosk&>(k).ui().registry.targets();
    ASSERT_FALSE(targets.empty()) << screen;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const Target& a = targets[i];
        EXPECT_GE(a.rect.w, kMinTargetPixels) << screen << ": " << a.id;
        EXPECT_GE(a.rect.h, kMinTargetPixels) << screen << ": " << a.id;
        EXPECT_GE(a.rect.x, 0) << screen << ": " << a.id;
        EXPECT_LE(a.rect.right(), k.platform_width()) << screen << ": " << a.id << " runs off the screen";
        for (std::size_t j = i + 1; j < targets.size(); ++j) {
            const Target& b = targets[j];
            // Only what can be touched together matters: both at least partly in view.
            if (a.visible.empty() || b.visible.empty()) continue;
            EXPECT_GE(gap_between(a.visible, b.visible), kMinTargetGapPixels)
                << screen << ": " << a.id << " and " << b.id << " are too close";
        }
    }
}

const std::vector<std::string>& keyboard_keys() {
    static const std::vector<std::string> keys = {"key.1", "key.\u00a3", "key.Q", "key.@", "key.A", "key.?",
                                                  "key.Z", "key./", "key.shift", "key.space", "key.delete"};
    return keys;
}

std::vector<std::string> pad_keys(const std::string& prefix, bool point) {
    std::vector<std::string> keys;
    for (char c = '0'; c <= '9'; ++c) keys.push_back(prefix + "." + c);
    keys.push_back(prefix + ".delete");
    if (point) keys.push_back(prefix + ".point");
    return keys;
}

// For each tour stop: what must be wholly on screen as the page opens.
const std::map<std::string, std::vector<std::string>>& must_be_in_view() {
    static const std::map<std::string, std::vector<std::string>> wanted = {
        {"start", {"start", "social-worker"}},
        {"name", keyboard_keys()},
        {"question", {"answer.0", "answer.1"}},
        {"question-easy-read", {"answer.0", "answer.1"}},
        {"plan-question", keyboard_keys()},
        {"worker-sign-in", pad_keys("pin", false)},
        {"worker-pin-wrong", pad_keys("pin", false)},
        {"worker-amount", pad_keys("amount", true)},
        {"worker-reason", keyboard_keys()},
        {"save-draft", keyboard_keys()},
        {"resume-code", keyboard_keys()},
        {"status-ask", keyboard_keys()},
        {"confirm-send", {"confirm-yes", "confirm-no"}},
        {"confirm-clear", {"confirm-yes", "confirm-no"}},
        {"idle-warning", {"more-time", "clear-now"}},
    };
    return wanted;
}

void check_in_view(HeadlessKiosk& k, const std::string& screen, const std::string& id) {
    const Target* t = k.ui().registry.find(id);
    ASSERT_NE(t, nullptr) << screen << ": no " << id;
    EXPECT_TRUE(t->visible.w == t->rect.w && t->visible.h == t->rect.h)
        << screen << ": " << id << " is not wholly in view without scrolling (" << t->visible.h << " of " << t->rect.h << " px high)";
}

TEST_P(KioskTargets, EveryScreenHasBigWellSpacedTargetsAndBigText) {
    const Layout layout = GetParam();
    TempRecord record;
    FlowSettings settings = test_settings();
    use_tour_record(settings, record.path.string());
    settings.preferences.text_step = layout.text_step;
    settings.preferences.language = layout.language;
    HeadlessKiosk k(layout.width, layout.height, settings);
    for (const TourStop& stop : tour_stops()) {
        const int broken = words_broken_so_far();
        show_tour_stop(k.app(), stop);
        EXPECT_GE(k.ui().fonts.body->FontSize, kMinBodyPixels);
        check_targets(k, stop.name);
        EXPECT_EQ(words_broken_so_far(), broken) << stop.name << ": a word is broken inside itself in \""
                                                 << last_broken_words() << "\"";
        // What a person types into is on the screen, not behind the keyboard or pad.
        static const std::set<std::string> typed = {"name", "name-error", "plan-question", "worker-sign-in",
                                                    "worker-pin-wrong", "worker-amount", "worker-reason", "worker-reason-error",
                                                    "save-draft", "resume-code", "status-ask"};
        if (typed.count(stop.name)) {
            // Wholly; or, when it is taller than the room above the keyboard (a long reason at
            // large text), its end, where the caret is, and at least a quarter of the screen of it.
            const Rect& f = k.ui().field.visible;
            const Rect& box = k.ui().field.rect;
            const bool whole = f.h == box.h && f.w == box.w && f.h > 0;
            const bool end_shown = f.bottom() == box.bottom() && f.h >= layout.height / 4;
            EXPECT_TRUE(whole || end_shown) << stop.name << ": the box that shows what is typed is not on the screen ("
                                            << f.h << " of " << box.h << " px high)";
        }
        const auto wanted = must_be_in_view().find(stop.name);
        if (wanted != must_be_in_view().end())
            for (const std::string& id : wanted->second) check_in_view(k, stop.name, id);
    }
}

// Every question of the model RAS, not only the first: its first two answers in view as it opens.
TEST_P(KioskTargets, EveryQuestionShowsItsFirstAnswersWithoutScrolling) {
    const Layout layout = GetParam();
    FlowSettings settings = test_settings();
    settings.preferences.text_step = layout.text_step;
    settings.preferences.language = layout.language;
    HeadlessKiosk k(layout.width, layout.height, settings);
    k.tap("start");
    k.type_on_screen("Sam");
    k.tap("continue");
    while (k.flow().screen() == Screen::Question) {
        k.settle(3);
        const std::string where = "question " + std::to_string(k.flow().journey().question + 1);
        check_in_view(k, where, "answer.0");
        if (k.flow().current_question().answers.size() > 1) check_in_view(k, where, "answer.1");
        k.answer(0);
    }
    EXPECT_EQ(k.flow().screen(), Screen::CheckAnswers);
}

INSTANTIATE_TEST_SUITE_P(Layouts, KioskTargets,
                         ::testing::Values(Layout{1920, 1080, 0}, Layout{1920, 1080, 1}, Layout{1920, 1080, 2},
                                           Layout{1920, 1080, kLargestTextStep}, Layout{1280, 1024, 0},
                                           Layout{1280, 1024, 1}, Layout{1280, 1024, 2},
                                           Layout{1280, 1024, kLargestTextStep},
                                           // Welsh and Polish words are longer, and Urdu pages are mirrored: the smaller screen.
                                           Layout{1280, 1024, 0, "cy"}, Layout{1280, 1024, kLargestTextStep, "cy"},
                                           Layout{1280, 1024, 0, "pl"}, Layout{1280, 1024, kLargestTextStep, "pl"},
                                           Layout{1280, 1024, 0, "ur"}, Layout{1280, 1024, kLargestTextStep, "ur"}),
                         [](const auto& info) {
                             return std::to_string(int(info.param.width)) + "x" + std::to_string(int(info.param.height)) +
                                    "_TextSize" + std::to_string(info.param.text_step + 1) +
                                    (*info.param.language ? "_" + std::string(info.param.language) : std::string());
                         });

}  // namespace
}  // namespace openras::kiosk::testing
