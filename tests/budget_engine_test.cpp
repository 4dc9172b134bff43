// The budget engine on small rule sets whose figures are worked out by hand in the comments:
// conversions, the visible informal-support reduction, council rules, panel thresholds that
// never cut the amount, the rounding line, the carer stream and yearly amounts.
#include "rules/budget_engine.hpp"

#include "test_rule_sets.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace openras {
namespace {

using test::answers_for;
using test::engine_rule_set;
using test::kPricePerPoint;
using test::replaced;

Money pence(std::int64_t p) { return Money::from_pence(p); }

std::vector<ExplanationLine> lines_of(const IndicativeBudget& b, LineKind kind, int stream = -1) {
    std::vector<ExplanationLine> out;
    for (const auto& line : b.explanation)
        if (line.kind == kind && (stream < 0 || line.stream == stream)) out.push_back(line);
    return out;
}

// The explanation lines of one stream add up exactly to its weekly amount.
void expect_lines_add_up(const IndicativeBudget& b) {
    for (std::size_t s = 0; s < b.streams.size(); ++s) {
        Money sum;
        for (const auto& line : b.explanation)
            if (line.stream == int(s)) sum += line.amount;
        EXPECT_EQ(sum, b.streams[s].weekly) << "stream " << s << "'s lines do not add up to its weekly amount";
    }
}

class Allocation : public ::testing::Test {
protected:
    // Loads `text` and builds an engine for it.
    void use(const std::string& text) {
        rules = test::load_ok(text);
        ASSERT_NE(rules, nullptr);
        engine = std::make_unique<BudgetEngine>(rules);
    }
    IndicativeBudget evaluate(const std::vector<std::pair<std::string, std::string>>& answers, bool explain = true) {
        return engine->evaluate(answers_for(*rules, answers), explain);
    }
    std::shared_ptr<const RuleSet> rules;
    std::unique_ptr<BudgetEngine> engine;
};

// eating = lots (20) + washing = lots (10) = 30 care points; family help "most" keeps 50%, so
// 15 count; getting_out = some gives 4. Total 19 points.
const std::vector<std::pair<std::string, std::string>> kHighNeeds = {
    {"eating", "lots"}, {"washing", "lots"}, {"family_help", "most"}, {"getting_out", "some"}};

// eating = some (8) + getting_out = some (4) = 12 points, no family help.
const std::vector<std::pair<std::string, std::string>> kTwelvePoints = {
    {"eating", "some"}, {"washing", "none"}, {"family_help", "none"}, {"getting_out", "some"}};

// ---------------------------------------------------------------------------------------------
// Conversions
// ---------------------------------------------------------------------------------------------

TEST_F(Allocation, PricePerPointMultipliesCountedPointsByTheRate) {
    use(engine_rule_set(kPricePerPoint));
    const IndicativeBudget b = evaluate(kHighNeeds);
    ASSERT_EQ(b.domains.size(), 2u);
    EXPECT_EQ(b.domains[0].raw_points, Rational(30));
    EXPECT_EQ(b.domains[0].share_kept, Rational(1, 2));
    EXPECT_EQ(b.domains[0].points, Rational(15));
    EXPECT_EQ(b.domains[1].raw_points, Rational(4));
    EXPECT_EQ(b.domains[1].share_kept, Rational(1));
    EXPECT_EQ(b.total_points, Rational(19));
    ASSERT_EQ(b.streams.size(), 1u);
    EXPECT_EQ(b.streams[0].points, Rational(19));
    // 19 points × £2.50 = £47.50.
    EXPECT_EQ(b.streams[0].exact_weekly, Rational(4750));
    EXPECT_EQ(b.streams[0].weekly, pence(4750));
    EXPECT_EQ(b.weekly, pence(4750));
    EXPECT_EQ(b.streams[0].band, -1);
    EXPECT_FALSE(b.refer_to_panel());
    expect_lines_add_up(b);
}

TEST_F(Allocation, BasePlusRateStartsFromTheBase) {
    use(engine_rule_set(R"(  method = "base-plus-rate"
  base = "£30.00"
  rate = "£2.50"
  citation = "Test policy 5.1")"));
    const IndicativeBudget b = evaluate(kTwelvePoints);
    // Base £30 + 12 points × £2.50 = £30 + £30 = £60.00.
    EXPECT_EQ(b.weekly, pence(6000));
    const auto base = lines_of(b, LineKind::Base);
    ASSERT_EQ(base.size(), 1u);
    EXPECT_EQ(base[0].amount, pence(3000));
    EXPECT_EQ(b.explanation.front().kind, LineKind::Base);  // the base comes first
    const auto domains = lines_of(b, LineKind::DomainPoints);
    ASSERT_EQ(domains.size(), 2u);
    EXPECT_EQ(domains[0].subject, 0);
    EXPECT_EQ(domains[0].points, Rational(8));
    EXPECT_EQ(domains[0].amount, pence(2000));  // 8 × £2.50
    EXPECT_EQ(domains[1].subject, 1);
    EXPECT_EQ(domains[1].amount, pence(1000));  // 4 × £2.50
    expect_lines_add_up(b);
}

TEST_F(Allocation, BasePlusRateWithNoPointsIsTheBase) {
    use(engine_rule_set(R"(  method = "base-plus-rate"
  base = "£30.00"
  rate = "£2.50"
  citation = "Test policy 5.1")"));
    const IndicativeBudget b =
        evaluate({{"eating", "none"}, {"washing", "none"}, {"family_help", "none"}, {"getting_out", "none"}});
    EXPECT_EQ(b.total_points, Rational(0));
    EXPECT_EQ(b.weekly, pence(3000));
}

const std::string kBands = R"(  method = "bands"
  citation = "Test policy 5.2"

  [[stream.conversion.band]]
  from = 0
  to = 9
  weekly = "£40.00"
  citation = "Band A"

  [[stream.conversion.band]]
  from = 10
  to = 19
  weekly = "£75.00"
  citation = "Band B"

  [[stream.conversion.band]]
  from = 20
  weekly = "£120.00"
  citation = "Band C")";

TEST_F(Allocation, BandsGiveTheBandsWeeklyAmount) {
    use(engine_rule_set(kBands));
    // 12 points: band B (10 to 19), £75.00.
    const IndicativeBudget b = evaluate(kTwelvePoints);
    EXPECT_EQ(b.streams[0].band, 1);
    EXPECT_EQ(b.weekly, pence(7500));
    const auto band = lines_of(b, LineKind::Band);
    ASSERT_EQ(band.size(), 1u);
    EXPECT_EQ(band[0].subject, 1);
    EXPECT_EQ(band[0].points, Rational(12));
    EXPECT_EQ(band[0].amount, pence(7500));
    // Under bands the domain lines carry points but no money.
    for (const auto& line : lines_of(b, LineKind::DomainPoints)) EXPECT_EQ(line.amount, Money{});
    expect_lines_add_up(b);
}

TEST_F(Allocation, BandsLookUpTheWholeNumberOfPoints) {
    use(engine_rule_set(kBands));
    // Care: eating some 8 + washing some 3 = 11, family "some" keeps 75%: 8.25 points. No other
    // points. The whole number is 8: band A, £40.00.
    const IndicativeBudget low =
        evaluate({{"eating", "some"}, {"washing", "some"}, {"family_help", "some"}, {"getting_out", "none"}});
    EXPECT_EQ(low.streams[0].points, Rational(33, 4));
    EXPECT_EQ(low.streams[0].band, 0);
    EXPECT_EQ(low.weekly, pence(4000));
    ASSERT_EQ(lines_of(low, LineKind::Band).size(), 1u);
    EXPECT_EQ(lines_of(low, LineKind::Band)[0].points, Rational(8));

    // 20 + 3 = 23 × 75% = 17.25, plus getting_out lots 12 = 29.25 points: whole 29, band C.
    const IndicativeBudget high =
        evaluate({{"eating", "lots"}, {"washing", "some"}, {"family_help", "some"}, {"getting_out", "lots"}});
    EXPECT_EQ(high.streams[0].points, Rational(117, 4));
    EXPECT_EQ(high.streams[0].band, 2);
    EXPECT_EQ(high.weekly, pence(12000));

    // eating some 8 + washing lots 10 = 18 points, no reduction: band B.
    const IndicativeBudget edge =
        evaluate({{"eating", "some"}, {"washing", "lots"}, {"family_help", "none"}, {"getting_out", "none"}});
    EXPECT_EQ(edge.streams[0].band, 1);
    EXPECT_EQ(edge.weekly, pence(7500));
}

TEST_F(Allocation, BandsAtTheirBoundaries) {
    use(engine_rule_set(kBands));
    // 8 + 12 = 20 points: the first point of band C.
    EXPECT_EQ(evaluate({{"eating", "some"}, {"washing", "none"}, {"family_help", "none"}, {"getting_out", "lots"}})
                  .weekly,
              pence(12000));
    // 20 × 50% = 10 points: the first point of band B.
    EXPECT_EQ(evaluate({{"eating", "lots"}, {"washing", "none"}, {"family_help", "most"}, {"getting_out", "none"}})
                  .weekly,
              pence(7500));
    // washing some 3 + getting_out some 4 = 7 points: band A.
    EXPECT_EQ(evaluate({{"eating", "none"}, {"washing", "some"}, {"family_help", "none"}, {"getting_out", "some"}})
                  .weekly,
              pence(4000));
}

// ---------------------------------------------------------------------------------------------
// Informal support
// ---------------------------------------------------------------------------------------------

TEST_F(Allocation, InformalSupportReductionIsItsOwnExplanationLine) {
    use(engine_rule_set(kPricePerPoint));
    const IndicativeBudget b = evaluate(kHighNeeds);
    // Lines: care 30 × £2.50 = £75.00; family help −15 points × £2.50 = −£37.50;
    // community 4 × £2.50 = £10.00. Total £47.50.
    ASSERT_EQ(b.explanation.size(), 3u);
    const ExplanationLine& care = b.explanation[0];
    EXPECT_EQ(care.kind, LineKind::DomainPoints);
    EXPECT_EQ(care.subject, 0);
    EXPECT_EQ(care.points, Rational(30));  // before the reduction
    EXPECT_EQ(care.amount, pence(7500));

    const ExplanationLine& informal = b.explanation[1];  // straight after its domain
    EXPECT_EQ(informal.kind, LineKind::InformalSupport);
    EXPECT_EQ(informal.subject, 0);
    EXPECT_EQ(informal.stream, 0);
    EXPECT_EQ(informal.points, Rational(-15));
    EXPECT_EQ(informal.share, Rational(1, 2));
    EXPECT_EQ(informal.exact_pence, Rational(-3750));
    EXPECT_EQ(informal.amount, pence(-3750));

    EXPECT_EQ(b.explanation[2].kind, LineKind::DomainPoints);
    EXPECT_EQ(b.explanation[2].subject, 1);
    EXPECT_EQ(b.explanation[2].amount, pence(1000));
    expect_lines_add_up(b);
}

TEST_F(Allocation, NoInformalSupportLineWhenFamilyGivesNone) {
    use(engine_rule_set(kPricePerPoint));
    const IndicativeBudget b = evaluate(kTwelvePoints);
    EXPECT_TRUE(lines_of(b, LineKind::InformalSupport).empty());
    EXPECT_EQ(b.domains[0].share_kept, Rational(1));
    EXPECT_EQ(b.weekly, pence(3000));  // 12 × £2.50
}

TEST_F(Allocation, InformalSupportUnderBandsRemovesPointsNotMoney) {
    use(engine_rule_set(kBands));
    const IndicativeBudget b = evaluate(kHighNeeds);  // 19 points: band B
    const auto informal = lines_of(b, LineKind::InformalSupport);
    ASSERT_EQ(informal.size(), 1u);
    EXPECT_EQ(informal[0].points, Rational(-15));
    EXPECT_EQ(informal[0].share, Rational(1, 2));
    EXPECT_EQ(informal[0].amount, Money{});
    EXPECT_EQ(b.weekly, pence(7500));
}

// ---------------------------------------------------------------------------------------------
// Rounding
// ---------------------------------------------------------------------------------------------

// washing some (3) kept at 75% = 2.25 points; nothing else.
const std::vector<std::pair<std::string, std::string>> kHalfPenny = {
    {"eating", "none"}, {"washing", "some"}, {"family_help", "some"}, {"getting_out", "none"}};

TEST_F(Allocation, RoundingRemainderIsItsOwnLineWhenTheLinesDoNotAddUp) {
    use(engine_rule_set(kPricePerPoint));
    const IndicativeBudget b = evaluate(kHalfPenny);
    // Exact: 2.25 × 250p = 562.5p, half-up → 563p.
    EXPECT_EQ(b.streams[0].exact_weekly, Rational(1125, 2));
    EXPECT_EQ(b.weekly, pence(563));
    // Lines: care 3 × 250 = 750p; family −0.75 × 250 = −187.5p → −188p (halves away from
    // zero); community 0p. They add up to 562p, so a rounding line of +1p makes 563p.
    const auto informal = lines_of(b, LineKind::InformalSupport);
    ASSERT_EQ(informal.size(), 1u);
    EXPECT_EQ(informal[0].exact_pence, Rational(-375, 2));
    EXPECT_EQ(informal[0].amount, pence(-188));
    const auto rounding = lines_of(b, LineKind::Rounding);
    ASSERT_EQ(rounding.size(), 1u);
    EXPECT_EQ(rounding[0].amount, pence(1));
    EXPECT_EQ(rounding[0].stream, 0);
    EXPECT_EQ(b.explanation.back().kind, LineKind::Rounding);  // last in its stream
    expect_lines_add_up(b);
}

TEST_F(Allocation, NoRoundingLineWhenTheRoundedLinesAddUp) {
    // Half-even: 562.5p → 562p, and −187.5p → −188p: 750 − 188 + 0 = 562p already.
    use(replaced(engine_rule_set(kPricePerPoint), "\"half-up\"", "\"half-even\""));
    const IndicativeBudget b = evaluate(kHalfPenny);
    EXPECT_EQ(b.weekly, pence(562));
    EXPECT_TRUE(lines_of(b, LineKind::Rounding).empty());
    expect_lines_add_up(b);
    // And whole-penny figures never need one.
    EXPECT_TRUE(lines_of(evaluate(kHighNeeds), LineKind::Rounding).empty());
}

// ---------------------------------------------------------------------------------------------
// Council rules
// ---------------------------------------------------------------------------------------------

const std::string kEatingUplift = R"(
[[parameter]]
id = "meal_uplift"
value = "£10.00"
citation = "Test policy 6.1"

[[rule]]
id = "meal_help"
title = "Extra for help at every meal"
when = 'answer("eating") == "lots"'
amount = 'meal_uplift'
citation = "Test policy 6.1"
)";

TEST_F(Allocation, AdjustmentRuleAddsALineOnlyWhenItsConditionHolds) {
    use(engine_rule_set(kPricePerPoint, kEatingUplift));
    // eating = lots: 19 points × £2.50 = £47.50, + £10.00 = £57.50.
    const IndicativeBudget with = evaluate(kHighNeeds);
    EXPECT_EQ(with.weekly, pence(5750));
    const auto rule_lines = lines_of(with, LineKind::Rule);
    ASSERT_EQ(rule_lines.size(), 1u);
    EXPECT_EQ(rule_lines[0].subject, 0);
    EXPECT_EQ(rule_lines[0].amount, pence(1000));
    expect_lines_add_up(with);

    // eating = some: the rule does not apply. 12 × £2.50 = £30.00.
    const IndicativeBudget without = evaluate(kTwelvePoints);
    EXPECT_EQ(without.weekly, pence(3000));
    EXPECT_TRUE(lines_of(without, LineKind::Rule).empty());
}

TEST_F(Allocation, RuleWithoutConditionAlwaysAppliesAndMayRemoveMoney) {
    use(engine_rule_set(kPricePerPoint, R"(
[[rule]]
id = "transport"
title = "Travel allowance"
amount = 'points("getting_out") * £0.25'
citation = "Test policy 6.4"

[[rule]]
id = "shared_meals"
title = "Meals shared with the household"
amount = '-£2.00'
citation = "Test policy 6.5"
)"));
    // 12 points × £2.50 = £30.00; travel 4 × £0.25 = £1.00; shared meals −£2.00. £29.00.
    const IndicativeBudget b = evaluate(kTwelvePoints);
    EXPECT_EQ(b.weekly, pence(2900));
    const auto rule_lines = lines_of(b, LineKind::Rule);
    ASSERT_EQ(rule_lines.size(), 2u);
    EXPECT_EQ(rule_lines[0].amount, pence(100));
    EXPECT_EQ(rule_lines[1].amount, pence(-200));
    expect_lines_add_up(b);
}

TEST_F(Allocation, DivisionByZeroForOneAnswerIsFoundWhenTheRulesAreChecked) {
    // eating = some gives 8 − 8 = 0: the load-time trial of every answer finds it.
    const std::string text = engine_rule_set(kPricePerPoint, R"(
[[rule]]
id = "share_out"
title = "Shared out"
amount = '£10.00 / (points("eating") - 8)'
citation = "Test policy 6.6"
)");
    const RuleSetLoad load = load_rule_set(text, "test.toml");
    ASSERT_EQ(load.rule_set, nullptr);
    ASSERT_EQ(load.problems.size(), 1u) << test::describe(load.problems);
    const Error& problem = load.problems.errors().front();
    EXPECT_EQ(problem.code, ErrorCode::Evaluation);
    EXPECT_NE(problem.message.find("\"eating\" is answered \"some\""), std::string::npos) << problem.message;
    EXPECT_NE(problem.message.find("division by zero"), std::string::npos) << problem.message;
}

TEST_F(Allocation, ARuleThatFailsWhateverTheAnswersIsFoundWhenTheRulesAreChecked) {
    // Issue 21: a rule that reads no answer and divides by zero passed `rules check` and then
    // failed every budget.
    const std::string text = engine_rule_set(kPricePerPoint, R"(
[[rule]]
id = "share_out"
title = "Shared out"
amount = '£10.00 / (2 - 2)'
citation = "Test policy 6.6"
)");
    const RuleSetLoad load = load_rule_set(text, "test.toml");
    ASSERT_EQ(load.rule_set, nullptr);
    ASSERT_EQ(load.problems.size(), 1u) << test::describe(load.problems);
    const Error& problem = load.problems.errors().front();
    EXPECT_EQ(problem.code, ErrorCode::Evaluation);
    EXPECT_EQ(problem.where.file, "test.toml");
    EXPECT_GT(problem.where.line, 0);
    EXPECT_NE(problem.message.find("rule \"share_out\""), std::string::npos) << problem.message;
    EXPECT_NE(problem.message.find("division by zero"), std::string::npos) << problem.message;
}

TEST_F(Allocation, DivisionByZeroInARuleIsAnEvaluationError) {
    // Zero only when eating = lots (20) and getting_out = some (4) together, a pair the
    // one-answer-at-a-time trial does not meet, so it surfaces when a budget is worked out.
    const std::string text = engine_rule_set(kPricePerPoint, R"(
[[rule]]
id = "share_out"
title = "Shared out"
amount = '£10.00 / (points("eating") + points("getting_out") - 24)'
citation = "Test policy 6.6"
)");
    use(text);
    // eating = some (8) + getting_out = some (4) − 24 = −12: £10.00 / −12 = −83⅓p.
    // 12 points × 250p = 3000p − 83⅓p = 2916⅔p → 2917p.
    EXPECT_EQ(evaluate(kTwelvePoints).weekly, pence(2917));
    try {
        (void)evaluate(kHighNeeds);
        FAIL() << "division by zero did not throw";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().code, ErrorCode::Evaluation);
        // Reported where the expression is written.
        EXPECT_EQ(e.error().where.file, "test.toml");
        EXPECT_EQ(e.error().where.line, test::position_of(text, "amount = '£10.00 /").line);
    }
}

// ---------------------------------------------------------------------------------------------
// Panel thresholds
// ---------------------------------------------------------------------------------------------

TEST_F(Allocation, CeilingRefersToPanelButNeverReducesTheAmount) {
    use(engine_rule_set(kPricePerPoint, R"(
[[threshold]]
id = "ceiling"
weekly_above = "£40.00"
message = "The funding panel agrees budgets above £40 a week."
citation = "Test policy 7.1"
)"));
    const IndicativeBudget b = evaluate(kHighNeeds);
    EXPECT_TRUE(b.refer_to_panel());
    EXPECT_EQ(b.panel_referrals, std::vector<int>{0});
    EXPECT_EQ(b.weekly, pence(4750));  // still the full £47.50, not £40.00
    EXPECT_EQ(b.streams[0].weekly, pence(4750));
    expect_lines_add_up(b);

    // £30.00 is not above £40.00.
    EXPECT_FALSE(evaluate(kTwelvePoints).refer_to_panel());
}

TEST_F(Allocation, CeilingIsStrictlyAbove) {
    use(engine_rule_set(kPricePerPoint, R"(
[[threshold]]
id = "ceiling"
weekly_above = "£47.50"
message = "Panel"
citation = "Test policy 7.1"
)"));
    EXPECT_FALSE(evaluate(kHighNeeds).refer_to_panel());  // £47.50 exactly
}

TEST_F(Allocation, WhenThresholdCanReadTheWeeklyTotal) {
    use(engine_rule_set(kPricePerPoint, R"(
[[threshold]]
id = "never"
when = 'weekly_total > £1000.00'
message = "Never crossed here"
citation = "Test policy 7.0"

[[threshold]]
id = "busy"
when = 'weekly_total >= £45.00 and answer("getting_out") != "none"'
message = "Panel"
citation = "Test policy 7.2"
)"));
    // £47.50 ≥ £45.00 and getting_out = some: the second threshold (index 1) is crossed.
    EXPECT_EQ(evaluate(kHighNeeds).panel_referrals, std::vector<int>{1});
    // £30.00 < £45.00.
    EXPECT_TRUE(evaluate(kTwelvePoints).panel_referrals.empty());
    // 30 × 50% = 15 points, getting_out none: £37.50 and no going out.
    EXPECT_TRUE(
        evaluate({{"eating", "lots"}, {"washing", "lots"}, {"family_help", "most"}, {"getting_out", "none"}})
            .panel_referrals.empty());
}

TEST_F(Allocation, ThresholdSeesTheTotalAfterRules) {
    use(engine_rule_set(kPricePerPoint, kEatingUplift + R"(
[[threshold]]
id = "ceiling"
weekly_above = "£50.00"
message = "Panel"
citation = "Test policy 7.1"
)"));
    // £47.50 + £10.00 rule = £57.50 > £50.00.
    const IndicativeBudget b = evaluate(kHighNeeds);
    EXPECT_EQ(b.weekly, pence(5750));
    EXPECT_EQ(b.panel_referrals, std::vector<int>{0});
}

// ---------------------------------------------------------------------------------------------
// Explaining or not, and reuse
// ---------------------------------------------------------------------------------------------

TEST_F(Allocation, WithoutExplanationTheTotalsAreTheSame) {
    use(engine_rule_set(kPricePerPoint, kEatingUplift + R"(
[[threshold]]
id = "ceiling"
weekly_above = "£50.00"
message = "Panel"
citation = "Test policy 7.1"
)"));
    for (const auto& answers : {kHighNeeds, kTwelvePoints, kHalfPenny}) {
        const IndicativeBudget explained = evaluate(answers, true);
        const IndicativeBudget quiet = evaluate(answers, false);
        EXPECT_FALSE(explained.explanation.empty());
        EXPECT_TRUE(quiet.explanation.empty());
        EXPECT_EQ(quiet.weekly, explained.weekly);
        EXPECT_EQ(quiet.annual, explained.annual);
        EXPECT_EQ(quiet.total_points, explained.total_points);
        EXPECT_EQ(quiet.panel_referrals, explained.panel_referrals);
        ASSERT_EQ(quiet.streams.size(), explained.streams.size());
        for (std::size_t s = 0; s < quiet.streams.size(); ++s) {
            EXPECT_EQ(quiet.streams[s].exact_weekly, explained.streams[s].exact_weekly);
            EXPECT_EQ(quiet.streams[s].weekly, explained.streams[s].weekly);
            EXPECT_EQ(quiet.streams[s].annual, explained.streams[s].annual);
        }
    }
}

TEST_F(Allocation, ReusingAResultLeavesNothingOfTheLastOne) {
    use(engine_rule_set(kPricePerPoint, kEatingUplift + R"(
[[threshold]]
id = "ceiling"
weekly_above = "£50.00"
message = "Panel"
citation = "Test policy 7.1"
)"));
    IndicativeBudget out;
    engine->evaluate(answers_for(*rules, kHighNeeds), out, true);
    ASSERT_TRUE(out.refer_to_panel());
    engine->evaluate(answers_for(*rules, kTwelvePoints), out, true);
    const IndicativeBudget fresh = evaluate(kTwelvePoints);
    EXPECT_EQ(out.weekly, fresh.weekly);
    EXPECT_EQ(out.total_points, fresh.total_points);
    EXPECT_FALSE(out.refer_to_panel());
    EXPECT_EQ(out.explanation.size(), fresh.explanation.size());
    EXPECT_EQ(out.domains[0].share_kept, Rational(1));
    engine->evaluate(answers_for(*rules, kHighNeeds), out, false);
    EXPECT_TRUE(out.explanation.empty());
    EXPECT_EQ(out.weekly, pence(5750));
}

TEST_F(Allocation, UnansweredOptionalQuestionCountsNoPoints) {
    use(replaced(engine_rule_set(kPricePerPoint), "  id = \"washing\"\n", "  id = \"washing\"\n  required = false\n"));
    const IndicativeBudget b = evaluate({{"eating", "some"}, {"family_help", "none"}, {"getting_out", "none"}});
    EXPECT_EQ(b.domains[0].raw_points, Rational(8));
    EXPECT_EQ(b.weekly, pence(2000));  // 8 × £2.50
}

TEST_F(Allocation, ResultNamesItsRuleSetAndAnswers) {
    use(engine_rule_set(kPricePerPoint));
    const AnswerSheet sheet = answers_for(*rules, kHighNeeds);
    const IndicativeBudget b = engine->evaluate(sheet);
    EXPECT_EQ(b.rules, rules);
    EXPECT_EQ(b.answers.answer_index, sheet.answer_index);
    EXPECT_EQ(&engine->rules(), rules.get());
}

// ---------------------------------------------------------------------------------------------
// A second stream, and yearly amounts
// ---------------------------------------------------------------------------------------------

const std::string kCarerStream = R"(
[[stream]]
id = "carer"
title = "Carer element"
restrictions = "For your family carer."
citation = "Care Act 2014, s.20"

  [stream.conversion]
  method = "price-per-point"
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
    { id = "some", text = "Some days", easy_read = "Some", points = 5 },
    { id = "lots", text = "Day and night", easy_read = "Lots", points = 10 },
  ]

[[rule]]
id = "carer_break"
title = "Short breaks for your carer"
stream = "carer"
when = 'answer("carer_time") == "lots"'
amount = '£15.00'
citation = "Test policy 6.2"

[[threshold]]
id = "carer_panel"
when = 'stream_total("carer") > £25.00'
message = "Carer panel"
citation = "Test policy 7.3"
)";

std::vector<std::pair<std::string, std::string>> with_carer(std::vector<std::pair<std::string, std::string>> answers,
                                                            const std::string& carer_time) {
    answers.emplace_back("carer_time", carer_time);
    return answers;
}

TEST_F(Allocation, CarerStreamHasItsOwnLinesAndTotal) {
    use(engine_rule_set(kPricePerPoint, kCarerStream));
    const IndicativeBudget b = evaluate(with_carer(kHighNeeds, "lots"));
    ASSERT_EQ(b.streams.size(), 2u);
    // Main: 19 × £2.50 = £47.50. Carer: 10 × £1.50 = £15.00, + £15.00 break = £30.00.
    EXPECT_EQ(b.streams[0].points, Rational(19));
    EXPECT_EQ(b.streams[0].weekly, pence(4750));
    EXPECT_EQ(b.streams[1].points, Rational(10));
    EXPECT_EQ(b.streams[1].weekly, pence(3000));
    EXPECT_EQ(b.weekly, pence(7750));
    EXPECT_EQ(b.total_points, Rational(29));  // every domain's points

    const auto carer_domain = lines_of(b, LineKind::DomainPoints, 1);
    ASSERT_EQ(carer_domain.size(), 1u);
    EXPECT_EQ(carer_domain[0].subject, 2);
    EXPECT_EQ(carer_domain[0].amount, pence(1500));
    const auto carer_rule = lines_of(b, LineKind::Rule, 1);
    ASSERT_EQ(carer_rule.size(), 1u);
    EXPECT_EQ(carer_rule[0].amount, pence(1500));
    EXPECT_TRUE(lines_of(b, LineKind::Rule, 0).empty());
    EXPECT_EQ(lines_of(b, LineKind::DomainPoints, 0).size(), 2u);
    // Lines come stream by stream.
    const auto first_carer = std::find_if(b.explanation.begin(), b.explanation.end(),
                                          [](const ExplanationLine& l) { return l.stream == 1; });
    EXPECT_TRUE(std::all_of(first_carer, b.explanation.end(), [](const ExplanationLine& l) { return l.stream == 1; }));
    expect_lines_add_up(b);

    // stream_total("carer") £30.00 > £25.00: referred (threshold index 0).
    EXPECT_EQ(b.panel_referrals, std::vector<int>{0});
    // carer_time some: 5 × £1.50 = £7.50, no break, not referred.
    const IndicativeBudget some = evaluate(with_carer(kHighNeeds, "some"));
    EXPECT_EQ(some.streams[1].weekly, pence(750));
    EXPECT_TRUE(some.panel_referrals.empty());
}

TEST_F(Allocation, AnnualIsWeeklyTimesWeeksPerYearRoundedPerStream) {
    use(engine_rule_set(kPricePerPoint, kCarerStream));
    const IndicativeBudget b = evaluate(with_carer(kHighNeeds, "lots"));
    // Main: 4750p × 52.143 = 247,679.25p → 247,679p (£2,476.79).
    EXPECT_EQ(b.streams[0].annual, pence(247679));
    // Carer: 3000p × 52.143 = 156,429p exactly (£1,564.29).
    EXPECT_EQ(b.streams[1].annual, pence(156429));
    // The budget's yearly amount is the sum of the streams' yearly amounts.
    EXPECT_EQ(b.annual, pence(247679 + 156429));
}

TEST_F(Allocation, AnnualFollowsTheRuleSetsRounding) {
    // 20 points × £0.75 = £15.00 a week; 1500p × 52.143 = 78,214.5p.
    const std::string text = replaced(replaced(test::minimal_rule_set(), "rate = \"£2.50\"", "rate = \"£0.75\""),
                                      "weeks_per_year = 52", "weeks_per_year = \"52.143\"");
    use(text);
    const IndicativeBudget up = evaluate({{"eating", "lots"}});
    EXPECT_EQ(up.weekly, pence(1500));
    EXPECT_EQ(up.annual, pence(78215));  // half-up: the half goes up
    use(replaced(text, "\"half-up\"", "\"half-even\""));
    EXPECT_EQ(evaluate({{"eating", "lots"}}).annual, pence(78214));  // half-even: to the even 78,214
}

TEST_F(Allocation, AnnualWithWholeWeeks) {
    use(test::minimal_rule_set());  // 52 weeks
    // 8 × £2.50 = £20.00; × 52 = £1,040.00.
    const IndicativeBudget b = evaluate({{"eating", "some"}});
    EXPECT_EQ(b.weekly, pence(2000));
    EXPECT_EQ(b.annual, pence(104000));
}

TEST(AllocationModel, ModelRasGivesItsHandComputedBudget) {
    const auto rules = embedded_default_rule_set();
    const BudgetEngine engine(rules);
    std::vector<std::pair<std::string, std::string>> answers;
    for (const Question& q : rules->questions) answers.emplace_back(q.id, q.answers.front().id);
    // Everything at the first answer ("none"): no points, no rules, only the £30.00 base.
    const IndicativeBudget b = engine.evaluate(answers_for(*rules, answers));
    EXPECT_EQ(b.total_points, Rational(0));
    EXPECT_EQ(b.streams[0].weekly, pence(3000));
    EXPECT_EQ(b.streams[1].weekly, Money{});
    EXPECT_EQ(b.weekly, pence(3000));
    // 3000p × 52.143 = 156,429p.
    EXPECT_EQ(b.annual, pence(156429));
    EXPECT_FALSE(b.refer_to_panel());
}

}  // namespace
}  // namespace openras
