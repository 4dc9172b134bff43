// Every screen of the tour, at both kiosk resolutions and at normal and largest text: every
// touch target at least 64 px each way with at least 8 px to its neighbours, on screen
// horizontally, and body text at least 32 px.
#include "headless_kiosk.hpp"
#include "plan_journey.hpp"

#include "kiosk/app/tour.hpp"
#include "kiosk/ui/metrics.hpp"

namespace openras::kiosk::testing {
namespace {

struct Layout {
    float width, height;
    int text_step;
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

TEST_P(KioskTargets, EveryScreenHasBigWellSpacedTargetsAndBigText) {
    const Layout layout = GetParam();
    TempRecord record;
    FlowSettings settings = test_settings();
    use_tour_record(settings, record.path.string());
    settings.preferences.text_step = layout.text_step;
    HeadlessKiosk k(layout.width, layout.height, settings);
    for (const TourStop& stop : tour_stops()) {
        show_tour_stop(k.app(), stop);
        EXPECT_GE(k.ui().fonts.body->FontSize, kMinBodyPixels);
        check_targets(k, stop.name);
    }
}

INSTANTIATE_TEST_SUITE_P(Layouts, KioskTargets,
                         ::testing::Values(Layout{1920, 1080, 0}, Layout{1920, 1080, kLargestTextStep},
                                           Layout{1280, 1024, 0}, Layout{1280, 1024, kLargestTextStep}),
                         [](const auto& info) {
                             return std::to_string(int(info.param.width)) + "x" + std::to_string(int(info.param.height)) +
                                    (info.param.text_step == 0 ? "_NormalText" : "_LargestText");
                         });

}  // namespace
}  // namespace openras::kiosk::testing
