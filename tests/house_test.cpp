// The house holds its shape: alloc/ is rooms, lowest first as alloc/CMakeLists.txt lists them
// (OPENRAS_ALLOC_ROOMS), and a room includes only itself and the rooms below it. The library
// never includes the command line or the kiosk. docs/architecture.md describes every room.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path kSourceRoot = fs::path(OPENRAS_SOURCE_DIR);

std::vector<std::string> rooms_lowest_first() {
    std::vector<std::string> rooms;
    std::istringstream words(OPENRAS_ALLOC_ROOMS);
    for (std::string room; words >> room;) rooms.push_back(room);
    return rooms;
}

struct Include {
    fs::path file;
    int line = 0;
    std::string target;  // "alloc/plan/plan_checker.hpp"
};

std::vector<Include> alloc_includes_in(const fs::path& folder) {
    static const std::regex include_line(R"re(^\s*#\s*include\s+"(alloc/[^"]+)")re");
    std::vector<Include> found;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(folder)) {
        if (!entry.is_regular_file()) continue;
        const std::string ext = entry.path().extension().string();
        if (ext != ".cpp" && ext != ".hpp") continue;
        std::ifstream in(entry.path());
        std::string text;
        for (int number = 1; std::getline(in, text); ++number) {
            std::smatch match;
            if (std::regex_search(text, match, include_line)) found.push_back({entry.path(), number, match[1]});
        }
    }
    return found;
}

// The room a path under alloc/ is in ("plan" for alloc/plan/x.hpp), or "" at alloc/'s top.
std::string room_of(const std::string& alloc_path) {
    const std::size_t first = alloc_path.find('/');
    const std::size_t second = alloc_path.find('/', first + 1);
    return second == std::string::npos ? "" : alloc_path.substr(first + 1, second - first - 1);
}

int rank_of(const std::vector<std::string>& rooms, const std::string& room) {
    const auto found = std::find(rooms.begin(), rooms.end(), room);
    return found == rooms.end() ? -1 : int(found - rooms.begin());
}

std::string where(const Include& include) {
    return fs::relative(include.file, kSourceRoot).string() + ":" + std::to_string(include.line) + ": includes " +
           include.target;
}

TEST(House, EveryRoomOfAllocIsListedAndHoldsCode) {
    const std::vector<std::string> rooms = rooms_lowest_first();
    ASSERT_GE(rooms.size(), 8u);
    for (const fs::directory_entry& entry : fs::directory_iterator(kSourceRoot / "alloc")) {
        if (!entry.is_directory()) continue;
        const std::string name = entry.path().filename().string();
        if (name == "cli") continue;
        EXPECT_NE(rank_of(rooms, name), -1) << "alloc/" << name << " is not in OPENRAS_ALLOC_ROOMS";
    }
    for (const std::string& room : rooms) EXPECT_TRUE(fs::is_directory(kSourceRoot / "alloc" / room)) << room;
}

TEST(House, AllocHoldsOnlyItsBuildFileAtTheTop) {
    for (const fs::directory_entry& entry : fs::directory_iterator(kSourceRoot / "alloc"))
        if (entry.is_regular_file()) {
            EXPECT_EQ(entry.path().filename(), "CMakeLists.txt") << entry.path();
        }
}

TEST(House, NoRoomIncludesARoomAboveIt) {
    const std::vector<std::string> rooms = rooms_lowest_first();
    int checked = 0;
    for (const std::string& room : rooms) {
        for (const Include& include : alloc_includes_in(kSourceRoot / "alloc" / room)) {
            ++checked;
            const std::string target_room = room_of(include.target);
            EXPECT_NE(target_room, "cli") << where(include) << ": the library must not include the command line";
            const int target_rank = rank_of(rooms, target_room);
            EXPECT_NE(target_rank, -1) << where(include) << ": not a room of the library";
            EXPECT_LE(target_rank, rank_of(rooms, room)) << where(include) << ": " << room << " is below " << target_room;
            EXPECT_TRUE(fs::exists(kSourceRoot / include.target)) << where(include) << ": no such file";
        }
    }
    EXPECT_GT(checked, 100);
}

TEST(House, NothingBelowTheKioskAndCommandLineIncludesThem) {
    const auto in_command_line = [](const fs::path& file) {
        return file.string().find("/alloc/cli/") != std::string::npos;
    };
    for (const char* folder : {"rules", "alloc"})
        for (const Include& include : alloc_includes_in(kSourceRoot / folder))
            if (!in_command_line(include.file)) {
                EXPECT_EQ(include.target.rfind("alloc/cli/", 0), std::string::npos) << where(include);
            }
    static const std::regex kiosk_include(R"re(#\s*include\s+"kiosk/)re");
    for (const char* folder : {"rules", "alloc"})
        for (const fs::directory_entry& entry : fs::recursive_directory_iterator(kSourceRoot / folder)) {
            if (!entry.is_regular_file()) continue;
            std::ifstream in(entry.path());
            const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            EXPECT_FALSE(std::regex_search(text, kiosk_include)) << entry.path();
        }
}

TEST(House, ArchitecturePageDescribesEveryRoom) {
    std::ifstream in(kSourceRoot / "docs" / "architecture.md");
    const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ASSERT_FALSE(page.empty());
    for (const std::string& room : rooms_lowest_first())
        EXPECT_NE(page.find("  " + room + "/"), std::string::npos) << "docs/architecture.md does not describe alloc/" << room;
}

}  // namespace
