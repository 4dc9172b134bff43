// The wording files (ImHex's habit): both files have the same keys, nothing is empty, every
// {placeholder} of a key is the same in both, and every key the kiosk's code names exists.
#include "alloc/io/plural_rules.hpp"
#include "kiosk/text/wording.hpp"
#include "rules/error.hpp"
#include "rules/ruleset_loader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
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

// The English keys a language must have: each count's pair (KEY_one, KEY_other) becomes the
// language's own plural forms (alloc/io/plural_rules.hpp).
std::map<std::string, std::string> expected_keys(const Wording& english, bool easy_read, const std::string& language) {
    std::map<std::string, std::string> out;  // key in the language → the English key it follows
    const std::vector<std::string> forms = plural_categories(language);
    for (const std::string& key : english.keys(easy_read)) {
        if (key.rfind("picture.", 0) == 0) continue;  // Easy Read alone has pictures, shared by every language
        const bool counted = key.size() > 4 && (key.ends_with("_one") || key.ends_with("_other")) &&
                             english.has(key.substr(0, key.rfind('_')) + "_one", easy_read) &&
                             english.has(key.substr(0, key.rfind('_')) + "_other", easy_read);
        if (!counted) {
            out.emplace(key, key);
            continue;
        }
        const std::string base = key.substr(0, key.rfind('_'));
        for (const std::string& form : forms) out.emplace(base + "_" + form, base + "_other");
    }
    return out;
}

TEST(KioskWording, EveryLanguageHasEveryKeyWithItsPluralFormsAndPlaceholders) {
    const Wording& english = Wording::built_in();
    EXPECT_EQ(Wording::built_in_languages().front(), "en-GB");
    for (const std::string& language : Wording::built_in_languages()) {
        SCOPED_TRACE(language);
        const Wording& w = Wording::built_in(language);
        EXPECT_EQ(w.language(), language);
        for (const bool easy_read : {false, true}) {
            const std::map<std::string, std::string> expected = expected_keys(english, easy_read, language);
            std::vector<std::string> have;
            for (const std::string& key : w.keys(easy_read))
                if (key.rfind("picture.", 0) != 0) have.push_back(key);
            std::vector<std::string> want;
            for (const auto& [key, follows] : expected) want.push_back(key);
            EXPECT_EQ(have, want) << (easy_read ? "Easy Read" : "plain");
            for (const auto& [key, follows] : expected) {
                if (!w.has(key, easy_read)) continue;
                if (key != "keyboard.letters") {  // English has no letters of its own
                    EXPECT_FALSE(w.get(key, easy_read).empty()) << key;
                }
                const std::set<std::string> mine = placeholders(w.get(key, easy_read));
                const std::set<std::string> theirs = placeholders(english.get(follows, easy_read));
                // A plural form may leave out the count ("one hour"); nothing else may differ.
                if (key == follows) EXPECT_EQ(mine, theirs) << key;
                else EXPECT_TRUE(std::includes(theirs.begin(), theirs.end(), mine.begin(), mine.end())) << key;
            }
        }
        // Easy Read's pictures are the same in every language.
        EXPECT_EQ(w.get("picture.start.what", true), english.get("picture.start.what", true));
    }
}

TEST(KioskWording, CountsTakeEachLanguagesPluralForm) {
    EXPECT_EQ(Wording::built_in().plural_key("plan.blockers", 1), "plan.blockers_one");
    EXPECT_EQ(Wording::built_in().plural_key("plan.blockers", 3), "plan.blockers_other");
    EXPECT_EQ(plural_categories("cy"), (std::vector<std::string>{"zero", "one", "two", "few", "many", "other"}));
    EXPECT_EQ(plural_category("cy", 2), "two");
    EXPECT_EQ(plural_category("cy", 3), "few");
    EXPECT_EQ(plural_category("cy", 6), "many");
    EXPECT_EQ(plural_category("pl", 2), "few");
    EXPECT_EQ(plural_category("pl", 5), "many");
    EXPECT_EQ(plural_category("pl", 22), "few");
    EXPECT_EQ(plural_category("ur", 1), "one");
    EXPECT_EQ(plural_category("ur", 4), "other");
}


TEST(KioskWording, EveryKeyTheCodeUsesIsInEveryFile) {
    const Wording& english = Wording::built_in();
    std::set<std::string> tables;
    for (const std::string& key : english.keys(false)) tables.insert(key.substr(0, key.find('.')));
    const std::set<std::string> used = keys_named_in_code(tables);
    EXPECT_GT(used.size(), 60u);
    for (const std::string& language : Wording::built_in_languages()) {
        const Wording& w = Wording::built_in(language);
        for (const std::string& key : used) {
            // A picture's key (widgets.hpp picture_for) is in Easy Read's [picture] table instead.
            if (!english.has(key, false) && english.has("picture." + key, true)) continue;
            // A count's words, named without their plural ending, are there in each of the
            // language's plural forms instead.
            const bool counted = !english.has(key, false) && english.has(key + "_other", false);
            std::vector<std::string> forms{key};
            if (counted) {
                forms.clear();
                for (const std::string& form : plural_categories(language)) forms.push_back(key + "_" + form);
            }
            for (const std::string& form : forms) {
                EXPECT_TRUE(w.has(form, false)) << form << " is missing from " << language << ".toml";
                EXPECT_TRUE(w.has(form, true)) << form << " is missing from " << language << "-easy-read.toml";
            }
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
