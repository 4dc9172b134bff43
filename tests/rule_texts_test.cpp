// A rule set's texts in other languages (rules/rule_texts.hpp): the model RAS states Welsh,
// Polish and Urdu and has every text in each; a language stated without its file, a text
// missing, empty or for an id the rule set does not have, and a file for another language or
// rule set are each refused at their file, line and field; loading from the record's copy of
// the text alone (as replay does) needs no language files; and translations never change a
// budget.
#include "rules/budget_engine.hpp"
#include "rules/rule_texts.hpp"
#include "rules/ruleset_loader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

namespace openras {
namespace {

std::string file_text(const std::string& path) {
    std::ifstream in(path);
    std::stringstream all;
    all << in.rdbuf();
    return all.str();
}

const std::string kModel = std::string(OPENRAS_SOURCE_DIR) + "/rules/sets/model-ras.toml";

TEST(RuleTexts, TheModelRasHasEveryTextInWelshPolishAndUrdu) {
    const RuleSetLoad load = load_rule_set_file(kModel);
    ASSERT_TRUE(load.rule_set) << load.problems.errors().front().to_string();
    const RuleSet& rules = *load.rule_set;
    EXPECT_EQ(rules.languages, (std::vector<std::string>{"cy", "pl", "ur"}));
    for (const std::string& language : rules.languages) {
        for (const Question& q : rules.questions) {
            const std::string_view text = rules.text_in(language, "question." + q.id + ".text", q.text);
            EXPECT_NE(text, q.text) << language << " " << q.id;
            for (const AnswerOption& a : q.answers)
                EXPECT_NE(rules.text_in(language, "question." + q.id + ".answer." + a.id + ".text", a.text), a.text)
                    << language << " " << q.id << " " << a.id;
        }
    }
    // The built-in copy has them too, and English is the rule set's own.
    const auto built_in = embedded_default_rule_set();
    EXPECT_EQ(built_in->translations.size(), 3u);
    EXPECT_EQ(built_in->text_in("en-GB", "domain.personal_care.title", "Meeting personal care needs"), "Meeting personal care needs");
    EXPECT_EQ(built_in->hash, rules.hash);
}

// A copy of the model RAS and its language files in a folder of the test's own, with `edit`
// applied to the Welsh file.
std::string model_copy(const std::string& folder, const std::function<void(std::string&)>& edit_welsh, bool drop_polish = false) {
    std::filesystem::create_directories(folder);
    std::ofstream(folder + "/m.toml") << file_text(kModel);
    for (const char* language : {"cy", "pl", "ur"}) {
        if (drop_polish && std::string(language) == "pl") continue;
        std::string text = file_text(std::string(OPENRAS_SOURCE_DIR) + "/rules/sets/model-ras." + language + ".toml");
        if (std::string(language) == "cy") edit_welsh(text);
        std::ofstream(folder + "/m." + language + ".toml") << text;
    }
    return folder + "/m.toml";
}

std::vector<std::string> problems_of(const std::string& path) {
    const RuleSetLoad load = load_rule_set_file(path);
    std::vector<std::string> out;
    for (const Error& e : load.problems.errors()) out.push_back(e.to_string());
    EXPECT_FALSE(load.rule_set) << "a rule set with problems is never returned";
    return out;
}

void replace_first(std::string& text, const std::string& what, const std::string& with) {
    const std::size_t at = text.find(what);
    ASSERT_NE(at, std::string::npos) << what;
    text.replace(at, what.size(), with);
}

TEST(RuleTexts, EachMistakeInALanguageFileIsNamedAtItsPlace) {
    const std::string folder = (std::filesystem::temp_directory_path() / "openras-rule-texts").string();
    std::filesystem::remove_all(folder);
    // A stated language with no file.
    std::vector<std::string> p = problems_of(model_copy(folder + "/a", [](std::string&) {}, true));
    ASSERT_EQ(p.size(), 1u);
    EXPECT_NE(p[0].find("m.pl.toml"), std::string::npos) << p[0];
    EXPECT_NE(p[0].find("states the language \"pl\""), std::string::npos) << p[0];
    // A text for an id the rule set does not have, and so one it does have missing.
    p = problems_of(model_copy(folder + "/b", [](std::string& t) {
        replace_first(t, "[question.learning.answer.none]", "[question.learnin.answer.none]");
    }));
    ASSERT_EQ(p.size(), 4u);
    bool unknown_at_line = false;
    for (const std::string& one : p) unknown_at_line |= one.find("m.cy.toml:") != std::string::npos &&
                                                         one.find("question.learnin.answer.none.text") != std::string::npos &&
                                                         one.find("is not a text of this rule set") != std::string::npos;
    EXPECT_TRUE(unknown_at_line);
    // A file for another language.
    p = problems_of(model_copy(folder + "/c", [](std::string& t) {
        replace_first(t, "language = \"cy\"", "language = \"pl\"");
    }));
    ASSERT_EQ(p.size(), 1u);
    EXPECT_NE(p[0].find("`language` must be \"cy\", not \"pl\""), std::string::npos) << p[0];
    // Not TOML at all.
    p = problems_of(model_copy(folder + "/d", [](std::string& t) { t += "\n[broken\n"; }));
    ASSERT_EQ(p.size(), 1u);
    EXPECT_NE(p[0].find("m.cy.toml:"), std::string::npos) << p[0];
    // A plan check's message with a blank the check has no value for.
    p = problems_of(model_copy(folder + "/e", [](std::string& t) {
        replace_first(t, "Mae cwestiwn {number} heb ei ateb", "Mae cwestiwn {numbr} heb ei ateb");
    }));
    ASSERT_EQ(p.size(), 1u);
    EXPECT_NE(p[0].find("m.cy.toml:"), std::string::npos) << p[0];
    EXPECT_NE(p[0].find("plan_check."), std::string::npos) << p[0];
    std::filesystem::remove_all(folder);
}

TEST(RuleTexts, ALanguageListIsCheckedInTheHeader) {
    std::string text = file_text(kModel);
    replace_first(text, "languages = [\"cy\", \"pl\", \"ur\"]", "languages = [\"cy\", \"cy\", \"Welsh\", \"en\"]");
    const RuleSetLoad load = load_rule_set(text, "x.toml");
    ASSERT_EQ(load.problems.size(), 3u);
    EXPECT_NE(load.problems.errors()[0].to_string().find("stated twice"), std::string::npos);
}

TEST(RuleTexts, ReplayingFromTheRecordsCopyNeedsNoLanguageFilesAndTranslationsNeverChangeABudget) {
    const RuleSetLoad from_text = load_rule_set(file_text(kModel), "stored in the record");
    ASSERT_TRUE(from_text.rule_set);
    EXPECT_TRUE(from_text.rule_set->translations.empty());
    const RuleSetLoad with_texts = load_rule_set_file(kModel);
    ASSERT_TRUE(with_texts.rule_set);
    EXPECT_EQ(from_text.rule_set->hash, with_texts.rule_set->hash);
    AnswerSheet answers;
    for (const Question& q : from_text.rule_set->questions) answers.answer_index.push_back(int(q.answers.size()) - 1);
    const BudgetEngine plain(from_text.rule_set), translated(with_texts.rule_set);
    EXPECT_EQ(plain.evaluate(answers).weekly, translated.evaluate(answers).weekly);
}

}  // namespace
}  // namespace openras
