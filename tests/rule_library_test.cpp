// The rule library: versions of one rule set side by side, each in force for its own dates.
#include "rules/rule_library.hpp"

#include "test_rule_sets.hpp"

#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace openras {
namespace {

namespace fs = std::filesystem;
using boost::gregorian::date;

// A version of the minimal rule set with its own dates (and rate, to tell them apart).
std::string version_text(const std::string& id, const std::string& version, const std::string& from,
                         const std::string& to, const std::string& rate = "£2.50") {
    std::string text = test::minimal_rule_set();
    text = test::replaced(text, "id = \"mini\"", "id = \"" + id + "\"");
    text = test::replaced(text, "version = \"1\"", "version = \"" + version + "\"");
    text = test::replaced(text, "effective_from = 2026-04-01",
                          "effective_from = " + from + (to.empty() ? "" : "\neffective_to = " + to));
    return test::replaced(text, "rate = \"£2.50\"", "rate = \"" + rate + "\"");
}

std::shared_ptr<const RuleSet> version(const std::string& version, const std::string& from, const std::string& to,
                                       const std::string& id = "mini") {
    return test::load_ok(version_text(id, version, from, to), "v" + version + ".toml");
}

TEST(RuleLibrary, OverlappingVersionsAreRefused) {
    RuleLibrary library;
    Diagnostics problems;
    // 2025-04-01 to 2026-04-30 and 2026-04-01 onwards share April 2026.
    ASSERT_TRUE(library.add(version("2025.1", "2025-04-01", "2026-04-30"), problems));
    EXPECT_FALSE(library.add(version("2026.1", "2026-04-01", ""), problems));
    ASSERT_EQ(problems.size(), 1u);
    const Error& e = problems.errors()[0];
    EXPECT_EQ(e.code, ErrorCode::VersionOverlap);
    EXPECT_EQ(e.where.file, "v2026.1.toml");
    EXPECT_NE(e.message.find("2025.1"), std::string::npos) << e.message;
    EXPECT_NE(e.message.find("v2025.1.toml"), std::string::npos) << "should name the other file: " << e.message;
    EXPECT_EQ(library.all().size(), 1u);  // the second version was not added
}

TEST(RuleLibrary, TwoOpenEndedVersionsOverlap) {
    RuleLibrary library;
    Diagnostics problems;
    ASSERT_TRUE(library.add(version("2026.1", "2026-04-01", ""), problems));
    EXPECT_FALSE(library.add(version("2027.1", "2027-04-01", ""), problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.errors()[0].code, ErrorCode::VersionOverlap);
}

TEST(RuleLibrary, VersionsSharingOnlyTheirLastAndFirstDayOverlap) {
    RuleLibrary library;
    Diagnostics problems;
    ASSERT_TRUE(library.add(version("2025.1", "2025-04-01", "2026-04-01"), problems));
    EXPECT_FALSE(library.add(version("2026.1", "2026-04-01", ""), problems));
    EXPECT_EQ(problems.size(), 1u);
}

TEST(RuleLibrary, AdjacentVersionsBothLoadAndTheDatePicksOne) {
    RuleLibrary library;
    Diagnostics problems;
    const auto old_rules = version("2025.1", "2025-04-01", "2026-03-31");
    const auto new_rules = version("2026.1", "2026-04-01", "");
    // Added newest first, so the answer cannot depend on the order they were added in.
    ASSERT_TRUE(library.add(new_rules, problems));
    ASSERT_TRUE(library.add(old_rules, problems));
    EXPECT_TRUE(problems.empty()) << test::describe(problems);

    EXPECT_EQ(library.in_force_on(date(2026, 3, 31)), old_rules);  // last day of the old version
    EXPECT_EQ(library.in_force_on(date(2026, 4, 1)), new_rules);   // first day of the new one
    EXPECT_EQ(library.in_force_on(date(2025, 4, 1)), old_rules);
    EXPECT_EQ(library.in_force_on(date(2030, 1, 1)), new_rules);   // open-ended
    EXPECT_EQ(library.in_force_on(date(2026, 4, 1), "mini"), new_rules);
}

TEST(RuleLibrary, DateBeforeAnyVersionIsNoVersionInForce) {
    RuleLibrary library;
    Diagnostics problems;
    ASSERT_TRUE(library.add(version("2026.1", "2026-04-01", ""), problems));
    try {
        (void)library.in_force_on(date(2026, 3, 31));
        FAIL() << "a date before every version was accepted";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().code, ErrorCode::NoVersionInForce);
        EXPECT_EQ(e.error().where.field, "assessment.date");
        EXPECT_NE(e.error().message.find("2026-03-31"), std::string::npos) << e.error().message;
        // It lists what is loaded so the person can see why.
        EXPECT_NE(e.error().message.find("2026-04-01 to open-ended"), std::string::npos) << e.error().message;
    }
}

TEST(RuleLibrary, DateAfterTheLastVersionEndsIsNoVersionInForce) {
    RuleLibrary library;
    Diagnostics problems;
    ASSERT_TRUE(library.add(version("2026.1", "2026-04-01", "2027-03-31"), problems));
    EXPECT_NO_THROW((void)library.in_force_on(date(2027, 3, 31)));
    try {
        (void)library.in_force_on(date(2027, 4, 1));
        FAIL() << "a date after the last version was accepted";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().code, ErrorCode::NoVersionInForce);
    }
}

TEST(RuleLibrary, EmptyLibraryHasNoVersionInForce) {
    const RuleLibrary library;
    EXPECT_TRUE(library.empty());
    try {
        (void)library.in_force_on(date(2026, 5, 1));
        FAIL() << "an empty library gave a rule set";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().code, ErrorCode::NoVersionInForce);
    }
}

TEST(RuleLibrary, DifferentRuleSetsMayOverlapButThenMustBeNamed) {
    RuleLibrary library;
    Diagnostics problems;
    const auto north = version("1", "2026-04-01", "", "north");
    const auto south = version("1", "2026-04-01", "", "south");
    ASSERT_TRUE(library.add(north, problems));
    ASSERT_TRUE(library.add(south, problems));
    EXPECT_TRUE(problems.empty()) << test::describe(problems);
    EXPECT_EQ(library.in_force_on(date(2026, 5, 1), "north"), north);
    EXPECT_EQ(library.in_force_on(date(2026, 5, 1), "south"), south);
    try {
        (void)library.in_force_on(date(2026, 5, 1));
        FAIL() << "two authorities' rules in force together gave one without a name";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().code, ErrorCode::NoVersionInForce);
        EXPECT_NE(e.error().message.find("\"north\""), std::string::npos) << e.error().message;
    }
}

// A fresh folder under the system temporary directory, removed afterwards.
class RuleFolder : public ::testing::Test {
protected:
    void SetUp() override {
        static std::atomic<int> counter{0};
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        folder = fs::temp_directory_path() /
                 ("openras-rule-library-" + std::string(info->name()) + "-" + std::to_string(::getpid()) + "-" +
                  std::to_string(counter++));
        fs::remove_all(folder);
        fs::create_directories(folder);
    }
    void TearDown() override {
        std::error_code ignored;
        fs::remove_all(folder, ignored);
    }
    void write(const std::string& name, const std::string& text) {
        std::ofstream out(folder / name, std::ios::binary);
        out << text;
    }
    fs::path folder;
};

TEST_F(RuleFolder, LoadsEveryTomlFileInAFolder) {
    write("2025.toml", version_text("mini", "2025.1", "2025-04-01", "2026-03-31", "£2.00"));
    write("2026.toml", version_text("mini", "2026.1", "2026-04-01", "", "£2.50"));
    write("notes.txt", "not a rule set");  // ignored: not .toml
    Diagnostics problems;
    const RuleLibrary library = load_rule_library({folder.string()}, problems);
    EXPECT_TRUE(problems.empty()) << test::describe(problems);
    ASSERT_EQ(library.all().size(), 2u);
    // In name order.
    EXPECT_EQ(library.all()[0]->header.version, "2025.1");
    EXPECT_EQ(library.all()[1]->header.version, "2026.1");
    EXPECT_EQ(library.in_force_on(date(2026, 3, 31))->streams[0].conversion.rate, Money::from_pence(200));
    EXPECT_EQ(library.in_force_on(date(2026, 4, 1))->streams[0].conversion.rate, Money::from_pence(250));
    EXPECT_EQ(library.all()[1]->source_name, (folder / "2026.toml").string());
}

TEST_F(RuleFolder, ReportsProblemsInEveryFileAndOverlapsBetweenThem) {
    write("a.toml", version_text("mini", "1", "2026-04-01", ""));
    write("b.toml", version_text("mini", "2", "2026-05-01", ""));                                 // overlaps a
    write("c.toml", test::replaced(version_text("other", "1", "2026-04-01", ""), "rate = \"£2.50\"", "rate = 2.5"));
    Diagnostics problems;
    const RuleLibrary library = load_rule_library({folder.string()}, problems);
    ASSERT_EQ(problems.size(), 2u) << test::describe(problems);
    EXPECT_EQ(problems.errors()[0].code, ErrorCode::VersionOverlap);
    EXPECT_EQ(problems.errors()[0].where.file, (folder / "b.toml").string());
    EXPECT_EQ(problems.errors()[1].code, ErrorCode::WrongType);
    EXPECT_EQ(problems.errors()[1].where.file, (folder / "c.toml").string());
    ASSERT_EQ(library.all().size(), 1u);  // only a.toml
    EXPECT_EQ(library.all()[0]->header.version, "1");
}

TEST_F(RuleFolder, FilesAndFoldersMayBeMixedAndMissingFilesReported) {
    fs::create_directories(folder / "sets");
    write("sets/2026.toml", version_text("mini", "2026.1", "2026-04-01", ""));
    write("2025.toml", version_text("mini", "2025.1", "2025-04-01", "2026-03-31"));
    Diagnostics problems;
    const RuleLibrary library = load_rule_library(
        {(folder / "2025.toml").string(), (folder / "sets").string(), (folder / "missing.toml").string()}, problems);
    ASSERT_EQ(problems.size(), 1u) << test::describe(problems);
    EXPECT_EQ(problems.errors()[0].code, ErrorCode::Io);
    EXPECT_EQ(problems.errors()[0].where.file, (folder / "missing.toml").string());
    EXPECT_EQ(library.all().size(), 2u);
}

}  // namespace
}  // namespace openras
