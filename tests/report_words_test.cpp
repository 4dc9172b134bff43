// The reports' words in each language (alloc/report/report_words.hpp): every file has every
// key with its language's plural forms and the same {placeholders}; `openras budget
// --language cy` gives the same budget, figure for figure, in Welsh words and Welsh dates; an
// unknown language is refused naming --language.
#include "alloc/budget/assessment.hpp"
#include "alloc/budget/budget_report.hpp"
#include "alloc/budget/budget_service.hpp"
#include "alloc/io/plural_rules.hpp"
#include "alloc/plan/plan_checker.hpp"
#include "alloc/plan/plan_file.hpp"
#include "alloc/plan/plan_report.hpp"
#include "alloc/report/report_words.hpp"
#include "rules/error.hpp"
#include "rules/ruleset_loader.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

namespace openras {
namespace {

std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> out;
    const std::regex name("\\{[a-z_]+\\}");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), name); it != std::sregex_iterator(); ++it) out.insert(it->str());
    return out;
}

// "line.points" for "line.points_one"; empty for a key that is not a count's.
std::string count_base(const std::string& key) {
    for (const char* form : {"_zero", "_one", "_two", "_few", "_many", "_other"}) {
        const std::string suffix(form);
        if (key.size() > suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0)
            return key.substr(0, key.size() - suffix.size());
    }
    return {};
}

TEST(ReportWords, EnglishWelshPolishAndUrduAreBuiltIn) {
    EXPECT_EQ(ReportWords::languages(), (std::vector<std::string>{"en-GB", "cy", "pl", "ur"}));
    EXPECT_EQ(ReportWords::in("cy").get("language.name"), "Cymraeg");
    EXPECT_TRUE(ReportWords::in("ur").right_to_left());
}

TEST(ReportWords, EveryLanguageHasEveryKeyWithItsPluralFormsAndPlaceholders) {
    const ReportWords& english = ReportWords::english();
    for (const std::string& language : ReportWords::languages()) {
        const ReportWords& words = ReportWords::in(language);
        std::set<std::string> bases;
        for (const std::string& key : english.keys()) {
            const std::string base = count_base(key);
            if (base.empty()) {
                ASSERT_TRUE(words.has(key)) << language << ": " << key << " is missing";
                if (key != "language.name") {
                    EXPECT_EQ(placeholders(words.get(key)), placeholders(english.get(key))) << language << ": " << key;
                }
            } else {
                bases.insert(base);
            }
        }
        for (const std::string& base : bases)
            for (const std::string& form : plural_categories(language)) {
                const std::string key = base + "_" + form;
                ASSERT_TRUE(words.has(key)) << language << ": " << key << " is missing (a count in " << language
                                            << " takes the " << form << " form)";
                EXPECT_EQ(placeholders(words.get(key)), placeholders(english.get(base + "_other"))) << language << ": " << key;
            }
        for (const std::string& key : words.keys()) {
            const std::string base = count_base(key);
            EXPECT_TRUE(english.has(key) || (!base.empty() && bases.count(base) > 0)) << language << ": " << key << " is not a key";
        }
    }
}

TEST(ReportWords, CountsTakeTheirLanguagesForm) {
    EXPECT_EQ(ReportWords::english().count("line.points", Rational(1), "1"), "1 point");
    EXPECT_EQ(ReportWords::english().count("line.points", Rational(45), "45"), "45 points");
    EXPECT_EQ(ReportWords::in("cy").count("line.points", Rational(2), "2"), "2 bwynt");
    EXPECT_EQ(ReportWords::in("cy").count("line.points", Rational(3), "3"), "3 phwynt");
    EXPECT_EQ(ReportWords::in("pl").count("line.points", Rational(5), "5"), "5 punkt\u00f3w");
    EXPECT_EQ(ReportWords::in("pl").count("line.points", Rational(45, 4), "11.25"), "11.25 punktu") << "not whole: other";
}

TEST(ReportWords, AnUnknownLanguageIsRefusedNamingTheOption) {
    try {
        (void)ReportWords::in("xx");
        FAIL() << "xx was accepted";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().where.field, "--language");
        EXPECT_NE(e.error().message.find("en-GB, cy, pl, ur"), std::string::npos) << e.error().message;
    }
}

// The amounts of money in a report, in order.
std::vector<std::string> amounts(const std::string& text) {
    std::vector<std::string> out;
    const std::regex money("-?\u00a3[0-9,]+\\.[0-9]{2}");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), money); it != std::sregex_iterator(); ++it) out.push_back(it->str());
    return out;
}

TEST(ReportWords, TheBudgetInWelshHasTheSameFiguresInWelshWords) {
    Diagnostics problems;
    RuleLibrary library;
    ASSERT_TRUE(library.add(embedded_default_rule_set(), problems));
    BudgetService service(std::move(library));
    const Assessment assessment = load_assessment_file(std::string(OPENRAS_SOURCE_DIR) + "/examples/sample-answers.toml");
    const IndicativeBudget b = service.compute(assessment, true, std::nullopt);
    const std::string english = budget_text(b);
    for (const char* language : {"cy", "pl", "ur"}) {
        const std::string text = budget_text(b, ReportWords::in(language));
        EXPECT_EQ(amounts(text), amounts(english)) << language << ": the same figures, in the same order";
        EXPECT_NE(text, english);
        EXPECT_EQ(text.find("How it was worked out"), std::string::npos) << language;
        EXPECT_EQ(text.find("help from family and friends"), std::string::npos) << language;
    }
    const std::string welsh = budget_text(b, ReportWords::in("cy"));
    EXPECT_NE(welsh.find("Cyllideb bersonol ddangosol"), std::string::npos);
    EXPECT_NE(welsh.find("1 Mai 2026"), std::string::npos) << "the date in Welsh";
    EXPECT_NE(welsh.find("Perthnasoedd: 2 bwynt"), std::string::npos) << "the domain's Welsh title and a mutated count";
    EXPECT_NE(welsh.find("Ar gyfer yr anghenion gofal a chymorth cymwys"), std::string::npos) << "what the money is for";
    EXPECT_NE(welsh.find("Dywedoch chi: \"Rhywfaint ohono\""), std::string::npos) << "the answer in Welsh";
}

}  // namespace
}  // namespace openras

namespace openras {
namespace {

TEST(ReportWords, APlanIsCheckedAndReportedInWelshWithTheSameFigures) {
    const auto rules = embedded_default_rule_set();
    const PlanLoad load = load_plan_file(std::string(OPENRAS_SOURCE_DIR) + "/tests/golden/plan/fails-excluded-alcohol/plan.toml");
    ASSERT_TRUE(load.plan);
    const SupportPlan& plan = *load.plan;
    PlanChecker english_checker(rules);
    PlanChecker welsh_checker(rules);
    welsh_checker.set_language("cy");
    const PlanBudget budget{true, Money::from_pence(28590), "a test"};
    const PlanCheckResult english = english_checker.check(plan, budget);
    const PlanCheckResult welsh = welsh_checker.check(plan, budget);
    ASSERT_EQ(english.findings.size(), welsh.findings.size());
    ASSERT_FALSE(english.findings.empty());
    for (std::size_t i = 0; i < english.findings.size(); ++i) {
        EXPECT_EQ(english.findings[i].rule, welsh.findings[i].rule) << "the same findings, in the same order";
        EXPECT_NE(english.findings[i].message, welsh.findings[i].message) << welsh.findings[i].rule << " is in Welsh";
    }
    const std::string english_text = plan_check_text(plan, english, *rules);
    const std::string welsh_text = plan_check_text(plan, welsh, *rules, ReportWords::in("cy"));
    EXPECT_EQ(amounts(welsh_text), amounts(english_text));
    EXPECT_NE(welsh_text.find("Gwirio'r cynllun cymorth"), std::string::npos);
    EXPECT_EQ(welsh_text.find("Support lines"), std::string::npos);
    EXPECT_EQ(english_text, plan_check_text(plan, english, *rules, ReportWords::english())) << "English is the default";
}

}  // namespace
}  // namespace openras
