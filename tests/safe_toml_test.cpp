// The guard against toml++ 3.3.0's misreading of a line-ending backslash followed by a line that
// starts beyond ASCII in a """ string (rules/safe_toml.hpp): found at its place, refused as a
// syntax error with a clear message, and nothing else refused.
#include "rules/ruleset_loader.hpp"
#include "rules/safe_toml.hpp"
#include "test_rule_sets.hpp"

#include <gtest/gtest.h>

#include <string>

namespace openras {
namespace {

TEST(SafeToml, FindsABackslashLineEndBeforeALineStartingBeyondAscii) {
    const auto hazard = toml_hazard("a = 1\nb = \"\"\"Croeso \\\n  \u0175 i bawb\"\"\"\n");
    ASSERT_TRUE(hazard);
    EXPECT_EQ(hazard->line, 3);
    EXPECT_EQ(hazard->column, 3);
    EXPECT_NE(hazard->message.find("toml++ 3.3.0"), std::string::npos);
}

TEST(SafeToml, LeavesEverythingElseAlone) {
    EXPECT_FALSE(toml_hazard("b = \"\"\"Croeso \\\n  i bawb \u0175\"\"\"\n")) << "a plain letter starts the next line";
    EXPECT_FALSE(toml_hazard("b = \"\"\"one \\\\\n\u0175\"\"\"\n")) << "an escaped backslash does not end the line";
    EXPECT_FALSE(toml_hazard("b = '''a \\\n\u0175'''\n")) << "a literal string has no escapes";
    EXPECT_FALSE(toml_hazard("# \"\"\" a \\\n\u0175 = 1\n")) << "a comment is not a string";
    EXPECT_FALSE(toml_hazard("b = \"\\\\\"\nc = \"\"\"x\"\"\"\n\u0175 = 1\n"));
    EXPECT_FALSE(toml_hazard(""));
}

TEST(SafeToml, ARuleSetWithTheHazardIsRefusedAtItsPlaceNotMisread) {
    std::string text = test::minimal_rule_set();
    const std::string title = "title = \"Mini RAS\"";
    text.replace(text.find(title), title.size(), "title = \"\"\"Mini \\\n\u0175 RAS\"\"\"");
    const RuleSetLoad load = load_rule_set(text, "hazard.toml");
    ASSERT_EQ(load.rule_set, nullptr);
    ASSERT_EQ(load.problems.size(), 1u);
    const Error& e = load.problems.errors().front();
    EXPECT_EQ(e.code, ErrorCode::Syntax);
    EXPECT_EQ(e.where.file, "hazard.toml");
    EXPECT_GT(e.where.line, 1);
    EXPECT_NE(e.message.find("join the two lines"), std::string::npos) << e.message;
}

}  // namespace
}  // namespace openras
