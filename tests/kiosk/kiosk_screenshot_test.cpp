// Screenshot tests: `openras-kiosk --tour` runs in a real window under xvfb-run (Mesa's
// llvmpipe draws it, so no display or graphics card is needed), at 1920×1080 and 1280×1024,
// at normal and largest text, and in Welsh, Polish and Urdu (mirrored) at two of those; every
// screen is compared with its reference picture in
// tests/kiosk/screenshots/. References are kept at half size; the comparison allows for the
// small differences in anti-aliasing between Mesa versions: a pixel differs when a channel
// is more than kChannelTolerance apart, and a screen fails when more than kAllowedShare of
// its pixels differ.
//
//   OPENRAS_UPDATE_SCREENSHOTS=1 build/tests/openras_kiosk_tests --gtest_filter='*KioskScreenshots*'
// rewrites the references (look at them before committing).
#include <gtest/gtest.h>

#include <stb_image.h>
#include <stb_image_write.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr int kChannelTolerance = 48;
constexpr double kAllowedShare = 0.006;

struct Picture {
    int width = 0, height = 0;
    std::vector<unsigned char> rgb;
};

bool load(const fs::path& path, Picture& out) {
    int channels = 0;
    std::unique_ptr<unsigned char, void (*)(void*)> data(
        stbi_load(path.c_str(), &out.width, &out.height, &channels, 3), stbi_image_free);
    if (!data) return false;
    out.rgb.assign(data.get(), data.get() + std::size_t(out.width) * std::size_t(out.height) * 3);
    return true;
}

// Half size, each pixel the mean of four: small references, and forgiving of single pixels.
Picture halve(const Picture& p) {
    Picture h{p.width / 2, p.height / 2, {}};
    h.rgb.resize(std::size_t(h.width) * std::size_t(h.height) * 3);
    for (int y = 0; y < h.height; ++y)
        for (int x = 0; x < h.width; ++x)
            for (int c = 0; c < 3; ++c) {
                auto at = [&](int xx, int yy) { return int(p.rgb[(std::size_t(yy) * std::size_t(p.width) + std::size_t(xx)) * 3 + std::size_t(c)]); };
                h.rgb[(std::size_t(y) * std::size_t(h.width) + std::size_t(x)) * 3 + std::size_t(c)] =
                    static_cast<unsigned char>((at(2 * x, 2 * y) + at(2 * x + 1, 2 * y) + at(2 * x, 2 * y + 1) + at(2 * x + 1, 2 * y + 1) + 2) / 4);
            }
    return h;
}

double share_differing(const Picture& a, const Picture& b) {
    std::size_t differing = 0;
    const std::size_t pixels = std::size_t(a.width) * std::size_t(a.height);
    for (std::size_t i = 0; i < pixels; ++i)
        for (std::size_t c = 0; c < 3; ++c)
            if (std::abs(int(a.rgb[i * 3 + c]) - int(b.rgb[i * 3 + c])) > kChannelTolerance) {
                ++differing;
                break;
            }
    return double(differing) / double(pixels);
}

bool write(const fs::path& path, const Picture& p) {
    return stbi_write_png(path.c_str(), p.width, p.height, 3, p.rgb.data(), p.width * 3) != 0;
}

struct Layout {
    const char* size;          // "1920x1080"
    const char* scale;         // "1" or "2"
    const char* language = "";  // "cy", "pl", "ur"; "": English
    std::string name() const {
        return std::string(size) + (std::string(scale) == "1" ? "-normal" : "-largest") +
               (*language ? "-" + std::string(language) : std::string());
    }
};

class KioskScreenshots : public ::testing::TestWithParam<Layout> {};

TEST_P(KioskScreenshots, EveryScreenMatchesItsReference) {
    const Layout layout = GetParam();
    ASSERT_TRUE(fs::exists(OPENRAS_XVFB_RUN)) << "xvfb-run is missing: bash scripts/install-deps.sh installs it";
    const fs::path out = fs::path(OPENRAS_BINARY_DIR) / "kiosk-screenshots" / layout.name();
    fs::remove_all(out);
    fs::create_directories(out.parent_path());
    const std::string command = std::string(OPENRAS_XVFB_RUN) + " -a -s '-screen 0 " + layout.size + "x24' " +
                                OPENRAS_KIOSK_BINARY + " --windowed " + layout.size + " --text-scale " + layout.scale +
                                (*layout.language ? std::string(" --language ") + layout.language : std::string()) +
                                " --date 2026-05-01 --tour " + out.string() + " > " + out.string() + ".log 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << command << "\nsee " << out.string() << ".log";

    const fs::path references = fs::path(OPENRAS_SOURCE_DIR) / "tests/kiosk/screenshots" / layout.name();
    const bool update = std::getenv("OPENRAS_UPDATE_SCREENSHOTS") != nullptr;
    if (update) fs::create_directories(references);
    int compared = 0;
    for (const auto& entry : fs::directory_iterator(out)) {
        if (entry.path().extension() != ".png") continue;
        Picture shot;
        ASSERT_TRUE(load(entry.path(), shot)) << entry.path();
        const Picture small = halve(shot);
        const fs::path reference = references / entry.path().filename();
        if (update) {
            ASSERT_TRUE(write(reference, small)) << reference;
            continue;
        }
        Picture expected;
        ASSERT_TRUE(load(reference, expected)) << "no reference picture " << reference
                                               << " (OPENRAS_UPDATE_SCREENSHOTS=1 writes them)";
        ASSERT_EQ(expected.width, small.width) << reference;
        ASSERT_EQ(expected.height, small.height) << reference;
        const double share = share_differing(small, expected);
        if (share > kAllowedShare) {
            const fs::path actual = out / ("actual-" + entry.path().filename().string());
            write(actual, small);
            ADD_FAILURE() << entry.path().filename() << ": " << share * 100 << "% of pixels differ from " << reference
                          << "; the new picture is " << actual;
        }
        ++compared;
    }
    if (!update) {
        EXPECT_GE(compared, 15);
    }
}

INSTANTIATE_TEST_SUITE_P(Layouts, KioskScreenshots,
                         ::testing::Values(Layout{"1920x1080", "1"}, Layout{"1920x1080", "2"},
                                           Layout{"1280x1024", "1"}, Layout{"1280x1024", "2"},
                                           // Each other language at two sizes: normal, and the largest on the smaller screen.
                                           Layout{"1920x1080", "1", "cy"}, Layout{"1280x1024", "2", "cy"},
                                           Layout{"1920x1080", "1", "pl"}, Layout{"1280x1024", "2", "pl"},
                                           Layout{"1920x1080", "1", "ur"}, Layout{"1280x1024", "2", "ur"}),
                         [](const auto& info) {
                             std::string n = info.param.name();
                             for (char& c : n)
                                 if (c == '-') c = '_';
                             return n;
                         });

}  // namespace
