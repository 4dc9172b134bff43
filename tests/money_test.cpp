// Money, exact rationals and the named rounding rules.
#include "rules/error.hpp"
#include "rules/money.hpp"
#include "rules/rational.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace openras {
namespace {

TEST(Rational, ArithmeticStaysExact) {
    const Rational third(1, 3);
    EXPECT_EQ(third + third + third, Rational(1));
    EXPECT_EQ(Rational(3, 4) * Rational(45), Rational(135, 4));
    EXPECT_EQ(Rational(1) / Rational(3) * Rational(3), Rational(1));
    EXPECT_EQ(Rational(6, 8).numerator(), 3);
    EXPECT_EQ(Rational(6, 8).denominator(), 4);
    EXPECT_EQ(Rational(1, -2), Rational(-1, 2));
}

TEST(Rational, ParsesDecimalsAndPercentagesExactly) {
    EXPECT_EQ(Rational::parse_decimal("0.75"), Rational(3, 4));
    EXPECT_EQ(Rational::parse_decimal("75%"), Rational(3, 4));
    EXPECT_EQ(Rational::parse_decimal("52.143"), Rational(52143, 1000));
    EXPECT_EQ(Rational::parse_decimal("-2.5"), Rational(-5, 2));
    EXPECT_EQ(Rational::parse_decimal("12"), Rational(12));
    EXPECT_FALSE(Rational::parse_decimal("1e3"));
    EXPECT_FALSE(Rational::parse_decimal("0.1.2"));
    EXPECT_FALSE(Rational::parse_decimal(".5"));
    EXPECT_FALSE(Rational::parse_decimal("5."));
    EXPECT_FALSE(Rational::parse_decimal(""));
    EXPECT_FALSE(Rational::parse_decimal("%"));
}

TEST(Rational, DecimalTextRoundTrips) {
    EXPECT_EQ(Rational(52143, 1000).to_decimal_string(), "52.143");
    EXPECT_EQ(Rational(-1, 4).to_decimal_string(), "-0.25");
    EXPECT_EQ(Rational(149, 2).to_decimal_string(), "74.5");
    EXPECT_EQ(Rational(1, 3).to_decimal_string(), "1/3");
    EXPECT_EQ(Rational(0).to_decimal_string(), "0");
}

TEST(Rational, DivisionByZeroIsAnEvaluationError) {
    try {
        (void)(Rational(1) / Rational(0));
        FAIL() << "division by zero did not throw";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().code, ErrorCode::Evaluation);
    }
}

TEST(Rational, OverflowIsReportedNotWrapped) {
    const Rational big(std::numeric_limits<std::int64_t>::max());
    EXPECT_THROW((void)(big + Rational(1)), OpenRasError);
    EXPECT_THROW((void)(big * Rational(2)), OpenRasError);
    EXPECT_THROW((void)(Rational(1, std::numeric_limits<std::int64_t>::max()) *
                        Rational(1, std::numeric_limits<std::int64_t>::max() - 1)),
                 OpenRasError);
}

TEST(Rounding, HalfUpTakesHalvesAwayFromZero) {
    EXPECT_EQ(Rational(5, 2).round(RoundingRule::HalfUp), 3);
    EXPECT_EQ(Rational(-5, 2).round(RoundingRule::HalfUp), -3);
    EXPECT_EQ(Rational(249, 100).round(RoundingRule::HalfUp), 2);
    EXPECT_EQ(Rational(251, 100).round(RoundingRule::HalfUp), 3);
    EXPECT_EQ(Rational(-251, 100).round(RoundingRule::HalfUp), -3);
}

TEST(Rounding, HalfEvenTakesHalvesToTheEvenNeighbour) {
    EXPECT_EQ(Rational(5, 2).round(RoundingRule::HalfEven), 2);
    EXPECT_EQ(Rational(7, 2).round(RoundingRule::HalfEven), 4);
    EXPECT_EQ(Rational(-5, 2).round(RoundingRule::HalfEven), -2);
    EXPECT_EQ(Rational(-7, 2).round(RoundingRule::HalfEven), -4);
    EXPECT_EQ(Rational(26, 10).round(RoundingRule::HalfEven), 3);
}

TEST(Rounding, DirectedRulesGoTheirWay) {
    EXPECT_EQ(Rational(-7, 2).round(RoundingRule::Floor), -4);
    EXPECT_EQ(Rational(-7, 2).round(RoundingRule::Ceiling), -3);
    EXPECT_EQ(Rational(-7, 2).round(RoundingRule::Down), -3);
    EXPECT_EQ(Rational(7, 2).round(RoundingRule::Down), 3);
    EXPECT_EQ(Rational(7, 2).round(RoundingRule::Ceiling), 4);
}

TEST(Rounding, RuleNamesRoundTrip) {
    for (RoundingRule rule : {RoundingRule::HalfUp, RoundingRule::HalfEven, RoundingRule::Down, RoundingRule::Floor,
                              RoundingRule::Ceiling})
        EXPECT_EQ(parse_rounding_rule(rounding_rule_name(rule)), rule);
    EXPECT_FALSE(parse_rounding_rule("bankers"));
}

TEST(Money, FormatsPoundsForPeople) {
    EXPECT_EQ(Money::from_pence(8291).to_string(), "\u00a382.91");
    EXPECT_EQ(Money::from_pence(123456789).to_string(), "\u00a31,234,567.89");
    EXPECT_EQ(Money::from_pence(-500).to_string(), "-\u00a35.00");
    EXPECT_EQ(Money::from_pence(7).to_string(), "\u00a30.07");
    EXPECT_EQ(Money::from_pence(-7).to_plain_string(), "-0.07");
}

TEST(Money, ParsesWrittenAmounts) {
    EXPECT_EQ(Money::parse("\u00a382.91"), Money::from_pence(8291));
    EXPECT_EQ(Money::parse("82.91"), Money::from_pence(8291));
    EXPECT_EQ(Money::parse("\u00a31,000"), Money::from_pence(100000));
    EXPECT_EQ(Money::parse("-\u00a35.5"), Money::from_pence(-550));
    EXPECT_FALSE(Money::parse("\u00a35.555"));
    EXPECT_FALSE(Money::parse("five pounds"));
    EXPECT_FALSE(Money::parse("\u00a3"));
    EXPECT_FALSE(Money::parse("12."));
}

TEST(Money, RoundsExactPenceByTheNamedRule) {
    // 82.91 + 6 points at a rate that is not a whole number of pence.
    const Rational exact = Rational(8291) + Rational(6) * Rational(2930, 6);
    EXPECT_EQ(Money::round(exact, RoundingRule::HalfUp), Money::from_pence(11221));
    EXPECT_EQ(Money::round(Rational(1, 2), RoundingRule::HalfUp), Money::from_pence(1));
    EXPECT_EQ(Money::round(Rational(1, 2), RoundingRule::HalfEven), Money::from_pence(0));
}

}  // namespace
}  // namespace openras
