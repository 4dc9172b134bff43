// `rules diff`: every kind of change between two rule sets, named in plain words.
#include "rules/ruleset_diff.hpp"

#include "calibration_fixtures.hpp"

#include <gtest/gtest.h>

namespace openras {
namespace {

using test::calibration_rule_set;

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << "the fixture has no \"" << from << "\"";
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

std::vector<std::string> diff_lines(const std::string& new_text, const std::string& old_text = calibration_rule_set()) {
    const auto a = test::load_calibration_rules(old_text);
    const auto b = test::load_calibration_rules(new_text);
    std::vector<std::string> out;
    if (!a || !b) return out;
    for (const RuleSetDifference& d : diff_rule_sets(*a, *b))
        out.push_back(d.section + " | " +
                      (d.kind == DifferenceKind::Added ? "Added" : d.kind == DifferenceKind::Removed ? "Removed" : "Changed") +
                      ": " + d.text);
    return out;
}

TEST(RuleSetDiff, IdenticalRuleSetsHaveNoDifference) {
    EXPECT_TRUE(diff_lines(calibration_rule_set()).empty());
    const auto rules = test::load_calibration_rules();
    EXPECT_NE(rule_set_diff_text(*rules, *rules, {}).find("The two rule sets are the same."), std::string::npos);
}

TEST(RuleSetDiff, CommentsAndLayoutAreNotDifferences) {
    EXPECT_TRUE(diff_lines(replaced(calibration_rule_set(), "[[domain]]", "# a new comment\n\n[[domain]]")).empty());
}

TEST(RuleSetDiff, ChangedPointsNameTheQuestionAndTheAnswer) {
    EXPECT_EQ(diff_lines(replaced(calibration_rule_set(), "easy_read = \"Some\", points = 10 }", "easy_read = \"Some\", points = 12 }")),
              (std::vector<std::string>{
                  "Questionnaire and points | Changed: question care, answer \"some\": 10 points → 12 points"}));
}

TEST(RuleSetDiff, ChangedTopPointsAlsoChangeTheDomainsMostPoints) {
    const auto lines = diff_lines(replaced(calibration_rule_set(), "easy_read = \"Most\", points = 30 }", "easy_read = \"Most\", points = 32 }"));
    EXPECT_EQ(lines, (std::vector<std::string>{
                         "Questionnaire and points | Changed: domain daily_living's most points: 50 points → 52 points",
                         "Questionnaire and points | Changed: question care, answer \"most\": 30 points → 32 points"}));
}

TEST(RuleSetDiff, InformalSupportSharesAreShownAsPercentages) {
    const auto lines = diff_lines(replaced(calibration_rule_set(), "points_remaining = \"75%\"", "points_remaining = \"0.7\""));
    EXPECT_EQ(lines, (std::vector<std::string>{
                         "Questionnaire and points | Changed: question family_help, answer \"some\": 75% of points count → "
                         "70% of points count"}));
}

TEST(RuleSetDiff, AddedAndRemovedQuestionsAndAnswers) {
    std::string text = replaced(calibration_rule_set(), "    { id = \"more\", text = \"More\", easy_read = \"More\", points = 20 },\n  ]\n\n  [[domain.question]]\n  id = \"family_help\"",
                                "    { id = \"more\", text = \"More\", easy_read = \"More\", points = 20 },\n"
                                "    { id = \"all\", text = \"All\", easy_read = \"All\", points = 25 },\n  ]\n\n  [[domain.question]]\n  id = \"family_help\"");
    text = replaced(text, "  [[domain.question]]\n  id = \"carer_time\"", "  [[domain.question]]\n  id = \"carer_hours\"");
    const auto lines = diff_lines(text);
    auto has = [&](const std::string& line) { return std::find(lines.begin(), lines.end(), line) != lines.end(); };
    EXPECT_TRUE(has("Questionnaire and points | Added: question safety, answer \"all\" (\"All\"): 25 points"));
    EXPECT_TRUE(has("Questionnaire and points | Added: question carer_hours in domain carer: \"How much does your carer "
                    "do?\" (answers none, lots)"));
    EXPECT_TRUE(has("Questionnaire and points | Removed: question carer_time from domain carer: \"How much does your "
                    "carer do?\""));
}

TEST(RuleSetDiff, ConversionHeaderParametersRulesAndThresholds) {
    std::string text = replaced(calibration_rule_set(), "version = \"2026.1\"", "version = \"2026.2\"");
    text = replaced(text, "  method = \"price-per-point\"\n  rate = \"£2.50\"   # synthetic",
                    "  method = \"base-plus-rate\"\n  base = \"£20.00\"\n  rate = \"£2.00\"");
    text = replaced(text, "value = \"£60.00\"", "value = \"£70.00\"");
    text = replaced(text, "when = 'answer(\"safety\") == \"more\"'", "when = 'answer(\"safety\") != \"none\"'");
    text = replaced(text, "weekly_above = \"£100.00\"", "weekly_above = \"£120.00\"");
    const auto lines = diff_lines(text);
    const std::vector<std::string> expected{
        "Header | Changed: version: \"2026.1\" → \"2026.2\"",
        "Parameters | Changed: parameter night_uplift: £60.00 → £70.00",
        "Streams and conversions | Changed: stream main's conversion: price-per-point → base-plus-rate",
        "Streams and conversions | Changed: stream main's base a week: (none) → £20.00",
        "Streams and conversions | Changed: stream main's rate per point a week: £2.50 → £2.00",
        "Council rules | Changed: rule waking_nights's condition: 'answer(\"safety\") == \"more\"' → "
        "'answer(\"safety\") != \"none\"'",
        "Panel thresholds | Changed: threshold ceiling's weekly amount above which the panel decides: £100.00 → £120.00"};
    EXPECT_EQ(lines, expected);
}

TEST(RuleSetDiff, BandsAreComparedOneByOne) {
    const std::string bands = R"(  method = "bands"
  citation = "Test policy 5.1"

  [[stream.conversion.band]]
  from = 0
  to = 19
  weekly = "£50.00"
  citation = "Band A"

  [[stream.conversion.band]]
  from = 20
  weekly = "£90.00"
  citation = "Band B")";
    const std::string old_text = replaced(calibration_rule_set(), "  method = \"price-per-point\"\n  rate = \"£2.50\"   # synthetic\n  citation = \"Test policy 5.1\"", bands);
    std::string new_text = replaced(old_text, "to = 19", "to = 24");
    new_text = replaced(new_text, "  from = 20\n", "  from = 25\n");
    new_text = replaced(new_text, "weekly = \"£90.00\"", "weekly = \"£95.00\"");
    const auto lines = diff_lines(new_text, old_text);
    EXPECT_EQ(lines, (std::vector<std::string>{
                         "Streams and conversions | Changed: stream main, band 1's points: 0 to 19 points → 0 to 24 points",
                         "Streams and conversions | Changed: stream main, band 2's points: 20 or more points → 25 or more points",
                         "Streams and conversions | Changed: stream main, band 2's weekly amount: £90.00 → £95.00"}));
}

TEST(RuleSetDiff, TheReportCountsEachKind) {
    const auto a = test::load_calibration_rules();
    const auto b = test::load_calibration_rules(replaced(calibration_rule_set(), "value = \"£60.00\"", "value = \"£70.00\""));
    const std::string text = rule_set_diff_text(*a, *b, diff_rule_sets(*a, *b));
    EXPECT_NE(text.find("Parameters\n  Changed: parameter night_uplift: £60.00 → £70.00\n"), std::string::npos) << text;
    EXPECT_NE(text.find("1 difference: 0 added, 0 removed, 1 changed."), std::string::npos) << text;
}

}  // namespace
}  // namespace openras
