// The wording files (ImHex's habit): both files have the same keys, nothing is empty, every
// {placeholder} of a key is the same in both, and every key the kiosk's code names exists.
#include "kiosk/text/wording.hpp"
#include "rules/error.hpp"
#include "rules/ruleset_loader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace openras::kiosk {
namespace {

std::set<std::string> placeholders(std::string_view text) {
    std::set<std::string> out;
    const std::string s(text);
    const std::regex brace(R"(\{([a-z_]+)\})");
    for (auto it = std::sregex_iterator(s.begin(), s.end(), brace); it != std::sregex_iterator(); ++it)
        out.insert((*it)[1]);
    return out;
}

// Every string literal in the kiosk's sources that looks like a wording key of a known table.
std::set<std::string> keys_named_in_code(const std::set<std::string>& tables) {
    std::set<std::string> keys;
    const std::regex literal(R"re("([a-z_]+)\.([a-z_]+)")re");
    for (const auto& entry : std::filesystem::recursive_directory_iterator(OPENRAS_SOURCE_DIR "/kiosk")) {
        if (entry.path().extension() != ".cpp" && entry.path().extension() != ".hpp") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string s = text.str();
        for (auto it = std::sregex_iterator(s.begin(), s.end(), literal); it != std::sregex_iterator(); ++it)
            if (tables.count((*it)[1])) keys.insert(std::string((*it)[1]) + "." + std::string((*it)[2]));
    }
    return keys;
}

TEST(KioskWording, BothFilesHaveTheSameKeysAndPlaceholders) {
    const Wording& w = Wording::built_in();
    // Easy Read alone has pictures: its [picture] table (kiosk_pictures_test.cpp).
    std::vector<std::string> easy;
    for (const std::string& key : w.keys(true))
        if (key.rfind("picture.", 0) != 0) easy.push_back(key);
    EXPECT_EQ(w.keys(false), easy);
    for (const std::string& key : w.keys(false)) {
        EXPECT_FALSE(w.get(key, false).empty()) << key;
        EXPECT_FALSE(w.get(key, true).empty()) << key;
        EXPECT_EQ(placeholders(w.get(key, false)), placeholders(w.get(key, true))) << key;
    }
}

// Whether the kiosk's code passes `key` to plural_key().
bool code_counts(const std::string& key) {
    const std::string call = "plural_key(\"" + key + "\"";
    for (const auto& entry : std::filesystem::recursive_directory_iterator(OPENRAS_SOURCE_DIR "/kiosk")) {
        if (entry.path().extension() != ".cpp") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        if (text.str().find(call) != std::string::npos) return true;
    }
    return false;
}

TEST(KioskWording, EveryKeyTheCodeUsesIsInEveryFile) {
    const Wording& w = Wording::built_in();
    std::set<std::string> tables;
    for (const std::string& key : w.keys(false)) tables.insert(key.substr(0, key.find('.')));
    const std::set<std::string> used = keys_named_in_code(tables);
    EXPECT_GT(used.size(), 60u);
    for (const std::string& key : used) {
        // A picture's key (widgets.hpp picture_for) is in Easy Read's [picture] table instead.
        if (!w.has(key, false) && w.has("picture." + key, true)) continue;
        // A key counted with plural_key() is there in both its forms instead.
        const bool counted = !w.has(key, false) && code_counts(key);
        for (const std::string& form : counted ? std::vector<std::string>{plural_key(key, 1), plural_key(key, 2)}
                                               : std::vector<std::string>{key}) {
            EXPECT_TRUE(w.has(form, false)) << form << " is missing from en-GB.toml";
            EXPECT_TRUE(w.has(form, true)) << form << " is missing from en-GB-easy-read.toml";
        }
    }
}

// The built-in model RAS's plan checks each have words for people in both files, so a person
// using it never meets the general "finding.other", nor the rule set's words for staff.
TEST(KioskWording, EveryPlanCheckOfTheModelRasHasWordsForPeople) {
    const Wording& w = Wording::built_in();
    const RuleSet& rules = *embedded_default_rule_set();
    std::vector<std::string> ids;
    for (const PlanCheck& c : rules.plan_checks) ids.push_back(c.id);
    for (const ExcludedUse& u : rules.excluded_uses) ids.push_back(u.id);
    EXPECT_GT(ids.size(), 30u);
    for (const std::string& id : ids) {
        EXPECT_TRUE(w.has("finding." + id, false)) << "finding." << id << " is missing from en-GB.toml";
        EXPECT_TRUE(w.has("finding." + id, true)) << "finding." << id << " is missing from en-GB-easy-read.toml";
        for (bool easy : {false, true}) {
            const std::string_view words = w.get("finding." + id, easy);
            EXPECT_EQ(words.find('`'), std::string_view::npos) << id;
            EXPECT_EQ(words.find("lines["), std::string_view::npos) << id;
        }
    }
}

TEST(KioskWording, MissingKeysShowAsThemselvesAndPlaceholdersFill) {
    const Wording& w = Wording::built_in();
    EXPECT_EQ(w.get("no.such_key", false), "[[no.such_key]]");
    EXPECT_EQ(w.format("question.progress", false, {{"number", "3"}, {"total", "24"}}), "Question 3 of 24");
}

TEST(KioskWording, BadFilesAreReportedWithTheirLine) {
    try {
        Wording::from_toml("[a]\nb = 3\n", "");
        FAIL() << "a number was accepted as wording";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().code, ErrorCode::WrongType);
        EXPECT_EQ(e.error().where.line, 2);
        EXPECT_EQ(e.error().where.column, 5);
        EXPECT_EQ(e.error().where.field, "a.b");
        EXPECT_NE(e.error().to_string().find("en-GB.toml:2:5: a.b: the wording for a.b must be text in quotes"), std::string::npos)
            << e.error().to_string();
    }
}

}  // namespace
}  // namespace openras::kiosk
