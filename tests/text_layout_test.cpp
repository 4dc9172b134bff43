// Plain-text layout (widths in characters, amounts right-aligned) and the words for each
// explanation line (stable rule references and citations).
#include "alloc/report/line_description.hpp"
#include "alloc/report/report_format.hpp"
#include "alloc/report/text_layout.hpp"

#include "rules/budget_engine.hpp"
#include "test_rule_sets.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace openras {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Widths
// ---------------------------------------------------------------------------------------------

TEST(TextLayout, DisplayWidthCountsCharactersNotBytes) {
    EXPECT_EQ(std::string("£").size(), 2u);  // two bytes in UTF-8...
    EXPECT_EQ(display_width("£"), 1);          // ...one character on the screen
    EXPECT_EQ(display_width("£12.50"), 6);
    EXPECT_EQ(display_width("45 points × £3.20"), 17);
    EXPECT_EQ(display_width("abc"), 3);
    EXPECT_EQ(display_width(""), 0);
    EXPECT_EQ(display_width("€"), 1);  // three bytes
}

// ---------------------------------------------------------------------------------------------
// Numbered rows
// ---------------------------------------------------------------------------------------------

TEST(TextLayout, NumberedRowPutsTheAmountAtTheRightEdge) {
    // "  3  Personal care" is 18 characters and "£12.00" 6, so 78 − 18 − 6 = 54 spaces between.
    EXPECT_EQ(numbered_row(3, "Personal care", "£12.00"), "  3  Personal care" + std::string(54, ' ') + "£12.00\n");
}

TEST(TextLayout, NumberedRowNumberColumn) {
    EXPECT_EQ(numbered_row(12, "A", "£1.00").substr(0, 6), " 12  A");
    EXPECT_EQ(numbered_row(123, "A", "£1.00").substr(0, 6), "123  A");
    EXPECT_EQ(numbered_row(0, "A", "£1.00").substr(0, 6), "     A");  // no number
}

TEST(TextLayout, NumberedRowAlignsAmountsWhateverTheTitleLength) {
    const std::vector<std::string> titles = {
        "Base",
        "Personal care: 45 points × £3.20",
        "Personal care: help from family and friends, 11.25 points not counted × £3.20",
        "A very long title that keeps going and going so that it must be wrapped over more than two "
        "lines of the report, with £ signs £ and × signs × to be sure they count as one character each",
    };
    for (const std::string amount : {"£12.00", "-£37.50", "£1,234.56"}) {
        for (const auto& title : titles) {
            SCOPED_TRACE(title + " / " + amount);
            const std::string row = numbered_row(7, title, amount);
            ASSERT_FALSE(row.empty());
            EXPECT_EQ(row.back(), '\n');
            const auto rows = lines_of(row);
            ASSERT_FALSE(rows.empty());
            // The amount ends the last line, and that line is exactly the report width, so every
            // amount's last character is in column 78.
            const std::string& last = rows.back();
            ASSERT_GE(last.size(), amount.size());
            EXPECT_EQ(last.substr(last.size() - amount.size()), amount);
            EXPECT_EQ(display_width(last), kReportWidth);
            // Earlier lines carry only the title, are indented under it, and fit the width.
            for (std::size_t i = 0; i < rows.size(); ++i) {
                EXPECT_LE(display_width(rows[i]), kReportWidth);
                if (i > 0) {
                    EXPECT_EQ(rows[i].substr(0, 5), "     ");
                }
                if (i + 1 < rows.size()) {
                    EXPECT_EQ(rows[i].find(amount), std::string::npos);
                }
            }
            // No word of the title is lost or reordered by wrapping.
            std::istringstream original(title), wrapped(row.substr(5));
            std::vector<std::string> want, got;
            for (std::string w; original >> w;) want.push_back(w);
            for (std::string w; wrapped >> w;) got.push_back(w);
            ASSERT_FALSE(got.empty());
            got.pop_back();  // the amount
            EXPECT_EQ(got, want);
        }
    }
}

TEST(TextLayout, LongTitlesWrapOntoSeveralLines) {
    const std::string title(40, 'a');
    const std::string row = numbered_row(1, title + " " + title, "£5.00");
    const auto rows = lines_of(row);
    ASSERT_EQ(rows.size(), 2u);  // 81 characters do not fit in the 59 the title may use
    EXPECT_EQ(rows[0], "  1  " + title);
    EXPECT_EQ(rows[1].substr(0, 5 + 40), "     " + title);
}

// ---------------------------------------------------------------------------------------------
// Wrapped paragraphs
// ---------------------------------------------------------------------------------------------

TEST(TextLayout, IndentWrappedIndentsEveryLineAndFitsTheWidth) {
    const std::string text =
        "The weekly amount is more than £1,000, so the funding panel will look at it and agree it. "
        "The full amount you need is still shown.";
    const std::string out = indent_wrapped(text, 4);
    ASSERT_FALSE(out.empty());
    EXPECT_EQ(out.back(), '\n');
    const auto rows = lines_of(out);
    EXPECT_GE(rows.size(), 2u);
    std::string joined;
    for (const auto& row : rows) {
        EXPECT_EQ(row.substr(0, 4), "    ");
        EXPECT_NE(row[4], ' ');
        EXPECT_LE(display_width(row), kReportWidth);
        joined += (joined.empty() ? "" : " ") + row.substr(4);
    }
    EXPECT_EQ(joined, text);
    EXPECT_EQ(indent_wrapped("", 4), "");
    EXPECT_EQ(indent_wrapped("Short.", 2), "  Short.\n");
}

// ---------------------------------------------------------------------------------------------
// Describing explanation lines
// ---------------------------------------------------------------------------------------------

class DescribeLine : public ::testing::Test {
protected:
    void use(const std::string& text) {
        rules = test::load_ok(text);
        ASSERT_NE(rules, nullptr);
        engine = std::make_unique<BudgetEngine>(rules);
    }
    IndicativeBudget evaluate(const std::vector<std::pair<std::string, std::string>>& answers) {
        return engine->evaluate(test::answers_for(*rules, answers));
    }
    // The description of the only line of `kind` in `b`.
    LineDescription describe(const IndicativeBudget& b, LineKind kind, int subject = -2) {
        const ExplanationLine* found = nullptr;
        for (const auto& line : b.explanation)
            if (line.kind == kind && (subject == -2 || line.subject == subject)) {
                EXPECT_EQ(found, nullptr) << "more than one " << line_kind_name(kind) << " line";
                found = &line;
            }
        if (!found) {
            ADD_FAILURE() << "no " << line_kind_name(kind) << " line";
            return {};
        }
        return describe_line(b, *found);
    }
    std::shared_ptr<const RuleSet> rules;
    std::unique_ptr<BudgetEngine> engine;
};

// Base £30 + £2.50 a point, and a rule that adds £10.00 when washing is "some".
const std::string kBaseAndRule = R"(  method = "base-plus-rate"
  base = "£30.00"
  rate = "£2.50"
  citation = "Test policy 5.1")";
const std::string kWashingRule = R"(
[[parameter]]
id = "wash_uplift"
value = "£10.00"
citation = "Test policy 6.1"

[[rule]]
id = "washing_help"
title = "Extra for help to wash"
when = 'answer("washing") == "some"'
amount = 'wash_uplift'
citation = { text = "Test policy 6.1", url = "https://example.org/policy#6.1" }
)";

// washing some (3 points) kept at 75% = 2.25 points: £30 + 562.5p + £10 = 4562.5p → 4563p;
// the lines round to 3000 + 750 − 188 + 0 + 1000 = 4562p, so there is a rounding line of 1p.
const std::vector<std::pair<std::string, std::string>> kEveryKindOfLine = {
    {"eating", "none"}, {"washing", "some"}, {"family_help", "some"}, {"getting_out", "none"}};

TEST_F(DescribeLine, EveryLineHasAStableRuleReference) {
    use(test::engine_rule_set(kBaseAndRule, kWashingRule));
    const IndicativeBudget b = evaluate(kEveryKindOfLine);
    ASSERT_EQ(b.weekly, Money::from_pence(4563));
    std::vector<std::string> references;
    for (const auto& line : b.explanation) references.push_back(describe_line(b, line).rule);
    EXPECT_EQ(references, (std::vector<std::string>{"stream.main.base", "domain.care", "question.family_help",
                                                    "domain.community", "rule.washing_help", "rounding"}));
}

TEST_F(DescribeLine, BaseLineCitesTheConversion) {
    use(test::engine_rule_set(kBaseAndRule, kWashingRule));
    const LineDescription d = describe(evaluate(kEveryKindOfLine), LineKind::Base);
    EXPECT_EQ(d.rule, "stream.main.base");
    EXPECT_EQ(d.citation.text, "Test policy 5.1");
    EXPECT_FALSE(d.title.empty());
}

TEST_F(DescribeLine, DomainLineCitesTheDomainAndListsItsAnswers) {
    use(test::engine_rule_set(kBaseAndRule, kWashingRule));
    const LineDescription d = describe(evaluate(kEveryKindOfLine), LineKind::DomainPoints, 0);
    EXPECT_EQ(d.rule, "domain.care");
    EXPECT_EQ(d.citation.text, "Test questionnaire, domain 1");
    EXPECT_EQ(d.title, "Personal care: 3 points × £2.50");
    using Input = std::pair<std::string, std::string>;
    EXPECT_EQ(d.inputs, (std::vector<Input>{{"eating", "none (0 points)"}, {"washing", "some (3 points)"}}));
}

TEST_F(DescribeLine, InformalSupportLineCitesTheQuestionAndSaysWhatCounts) {
    use(test::engine_rule_set(kBaseAndRule, kWashingRule));
    const LineDescription d = describe(evaluate(kEveryKindOfLine), LineKind::InformalSupport);
    EXPECT_EQ(d.rule, "question.family_help");
    EXPECT_EQ(d.citation.text, "Test policy 4.1");
    // 3 points × (1 − 75%) = 0.75 points not counted.
    EXPECT_EQ(d.title, "Personal care: help from family and friends, 0.75 points not counted × £2.50");
    EXPECT_EQ(d.detail, "You said: \"Some of it\". So 75% of 3 points count.");
    ASSERT_EQ(d.inputs.size(), 1u);
    EXPECT_EQ(d.inputs[0].first, "family_help");
    EXPECT_EQ(d.inputs[0].second, "some (75% of points remain)");
}

TEST_F(DescribeLine, RuleLineCitesTheRuleAndNamesWhatItRead) {
    use(test::engine_rule_set(kBaseAndRule, kWashingRule));
    const LineDescription d = describe(evaluate(kEveryKindOfLine), LineKind::Rule);
    EXPECT_EQ(d.rule, "rule.washing_help");
    EXPECT_EQ(d.title, "Extra for help to wash");
    EXPECT_EQ(d.citation.text, "Test policy 6.1");
    EXPECT_EQ(d.citation.url, "https://example.org/policy#6.1");
    EXPECT_EQ(d.detail, "Applies because answer(\"washing\") == \"some\".");
    using Input = std::pair<std::string, std::string>;
    EXPECT_EQ(d.inputs, (std::vector<Input>{{"washing", "some"}, {"wash_uplift", "£10.00"}}));
}

TEST_F(DescribeLine, RoundingLineCitesTheRuleSetAndNamesTheRule) {
    use(test::engine_rule_set(kBaseAndRule, kWashingRule));
    const LineDescription d = describe(evaluate(kEveryKindOfLine), LineKind::Rounding);
    EXPECT_EQ(d.rule, "rounding");
    EXPECT_EQ(d.citation.text, "Test policy 1");  // the [ruleset] header's citation
    EXPECT_NE(d.detail.find("half-up"), std::string::npos) << d.detail;
}

TEST_F(DescribeLine, BandLineNamesTheBandAndCitesIt) {
    use(test::engine_rule_set(R"(  method = "bands"
  citation = "Test policy 5.2"

  [[stream.conversion.band]]
  from = 0
  to = 9
  weekly = "£40.00"
  citation = "Band A"

  [[stream.conversion.band]]
  from = 10
  weekly = "£75.00"
  citation = "Band B")"));
    // 8 + 3 = 11 points kept at 75% = 8.25: band A, looked up with 8 whole points.
    const IndicativeBudget low =
        evaluate({{"eating", "some"}, {"washing", "some"}, {"family_help", "some"}, {"getting_out", "none"}});
    const LineDescription a = describe(low, LineKind::Band);
    EXPECT_EQ(a.rule, "stream.main.band[0]");
    EXPECT_EQ(a.citation.text, "Band A");
    EXPECT_EQ(a.title, "Band for 0 to 9 points");
    EXPECT_EQ(a.detail, "You have 8.25 points; the band uses the whole number, 8 points.");
    // Domain lines under bands carry points only.
    EXPECT_EQ(describe(low, LineKind::DomainPoints, 0).title, "Personal care: 11 points");

    // 20 + 12 = 32 points: the open-ended band B.
    const LineDescription b =
        describe(evaluate({{"eating", "lots"}, {"washing", "none"}, {"family_help", "none"}, {"getting_out", "lots"}}),
                 LineKind::Band);
    EXPECT_EQ(b.rule, "stream.main.band[1]");
    EXPECT_EQ(b.citation.text, "Band B");
    EXPECT_EQ(b.title, "Band for 10 or more points");
    EXPECT_EQ(b.detail, "You have 32 points.");
}

TEST_F(DescribeLine, SecondStreamLinesNameTheirOwnStream) {
    use(test::engine_rule_set(kBaseAndRule, R"(
[[stream]]
id = "carer"
title = "Carer element"
restrictions = "For your family carer."
citation = "Care Act 2014, s.20"

  [stream.conversion]
  method = "base-plus-rate"
  base = "£5.00"
  rate = "£1.50"
  citation = "Test policy 5.3"

[[domain]]
id = "carer_support"
title = "Your family carer"
easy_read = "Your carer"
stream = "carer"
citation = "Test questionnaire, domain 8"

  [[domain.question]]
  id = "carer_time"
  text = "How much time does your family carer give?"
  easy_read = "Carer time?"
  citation = "Test questionnaire, 8.1"
  answers = [
    { id = "none", text = "None", easy_read = "None", points = 0 },
    { id = "lots", text = "Day and night", easy_read = "Lots", points = 10 },
  ]
)"));
    const IndicativeBudget b = evaluate(
        {{"eating", "none"}, {"washing", "none"}, {"family_help", "none"}, {"getting_out", "none"}, {"carer_time", "lots"}});
    std::vector<std::string> references;
    for (const auto& line : b.explanation)
        if (line.stream == 1) references.push_back(describe_line(b, line).rule);
    EXPECT_EQ(references, (std::vector<std::string>{"stream.carer.base", "domain.carer_support"}));
    EXPECT_EQ(describe(b, LineKind::DomainPoints, 2).title, "Your family carer: 10 points × £1.50");
    EXPECT_EQ(describe(b, LineKind::DomainPoints, 2).citation.text, "Test questionnaire, domain 8");
}

TEST(LineDescription, PointsAndPercentText) {
    EXPECT_EQ(points_text(Rational(149, 2)), "74.5");
    EXPECT_EQ(points_text(Rational(45)), "45");
    EXPECT_EQ(points_text(Rational(223, 3)), "74 1/3");
    EXPECT_EQ(points_text(Rational(1, 3)), "1/3");
    EXPECT_EQ(points_text(Rational(-15, 4)), "-3.75");
    EXPECT_EQ(percent_text(Rational(3, 4)), "75%");
    EXPECT_EQ(percent_text(Rational(1)), "100%");
    EXPECT_EQ(percent_text(Rational(1, 3)), "33 1/3%");
}

}  // namespace
}  // namespace openras

namespace openras {
namespace {

TEST(ReportFormat, ANearlyPerfectFitIsNeverRoundedUpToAPerfectOne) {
    // Issue 21: an R² of 0.999 was reported as "explains 100 %".
    EXPECT_EQ(share_not_rounded_up(0.999, 2), "0.999");
    EXPECT_EQ(share_not_rounded_up(99.9, 0), "99.9");
    EXPECT_EQ(share_not_rounded_up(0.99995, 2), "0.99995");
    EXPECT_EQ(share_not_rounded_up(1.0, 2), "1.00");
    EXPECT_EQ(share_not_rounded_up(100.0, 0), "100");
    EXPECT_EQ(share_not_rounded_up(0.81, 2), "0.81");
    EXPECT_EQ(share_not_rounded_up(81.4, 0), "81");
    EXPECT_EQ(share_not_rounded_up(-0.2, 2), "-0.20");
}

}  // namespace
}  // namespace openras
