// The receipt on paper, printed through a real CUPS server: the test starts a throwaway cupsd
// of its own (a unix socket in a temporary folder) with a test printer whose backend writes
// each job to a file, prints the receipt as the kiosk does, and looks at what came out as a
// picture (build/kiosk-printed-receipt.png, to be looked at by a person too).
#include "headless_kiosk.hpp"
#include "plan_journey.hpp"

#include "kiosk/app/receipt_print.hpp"
#include "kiosk/ui/qr_code.hpp"

#include <cups/cups.h>
#include <stb/stb_image.h>
#include <stb/stb_image_write.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace openras::kiosk::testing {
namespace {

namespace fs = std::filesystem;
constexpr const char* kCupsd = "/usr/sbin/cupsd";
constexpr const char* kLpadmin = "/usr/sbin/lpadmin";

class TestPrinter {
public:
    TestPrinter() {
        dir_ = fs::temp_directory_path() / ("openras-cups-" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        for (const char* sub : {"spool", "cache", "state", "log", "tmp", "bin/backend", "out"}) fs::create_directories(dir_ / sub);
        fs::permissions(dir_ / "out", fs::perms::all);
        for (const char* linked : {"filter", "daemon", "cgi-bin", "driver", "notifier", "monitor"})
            if (fs::exists(fs::path("/usr/lib/cups") / linked)) fs::create_symlink(fs::path("/usr/lib/cups") / linked, dir_ / "bin" / linked);
        const fs::path backend = dir_ / "bin/backend/tofile";
        std::ofstream(backend) << "#!/bin/sh\n"
                                  "if [ $# -eq 0 ]; then echo 'file tofile \"Unknown\" \"OpenRAS test printer\"'; exit 0; fi\n"
                                  "dir=\"${DEVICE_URI#tofile:}\"\n"
                                  "if [ -n \"$6\" ]; then cat \"$6\" > \"$dir/job-$1.tmp\"; else cat > \"$dir/job-$1.tmp\"; fi\n"
                                  "mv \"$dir/job-$1.tmp\" \"$dir/job-$1.out\"\n";
        fs::permissions(backend, fs::perms::owner_all);
        std::ofstream(dir_ / "cupsd.conf") << "Listen " << socket() << "\nLogLevel warn\nDefaultAuthType None\n"
                                           << "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                                           << "<Policy default>\n  <Limit All>\n    Order allow,deny\n    Allow all\n  </Limit>\n</Policy>\n";
        std::ofstream(dir_ / "cups-files.conf") << "ServerRoot " << dir_.string() << "\nRequestRoot " << (dir_ / "spool").string()
                                                << "\nCacheDir " << (dir_ / "cache").string() << "\nStateDir " << (dir_ / "state").string()
                                                << "\nTempDir " << (dir_ / "tmp").string() << "\nErrorLog " << (dir_ / "log/error_log").string()
                                                << "\nAccessLog " << (dir_ / "log/access_log").string() << "\nPageLog "
                                                << (dir_ / "log/page_log").string() << "\nServerBin " << (dir_ / "bin").string()
                                                << "\nDataDir /usr/share/cups\n";
        const std::string conf = (dir_ / "cupsd.conf").string(), files = (dir_ / "cups-files.conf").string();
        char* args[] = {const_cast<char*>(kCupsd), const_cast<char*>("-f"), const_cast<char*>("-c"), const_cast<char*>(conf.c_str()),
                        const_cast<char*>("-s"), const_cast<char*>(files.c_str()), nullptr};
        if (posix_spawn(&cupsd_, kCupsd, nullptr, nullptr, args, environ) != 0) cupsd_ = -1;
        for (int i = 0; i < 100 && !fs::exists(socket()); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const std::string add = std::string(kLpadmin) + " -h " + socket() + " -p TestReceipts -E -v tofile:" + (dir_ / "out").string() +
                                " -m raw >/dev/null 2>&1";
        added_ = std::system(add.c_str()) == 0;
        ::setenv("CUPS_SERVER", socket().c_str(), 1);
        cupsSetServer(socket().c_str());
    }
    ~TestPrinter() {
        if (cupsd_ > 0) {
            ::kill(cupsd_, SIGTERM);
            ::waitpid(cupsd_, nullptr, 0);
        }
        cupsSetServer(nullptr);
        ::unsetenv("CUPS_SERVER");
        std::error_code ignored;
        fs::remove_all(dir_, ignored);
    }
    bool ready() const { return cupsd_ > 0 && added_; }
    std::string socket() const { return (dir_ / "cups.sock").string(); }
    // The first job printed, waiting up to 20 seconds for it.
    std::string first_job() const {
        for (int i = 0; i < 400; ++i) {
            for (const auto& e : fs::directory_iterator(dir_ / "out"))
                if (e.path().extension() == ".out") {
                    std::ifstream in(e.path(), std::ios::binary);
                    return std::string(std::istreambuf_iterator<char>(in), {});
                }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        return {};
    }

private:
    fs::path dir_;
    pid_t cupsd_ = -1;
    bool added_ = false;
};

TEST(KioskPrint, TheReceiptIsPrintedThroughCupsAndReadsAsAPicture) {
    ASSERT_TRUE(fs::exists(kCupsd) && fs::exists(kLpadmin)) << "CUPS is missing: bash scripts/install-deps.sh installs it";
    TestPrinter printer;
    ASSERT_TRUE(printer.ready()) << "the test's own CUPS server did not start";

    // Print as a person does: send a plan, then "Print my receipt" on the receipt.
    TempRecord record;
    FlowSettings settings = with_record(record.path);
    use_printer(settings, "TestReceipts");
    HeadlessKiosk k(1920, 1080, settings);
    to_plan(k, "Sam");
    make_plan_by_tapping(k);
    k.tap("check");
    k.tap("submit");
    k.tap("confirm-yes");
    ASSERT_EQ(k.flow().screen(), Screen::Receipt);
    const std::string reference = k.flow().receipt()->reference;
    k.tap("print");
    ASSERT_TRUE(k.flow().journey().printed);
    EXPECT_EQ(*k.flow().journey().printed, "");
    EXPECT_TRUE(k.ui().text_log.contains("Your receipt is printing."));

    const std::string job = printer.first_job();
    ASSERT_FALSE(job.empty()) << "nothing reached the test printer";
    int w = 0, h = 0, channels = 0;
    unsigned char* pixels = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(job.data()), int(job.size()), &w, &h, &channels, 1);
    ASSERT_NE(pixels, nullptr) << "what was printed is not a picture";
    EXPECT_EQ(w, kReceiptWidth);
    EXPECT_EQ(h, kReceiptHeight);
    // What was printed is the picture of this receipt, pixel for pixel, and it has ink on it.
    const std::vector<unsigned char> expected = receipt_picture(*k.flow().receipt(), Wording::built_in(), false, load_font_files());
    ASSERT_EQ(expected.size(), std::size_t(w) * std::size_t(h));
    EXPECT_TRUE(std::equal(expected.begin(), expected.end(), pixels));
    EXPECT_GT(std::count(expected.begin(), expected.end(), 0), 5000);
    stbi_write_png((fs::path(OPENRAS_BINARY_DIR) / "kiosk-printed-receipt.png").c_str(), w, h, 1, pixels, w);
    stbi_image_free(pixels);
    EXPECT_FALSE(reference.empty());
}

TEST(KioskPrint, APrinterThatIsNotThereIsSaidPlainly) {
    ASSERT_TRUE(fs::exists(kCupsd)) << "CUPS is missing: bash scripts/install-deps.sh installs it";
    TestPrinter printer;
    ASSERT_TRUE(printer.ready());
    PlanReceipt receipt{"7KQ4-M2XD-R", boost::gregorian::date(2026, 7, 1), false};
    const std::string path = (fs::temp_directory_path() / "openras-receipt-test.png").string();
    const std::string why = print_receipt("NoSuchPrinter", receipt, Wording::built_in(), false, load_font_files(), path);
    EXPECT_NE(why.find("NoSuchPrinter"), std::string::npos) << why;
    EXPECT_FALSE(fs::exists(path)) << "the picture is deleted whatever happens";
}

}  // namespace
}  // namespace openras::kiosk::testing

namespace openras::kiosk {
namespace {

namespace fs = std::filesystem;

// The columns that have ink in rows [top, bottom) of a receipt: the leftmost and rightmost.
std::pair<int, int> inked_columns(const std::vector<unsigned char>& grey, int top, int bottom) {
    int left = kReceiptWidth, right = -1;
    for (int y = top; y < bottom; ++y)
        for (int x = 0; x < kReceiptWidth; ++x)
            if (grey[std::size_t(y) * kReceiptWidth + std::size_t(x)] < 128) left = std::min(left, x), right = std::max(right, x);
    return {left, right};
}

TEST(KioskPrint, AnUrduReceiptIsShapedAndSetFromTheRight) {
    const PlanReceipt receipt{"7KQ4-M2XD-R", boost::gregorian::date(2026, 7, 1), false};
    const std::vector<unsigned char> english = receipt_picture(receipt, Wording::built_in(), false, load_font_files());
    const std::vector<unsigned char> urdu = receipt_picture(receipt, Wording::built_in("ur"), false, load_font_files());
    stbi_write_png((fs::path(OPENRAS_BINARY_DIR) / "kiosk-receipt-ur.png").c_str(), kReceiptWidth, kReceiptHeight, 1,
                   urdu.data(), kReceiptWidth);
    // The service's name, the first line: against the left margin in English, the right in Urdu.
    const auto [english_left, english_right] = inked_columns(english, 60, 100);
    const auto [urdu_left, urdu_right] = inked_columns(urdu, 60, 100);
    EXPECT_LT(english_left, 70);
    EXPECT_LT(english_right, kReceiptWidth / 2);
    EXPECT_GT(urdu_right, kReceiptWidth - 70);
    EXPECT_GT(urdu_left, kReceiptWidth / 2);
    EXPECT_GT(std::count(urdu.begin(), urdu.end(), 0), 5000) << "it has ink";
}

}  // namespace
}  // namespace openras::kiosk
