// Money, exact rationals and the named rounding rules.
#include "rules/error.hpp"
#include "rules/money.hpp"
#include "rules/rational.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <random>
#include <string>

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

// The decimal text as OpenRAS first wrote it, digit by digit into a string, to hold the quicker
// writer to the same bytes.
std::string decimal_text_as_first_written(std::int64_t num, std::int64_t den, int max_places) {
    __extension__ typedef __int128 Wide;
    __extension__ typedef unsigned __int128 UWide;
    std::int64_t scale = 1;
    for (int places = 0; places <= max_places; ++places) {
        if (scale % den == 0) {
            const Wide scaled = Wide(num) * (scale / den);
            UWide rest = scaled < 0 ? UWide(0) - UWide(scaled) : UWide(scaled);
            std::string digits;
            do {
                digits.insert(digits.begin(), char('0' + int(rest % 10)));
                rest /= 10;
            } while (rest != 0);
            if (places > 0) {
                while (int(digits.size()) <= places) digits.insert(digits.begin(), '0');
                digits.insert(digits.end() - places, '.');
                while (digits.back() == '0') digits.pop_back();
                if (digits.back() == '.') digits.pop_back();
            }
            return (scaled < 0 ? "-" : "") + digits;
        }
        if (places < max_places) scale *= 10;
    }
    return std::to_string(num) + "/" + std::to_string(den);
}

TEST(Rational, DecimalTextIsTheSameAsFirstWrittenOverSeededValues) {
    std::mt19937_64 random(20261207);
    const std::int64_t big = std::numeric_limits<std::int64_t>::max();
    const std::int64_t dens[] = {1, 2, 3, 4, 5, 8, 10, 16, 20, 25, 40, 64, 100, 125, 1000, 3125, 15625, 1000000, 7, 12};
    std::vector<Rational> values = {Rational(big), Rational(-big), Rational(big, 64), Rational(-big, 64),
                                    Rational(big, 1000000), Rational(1, 1000000), Rational(-1, 15625), Rational(0)};
    for (int i = 0; i < 20000; ++i) {
        const std::int64_t den = dens[random() % std::size(dens)];
        const int bits = int(random() % 63);
        std::int64_t num = std::int64_t(random() >> (64 - bits - 1)) & (big >> (62 - bits));
        if (random() & 1) num = -num;
        values.emplace_back(num, den);
    }
    for (const Rational& value : values)
        for (const int places : {0, 2, 4, 6}) {
            std::string appended = "x";
            value.append_decimal(appended, places);
            const std::string expected = decimal_text_as_first_written(value.numerator(), value.denominator(), places);
            ASSERT_EQ(value.to_decimal_string(places), expected) << value.numerator() << "/" << value.denominator();
            ASSERT_EQ(appended, "x" + expected);
        }
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

TEST(Money, RefusesAmountsTooLargeToHold) {
    EXPECT_EQ(Money::parse("999999999999999.99"), Money::from_pence(99999999999999999));
    EXPECT_FALSE(Money::parse("99999999999999999")) << "17 digits of pounds are more pence than 64 bits hold";
    EXPECT_FALSE(Money::parse("999999999999999999")) << "18 digits are more than an amount may have";
}

TEST(PreciseMoney, ReadsRatesFinerThanAPenny) {
    EXPECT_EQ(PreciseMoney::parse("\u00a34.8833")->exact(), Rational(48833, 100));  // 488.33p
    EXPECT_EQ(PreciseMoney::parse("\u00a39.1955")->exact(), Rational(183910, 200));
    EXPECT_EQ(PreciseMoney::parse("0.000001")->exact(), Rational(1, 10000));
    EXPECT_EQ(PreciseMoney::parse("-\u00a31,000.5")->exact(), Rational(-100050));
    EXPECT_TRUE(PreciseMoney::parse("\u00a34.8833")->exact() > Rational(488));
    EXPECT_FALSE(PreciseMoney::parse("\u00a34.8833")->is_whole_pence());
    EXPECT_TRUE(PreciseMoney::parse("\u00a34.88")->is_whole_pence());
    EXPECT_FALSE(PreciseMoney::parse("\u00a30.0000001")) << "seven decimal places";
    EXPECT_FALSE(PreciseMoney::parse("\u00a34.8833.1"));
    EXPECT_FALSE(PreciseMoney::parse("4."));
    EXPECT_FALSE(PreciseMoney::parse("99999999999999999")) << "17 digits of pounds do not fit in millionths";
    EXPECT_FALSE(Money::parse("\u00a34.8833")) << "plain Money stays pounds and pence";
}

TEST(PreciseMoney, ShowsTheAmountAsWritten) {
    EXPECT_EQ(PreciseMoney::parse("\u00a34.8833")->to_string(), "\u00a34.8833");
    EXPECT_EQ(PreciseMoney::parse("\u00a34.88330")->to_string(), "\u00a34.8833");
    EXPECT_EQ(PreciseMoney::parse("3.2")->to_string(), "\u00a33.20");
    EXPECT_EQ(PreciseMoney::parse("1234.567891")->to_string(), "\u00a31,234.567891");
    EXPECT_EQ(PreciseMoney::parse("-0.125")->to_string(), "-\u00a30.125");
    EXPECT_EQ(PreciseMoney::parse("-0.125")->to_plain_string(), "-0.125");
    EXPECT_EQ(PreciseMoney(Money::from_pence(320)).to_string(), "\u00a33.20");
    EXPECT_EQ(PreciseMoney().to_plain_string(), "0.00");
}

TEST(PreciseMoney, RoundsToTheNamedPlacesByTheNamedRule) {
    // £478.17 a point a year is £9.19557... a week over 52 weeks.
    const Rational weekly = Rational(47817) / Rational(52);
    EXPECT_EQ(PreciseMoney::round(weekly, 4, RoundingRule::HalfUp).to_string(), "\u00a39.1956");
    EXPECT_EQ(PreciseMoney::round(weekly, 4, RoundingRule::Down).to_string(), "\u00a39.1955");
    EXPECT_EQ(PreciseMoney::round(weekly, 2, RoundingRule::HalfUp).to_string(), "\u00a39.20");
    EXPECT_EQ(PreciseMoney::round(Rational(1, 200), 4, RoundingRule::HalfEven).exact(), Rational(0));
    EXPECT_EQ(PreciseMoney::round(Rational(3, 200), 4, RoundingRule::HalfEven).exact(), Rational(2, 100));
}

}  // namespace
}  // namespace openras
