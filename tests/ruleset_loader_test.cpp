// The rule-set loader: a good rule set loads; every kind of mistake is reported with its code,
// its line and its column, all of them in one pass, and a rule set with any mistake is not
// returned at all.
#include "rules/ruleset_loader.hpp"
#include "rules/text_limits.hpp"

#include "test_rule_sets.hpp"

#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <optional>
#include <string>

namespace openras {
namespace {

using test::describe;
using test::kCareDomain;
using test::kHeader;
using test::kPricePerPointStream;
using test::load_bad;
using test::load_ok;
using test::minimal_rule_set;
using test::position_of;
using test::replaced;
using test::with_code;

// The one problem with `code` in `load`, failing the test unless there is exactly one.
Error only(const RuleSetLoad& load, ErrorCode code) {
    const auto found = with_code(load.problems, code);
    EXPECT_EQ(found.size(), 1u) << "expected one " << error_code_name(code) << " problem, got:\n"
                                << describe(load.problems);
    return found.empty() ? Error{code, "<none>", {}} : found.front();
}

bool mentions(const Error& e, const std::string& words) { return e.message.find(words) != std::string::npos; }

// ---------------------------------------------------------------------------------------------
// A rule set that loads
// ---------------------------------------------------------------------------------------------

TEST(RuleSetLoader, MinimalRuleSetLoadsWithEveryField) {
    const auto rs = load_ok(minimal_rule_set(), "mini.toml");
    ASSERT_NE(rs, nullptr);
    EXPECT_EQ(rs->header.id, "mini");
    EXPECT_EQ(rs->header.version, "1");
    EXPECT_EQ(rs->header.title, "Mini RAS");
    EXPECT_EQ(rs->header.authority, "Test Council");
    EXPECT_EQ(rs->header.effective_from, boost::gregorian::date(2026, 4, 1));
    EXPECT_FALSE(rs->header.effective_to.has_value());
    EXPECT_EQ(rs->header.rounding, RoundingRule::HalfUp);
    EXPECT_EQ(rs->header.weeks_per_year, Rational(52));
    EXPECT_EQ(rs->header.citation.text, "Test policy 1");
    EXPECT_EQ(rs->source_name, "mini.toml");
    EXPECT_EQ(rs->hash.rfind("sha256:", 0), 0u);
    EXPECT_EQ(rs->hash.size(), std::string("sha256:").size() + 64);

    ASSERT_EQ(rs->streams.size(), 1u);
    EXPECT_EQ(rs->streams[0].id, "main");
    EXPECT_EQ(rs->streams[0].conversion.method, ConversionMethod::PricePerPoint);
    EXPECT_EQ(rs->streams[0].conversion.rate, Money::from_pence(250));
    // The stream's reach is the best answer of its one question: 20 points.
    EXPECT_EQ(rs->streams[0].max_points, Rational(20));

    ASSERT_EQ(rs->domains.size(), 1u);
    EXPECT_EQ(rs->domains[0].id, "care");
    EXPECT_EQ(rs->domains[0].stream, 0);
    EXPECT_EQ(rs->domains[0].informal_support, -1);
    ASSERT_EQ(rs->questions.size(), 1u);
    const Question& q = rs->questions[0];
    EXPECT_EQ(q.id, "eating");
    EXPECT_TRUE(q.required);  // the default
    EXPECT_EQ(q.kind, QuestionKind::Scored);
    ASSERT_EQ(q.answers.size(), 3u);
    EXPECT_EQ(q.answers[1].id, "some");
    EXPECT_EQ(q.answers[1].points, Rational(8));
    EXPECT_EQ(q.answers[2].points, Rational(20));
    EXPECT_EQ(rs->question_index("eating"), 0);
    EXPECT_EQ(rs->question_index("nope"), -1);
}

TEST(RuleSetLoader, ModelRasFileLoadsAndMatchesTheBuiltInCopy) {
    const RuleSetLoad load = load_rule_set_file(std::string(OPENRAS_SOURCE_DIR) + "/rules/sets/model-ras.toml");
    ASSERT_TRUE(load.problems.empty()) << describe(load.problems);
    ASSERT_NE(load.rule_set, nullptr);
    const auto built_in = embedded_default_rule_set();
    ASSERT_NE(built_in, nullptr);
    EXPECT_EQ(load.rule_set->hash, built_in->hash);
    EXPECT_EQ(built_in->header.id, "model-ras");
    EXPECT_EQ(built_in->streams.size(), 2u);
    EXPECT_EQ(built_in->header.weeks_per_year, Rational(52143, 1000));
}

TEST(RuleSetLoader, MissingFileIsAnIoProblem) {
    const RuleSetLoad load = load_rule_set_file("/nonexistent/openras/rules.toml");
    EXPECT_EQ(load.rule_set, nullptr);
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems.errors()[0].code, ErrorCode::Io);
    EXPECT_EQ(load.problems.errors()[0].where.file, "/nonexistent/openras/rules.toml");
}

TEST(RuleSetLoader, CitationMayBeATableWithAUrl) {
    const std::string text = replaced(minimal_rule_set(), "citation = \"Test questionnaire, domain 1\"",
                                      "citation = { text = \"Policy 2\", url = \"https://example.org/p#2\" }");
    const auto rs = load_ok(text);
    ASSERT_NE(rs, nullptr);
    EXPECT_EQ(rs->domains[0].citation.text, "Policy 2");
    EXPECT_EQ(rs->domains[0].citation.url, "https://example.org/p#2");
    EXPECT_EQ(rs->domains[0].citation.to_string(), "Policy 2 <https://example.org/p#2>");
}

TEST(RuleSetLoader, ParametersKeepTheirKindOfValue) {
    const std::string text = minimal_rule_set() + R"(
[[parameter]]
id = "uplift"
value = "£75.00"
citation = "P 1"

[[parameter]]
id = "share"
value = "50%"
citation = "P 2"

[[parameter]]
id = "count"
value = 3
citation = "P 3"

[[parameter]]
id = "generous"
value = true
citation = "P 4"
)";
    const auto rs = load_ok(text);
    ASSERT_NE(rs, nullptr);
    const auto& p = rs->catalogue.parameters;
    EXPECT_EQ(p.at("uplift"), expr::Value::of_money_pence(Rational(7500)));  // £75.00 = 7500p
    EXPECT_EQ(p.at("share"), expr::Value::of_number(Rational(1, 2)));
    EXPECT_EQ(p.at("count"), expr::Value::of_number(Rational(3)));
    EXPECT_EQ(p.at("generous"), expr::Value::of_bool(true));
}

// ---------------------------------------------------------------------------------------------
// Missing citations, element by element
// ---------------------------------------------------------------------------------------------

struct CitationCase {
    const char* element;
    std::string text;    // a rule set whose one problem is the missing citation
    const char* marker;  // the text that opens the element lacking it
};

std::string without(const std::string& text, const std::string& line) { return replaced(text, line + "\n", ""); }

std::vector<CitationCase> citation_cases() {
    const std::string m = minimal_rule_set();
    const std::string param = "\n[[parameter]]\nid = \"uplift\"\nvalue = \"£5.00\"\n";
    const std::string rule =
        "\n[[rule]]\nid = \"extra\"\ntitle = \"Extra\"\namount = '£1.00'\n";
    const std::string threshold =
        "\n[[threshold]]\nid = \"ceiling\"\nweekly_above = \"£500.00\"\nmessage = \"Panel\"\n";
    const std::string table =
        "\n[[table]]\nid = \"allowance\"\nrows = [ { key = \"a\", value = \"£1.00\" } ]\n";
    const std::string bands = kHeader + R"(
[[stream]]
id = "main"
title = "Personal budget"
restrictions = "For needs."
citation = "Care Act 2014, s.26"

  [stream.conversion]
  method = "bands"
  citation = "Test policy 5.2"

  [[stream.conversion.band]]
  from = 0
  to = 9
  weekly = "£40.00"
  citation = "Band A"

  [[stream.conversion.band]]
  from = 10
  weekly = "£80.00"
)" + kCareDomain;
    return {
        {"domain", without(m, "citation = \"Test questionnaire, domain 1\""), "[[domain]]"},
        {"question", without(m, "  citation = \"Test questionnaire, 1.1\""), "[[domain.question]]"},
        {"stream", without(m, "citation = \"Care Act 2014, s.26\""), "[[stream]]"},
        {"conversion", without(m, "  citation = \"Test policy 5.1\""), "[stream.conversion]"},
        {"parameter", m + param, "[[parameter]]"},
        {"table", m + table, "[[table]]"},
        {"band", bands, "[[stream.conversion.band]]\n  from = 10"},
        {"rule", m + rule, "[[rule]]"},
        {"threshold", m + threshold, "[[threshold]]"},
    };
}

TEST(RuleSetLoader, MissingCitationIsReportedOnEveryKindOfElement) {
    for (const auto& c : citation_cases()) {
        SCOPED_TRACE(c.element);
        const RuleSetLoad load = load_bad(c.text);
        const Error e = only(load, ErrorCode::MissingCitation);
        EXPECT_EQ(load.problems.size(), 1u) << describe(load.problems);
        // Reported where the element starts, so the officer knows which one lacks it.
        EXPECT_EQ(e.where.line, position_of(c.text, c.marker).line) << e.to_string();
        EXPECT_EQ(e.where.file, "test.toml");
        EXPECT_TRUE(mentions(e, "no citation")) << e.message;
    }
}

TEST(RuleSetLoader, EmptyCitationIsAMissingCitation) {
    const std::string text =
        replaced(minimal_rule_set(), "citation = \"Test questionnaire, domain 1\"", "citation = \"\"");
    const RuleSetLoad load = load_bad(text);
    const Error e = only(load, ErrorCode::MissingCitation);
    const auto at = position_of(text, "citation = \"\"");
    EXPECT_EQ(e.where.line, at.line);
    EXPECT_EQ(e.where.column, at.column + int(std::string("citation = ").size()));  // at the value
}

TEST(RuleSetLoader, CitationOfTheWrongTypeIsRefused) {
    const std::string text = replaced(minimal_rule_set(), "citation = \"Test questionnaire, domain 1\"", "citation = 7");
    const Error e = only(load_bad(text), ErrorCode::WrongType);
    EXPECT_EQ(e.where.line, position_of(text, "citation = 7").line);
}

// ---------------------------------------------------------------------------------------------
// Types, unknown names and values out of range
// ---------------------------------------------------------------------------------------------

TEST(RuleSetLoader, BareFloatRateIsWrongTypeAndSuggestsQuotes) {
    const std::string text = replaced(minimal_rule_set(), "rate = \"£2.50\"", "rate = 4.85");
    const Error e = only(load_bad(text), ErrorCode::WrongType);
    const auto at = position_of(text, "4.85");
    EXPECT_EQ(e.where.line, at.line);
    EXPECT_EQ(e.where.column, at.column);
    EXPECT_TRUE(mentions(e, "rate")) << e.message;
    EXPECT_TRUE(mentions(e, "in quotes")) << e.message;
    EXPECT_TRUE(mentions(e, "\"£")) << "the message should show how to write money in quotes: " << e.message;
}

TEST(RuleSetLoader, BareFloatDecimalIsWrongTypeAndShowsItQuoted) {
    const std::string text = replaced(minimal_rule_set(), "weeks_per_year = 52", "weeks_per_year = 52.143");
    const Error e = only(load_bad(text), ErrorCode::WrongType);
    const auto at = position_of(text, "52.143");
    EXPECT_EQ(e.where.line, at.line);
    EXPECT_EQ(e.where.column, at.column);
    EXPECT_TRUE(mentions(e, "\"52.143\"")) << "should suggest the same number in quotes: " << e.message;
}

TEST(RuleSetLoader, BareFloatPointsAreWrongType) {
    const std::string text = replaced(minimal_rule_set(), "points = 8 }", "points = 8.5 }");
    const Error e = only(load_bad(text), ErrorCode::WrongType);
    EXPECT_EQ(e.where.line, position_of(text, "8.5").line);
    EXPECT_EQ(e.where.column, position_of(text, "8.5").column);
    EXPECT_TRUE(mentions(e, "\"8.5\"")) << e.message;
}

TEST(RuleSetLoader, QuotedDecimalPointsAreExact) {
    const std::string text = replaced(minimal_rule_set(), "points = 8 }", "points = \"8.5\" }");
    const auto rs = load_ok(text);
    ASSERT_NE(rs, nullptr);
    EXPECT_EQ(rs->questions[0].answers[1].points, Rational(17, 2));
}

TEST(RuleSetLoader, UnquotedMoneyIsWrongType) {
    const std::string text = replaced(minimal_rule_set(), "rate = \"£2.50\"", "rate = 3");
    const Error e = only(load_bad(text), ErrorCode::WrongType);
    EXPECT_EQ(e.where.line, position_of(text, "rate = 3").line);
    EXPECT_TRUE(mentions(e, "pound sign")) << e.message;
}

TEST(RuleSetLoader, ARateFinerThanAPennyIsKeptExactly) {
    const auto rs = load_ok(replaced(minimal_rule_set(), "rate = \"£2.50\"", "rate = \"£4.8833\""));
    ASSERT_NE(rs, nullptr);
    EXPECT_EQ(rs->streams[0].conversion.rate.exact(), Rational(48833, 100));  // 488.33p a point
    EXPECT_EQ(rs->streams[0].conversion.rate.to_string(), "£4.8833");
    const auto six = load_ok(replaced(minimal_rule_set(), "rate = \"£2.50\"", "rate = \"£0.000001\""));
    ASSERT_NE(six, nullptr);
    EXPECT_EQ(six->streams[0].conversion.rate.exact(), Rational(1, 10000));
}

TEST(RuleSetLoader, ARateWithMoreThanSixDecimalPlacesIsRefusedAtItsValue) {
    const std::string text = replaced(minimal_rule_set(), "rate = \"£2.50\"", "rate = \"£4.8833333\"");
    const Error e = only(load_bad(text), ErrorCode::WrongType);
    EXPECT_EQ(e.where.line, position_of(text, "\"£4.8833333\"").line);
    EXPECT_EQ(e.where.column, position_of(text, "\"£4.8833333\"").column);
    EXPECT_TRUE(mentions(e, "six decimal places")) << e.message;
}

TEST(RuleSetLoader, MoneyConstantsMayBeFinerThanAPenny) {
    const auto rs = load_ok(minimal_rule_set() +
                            "\n[[parameter]]\nid = \"night_rate\"\nvalue = \"£0.125\"\ncitation = \"P\"\n");
    ASSERT_NE(rs, nullptr);
    ASSERT_EQ(rs->parameters.size(), 1u);
    EXPECT_EQ(rs->parameters[0].value, expr::Value::of_money_pence(Rational(25, 2)));
}

TEST(RuleSetLoader, AThresholdIsInPoundsAndPenceAndSaysSoForAFraction) {
    const std::string text = minimal_rule_set() +
                             "\n[[threshold]]\nid = \"ceiling\"\nweekly_above = \"£500.005\"\nmessage = \"Panel\"\n"
                             "citation = \"P\"\n";
    const Error e = only(load_bad(text), ErrorCode::WrongType);
    EXPECT_EQ(e.where.line, position_of(text, "\"£500.005\"").line);
    EXPECT_TRUE(mentions(e, "3 decimal places")) << e.message;
    EXPECT_TRUE(mentions(e, "pounds and pence")) << e.message;
}

TEST(RuleSetLoader, MisspeltFieldIsUnknownAndDoesNotSilentlyBecomeZeroPoints) {
    const std::string text = replaced(minimal_rule_set(), "points = 8 }", "ponits = 8 }");
    const RuleSetLoad load = load_bad(text);
    const Error unknown = only(load, ErrorCode::UnknownName);
    const auto at = position_of(text, "ponits");
    EXPECT_EQ(unknown.where.line, at.line);
    EXPECT_TRUE(mentions(unknown, ".ponits`")) << unknown.message;
    EXPECT_TRUE(mentions(unknown, "points")) << "should list the expected fields: " << unknown.message;
    // And the answer now lacks its points, which is reported too.
    const Error missing = only(load, ErrorCode::MissingField);
    EXPECT_EQ(missing.where.line, at.line);
    EXPECT_TRUE(mentions(missing, "points")) << missing.message;
}

TEST(RuleSetLoader, UnknownFieldInHeaderIsReportedOnItsLine) {
    const std::string text = replaced(minimal_rule_set(), "rounding = \"half-up\"", "rounding = \"half-up\"\nroundng = 2");
    const Error e = only(load_bad(text), ErrorCode::UnknownName);
    EXPECT_EQ(e.where.line, position_of(text, "roundng").line);
    EXPECT_TRUE(mentions(e, "ruleset.roundng")) << e.message;
}

TEST(RuleSetLoader, UnknownTopLevelSectionIsReported) {
    const std::string text = minimal_rule_set() + "\n[[parameters]]\nid = \"x\"\n";
    const Error e = only(load_bad(text), ErrorCode::UnknownName);
    EXPECT_EQ(e.where.line, position_of(text, "[[parameters]]").line);
    EXPECT_TRUE(mentions(e, "`parameters`")) << e.message;
}

TEST(RuleSetLoader, MissingHeaderAndMissingDomainsAreReported) {
    const std::string no_header = kPricePerPointStream + kCareDomain;
    const Error header = only(load_bad(no_header), ErrorCode::MissingField);
    EXPECT_TRUE(mentions(header, "[ruleset]")) << header.message;

    const std::string no_domain = kHeader + kPricePerPointStream;
    const Error domain = only(load_bad(no_domain), ErrorCode::MissingField);
    EXPECT_TRUE(mentions(domain, "[[domain]]")) << domain.message;
}

TEST(RuleSetLoader, MissingRequiredFieldIsReportedOnItsTable) {
    const std::string text = without(minimal_rule_set(), "  text = \"How much help do you need to eat?\"");
    const Error e = only(load_bad(text), ErrorCode::MissingField);
    EXPECT_TRUE(mentions(e, "domain[0].question[0].text")) << e.message;
    EXPECT_EQ(e.where.line, position_of(text, "[[domain.question]]").line);
}

TEST(RuleSetLoader, InvalidRoundingIsRefused) {
    for (const char* rule : {"bankers", "down", "ceiling"}) {
        SCOPED_TRACE(rule);
        const std::string text =
            replaced(minimal_rule_set(), "rounding = \"half-up\"", std::string("rounding = \"") + rule + "\"");
        const Error e = only(load_bad(text), ErrorCode::InvalidValue);
        const auto at = position_of(text, "rounding = ");
        EXPECT_EQ(e.where.line, at.line);
        EXPECT_EQ(e.where.column, at.column + int(std::string("rounding = ").size()));
        EXPECT_TRUE(mentions(e, "half-even")) << e.message;
    }
}

TEST(RuleSetLoader, HalfEvenRoundingIsAccepted) {
    const auto rs = load_ok(replaced(minimal_rule_set(), "\"half-up\"", "\"half-even\""));
    ASSERT_NE(rs, nullptr);
    EXPECT_EQ(rs->header.rounding, RoundingRule::HalfEven);
    EXPECT_EQ(rs->catalogue.rounding, RoundingRule::HalfEven);  // round() in expressions follows it
}

TEST(RuleSetLoader, WeeksPerYearMustBeBetween52And53) {
    for (const char* weeks : {"54", "\"51.9\"", "\"53.01\"", "0"}) {
        SCOPED_TRACE(weeks);
        const std::string text =
            replaced(minimal_rule_set(), "weeks_per_year = 52", std::string("weeks_per_year = ") + weeks);
        const Error e = only(load_bad(text), ErrorCode::InvalidValue);
        EXPECT_EQ(e.where.line, position_of(text, "weeks_per_year").line);
    }
    for (const char* weeks : {"53", "\"52.143\"", "\"52.0\""}) {
        SCOPED_TRACE(weeks);
        EXPECT_NE(load_ok(replaced(minimal_rule_set(), "weeks_per_year = 52", std::string("weeks_per_year = ") + weeks)),
                  nullptr);
    }
}

TEST(RuleSetLoader, EffectiveToBeforeEffectiveFromIsRefused) {
    const std::string text =
        replaced(minimal_rule_set(), "effective_from = 2026-04-01", "effective_from = 2026-04-01\neffective_to = 2026-03-31");
    const Error e = only(load_bad(text), ErrorCode::InvalidValue);
    const auto at = position_of(text, "2026-03-31");
    EXPECT_EQ(e.where.line, at.line);
    EXPECT_EQ(e.where.column, at.column);
    EXPECT_TRUE(mentions(e, "effective_to")) << e.message;
}

TEST(RuleSetLoader, OneDayRuleSetIsAllowed) {
    const auto rs = load_ok(
        replaced(minimal_rule_set(), "effective_from = 2026-04-01", "effective_from = 2026-04-01\neffective_to = 2026-04-01"));
    ASSERT_NE(rs, nullptr);
    EXPECT_TRUE(rs->header.in_force_on(boost::gregorian::date(2026, 4, 1)));
    EXPECT_FALSE(rs->header.in_force_on(boost::gregorian::date(2026, 4, 2)));
    EXPECT_FALSE(rs->header.in_force_on(boost::gregorian::date(2026, 3, 31)));
}

TEST(RuleSetLoader, EffectiveFromMustBeADateNotText) {
    const std::string text = replaced(minimal_rule_set(), "effective_from = 2026-04-01", "effective_from = \"2026-04-01\"");
    const Error e = only(load_bad(text), ErrorCode::WrongType);
    EXPECT_EQ(e.where.line, position_of(text, "effective_from").line);
    EXPECT_TRUE(mentions(e, "no quotes")) << e.message;
}

TEST(RuleSetLoader, NegativePointsAndSingleAnswerQuestionsAreRefused) {
    const std::string negative = replaced(minimal_rule_set(), "points = 8 }", "points = -8 }");
    const Error e = only(load_bad(negative), ErrorCode::InvalidValue);
    EXPECT_EQ(e.where.line, position_of(negative, "-8").line);

    const std::string single = replaced(
        replaced(minimal_rule_set(), "    { id = \"some\", text = \"Some help\", easy_read = \"Some\", points = 8 },\n", ""),
        "    { id = \"lots\", text = \"A lot of help\", easy_read = \"Lots\", points = 20 },\n", "");
    const Error one = only(load_bad(single), ErrorCode::InvalidValue);
    EXPECT_TRUE(mentions(one, "at least two answers")) << one.message;
}

TEST(RuleSetLoader, ThresholdNeedsWeeklyAboveOrWhen) {
    const std::string text = minimal_rule_set() + "\n[[threshold]]\nid = \"t\"\nmessage = \"Panel\"\ncitation = \"P\"\n";
    const Error e = only(load_bad(text), ErrorCode::MissingField);
    EXPECT_EQ(e.where.line, position_of(text, "[[threshold]]").line);
}

// ---------------------------------------------------------------------------------------------
// Duplicates
// ---------------------------------------------------------------------------------------------

const std::string kSecondDomain = R"(
[[domain]]
id = "community"
title = "Community"
easy_read = "Going out"
citation = "Test questionnaire, domain 2"

  [[domain.question]]
  id = "getting_out"
  text = "How much help do you need to go out?"
  easy_read = "Help to go out?"
  citation = "Test questionnaire, 2.1"
  answers = [
    { id = "none", text = "No help", easy_read = "No", points = 0 },
    { id = "some", text = "Some help", easy_read = "Some", points = 6 },
  ]
)";

TEST(RuleSetLoader, DuplicateQuestionIdAcrossDomainsIsReportedWithTheFirstLine) {
    const std::string text = minimal_rule_set() + replaced(kSecondDomain, "id = \"getting_out\"", "id = \"eating\"");
    const Error e = only(load_bad(text), ErrorCode::Duplicate);
    EXPECT_EQ(e.where.line, position_of(text, "[[domain.question]]", 2).line);
    const int first = position_of(text, "[[domain.question]]", 1).line;
    EXPECT_TRUE(mentions(e, "first at line " + std::to_string(first))) << e.message;
    EXPECT_TRUE(mentions(e, "\"eating\"")) << e.message;
}

TEST(RuleSetLoader, DuplicateAnswerIdWithinAQuestionIsReported) {
    const std::string text = replaced(minimal_rule_set(), "{ id = \"lots\"", "{ id = \"some\"");
    const Error e = only(load_bad(text), ErrorCode::Duplicate);
    const auto at = position_of(text, "\"some\"", 2);
    EXPECT_EQ(e.where.line, at.line);
    EXPECT_EQ(e.where.column, at.column);
    EXPECT_TRUE(mentions(e, "answer id \"some\"")) << e.message;
}

TEST(RuleSetLoader, SameAnswerIdInDifferentQuestionsIsFine) {
    // Both questions have answers "none" and "some".
    EXPECT_NE(load_ok(minimal_rule_set() + kSecondDomain), nullptr);
}

TEST(RuleSetLoader, DuplicateDomainIdIsReported) {
    const std::string text = minimal_rule_set() + replaced(kSecondDomain, "id = \"community\"", "id = \"care\"");
    const Error e = only(load_bad(text), ErrorCode::Duplicate);
    EXPECT_EQ(e.where.line, position_of(text, "[[domain]]", 2).line);
    EXPECT_TRUE(mentions(e, "domain id \"care\"")) << e.message;
}

TEST(RuleSetLoader, DuplicateStreamIdIsReported) {
    const std::string text = kHeader + kPricePerPointStream + kPricePerPointStream + kCareDomain;
    const Error e = only(load_bad(text), ErrorCode::Duplicate);
    EXPECT_EQ(e.where.line, position_of(text, "[[stream]]", 2).line);
    EXPECT_TRUE(mentions(e, "stream id \"main\"")) << e.message;
}

TEST(RuleSetLoader, DuplicateRuleIdIsReported) {
    const std::string rule = "\n[[rule]]\nid = \"extra\"\ntitle = \"Extra\"\namount = '£1.00'\ncitation = \"P\"\n";
    const std::string text = minimal_rule_set() + rule + rule;
    const Error e = only(load_bad(text), ErrorCode::Duplicate);
    EXPECT_EQ(e.where.line, position_of(text, "[[rule]]", 2).line);
    EXPECT_TRUE(mentions(e, "first at line " + std::to_string(position_of(text, "[[rule]]", 1).line))) << e.message;
}

TEST(RuleSetLoader, DuplicateParameterAndThresholdIdsAreReported) {
    const std::string param = "\n[[parameter]]\nid = \"uplift\"\nvalue = \"£5.00\"\ncitation = \"P\"\n";
    const std::string threshold =
        "\n[[threshold]]\nid = \"ceiling\"\nweekly_above = \"£500.00\"\nmessage = \"Panel\"\ncitation = \"P\"\n";
    const std::string text = minimal_rule_set() + param + param + threshold + threshold;
    const RuleSetLoad load = load_bad(text);
    const auto found = with_code(load.problems, ErrorCode::Duplicate);
    ASSERT_EQ(found.size(), 2u) << describe(load.problems);
    EXPECT_EQ(found[0].where.line, position_of(text, "[[parameter]]", 2).line);
    EXPECT_EQ(found[1].where.line, position_of(text, "[[threshold]]", 2).line);
}

TEST(RuleSetLoader, DuplicateTableKeyAndMixedRowKindsAreRefused) {
    const std::string text = minimal_rule_set() + R"(
[[table]]
id = "allowance"
citation = "P"
rows = [
  { key = "a", value = "£1.00" },
  { key = "a", value = "£2.00" },
  { key = "b", value = 3 },
]
)";
    const RuleSetLoad load = load_bad(text);
    const Error dup = only(load, ErrorCode::Duplicate);
    EXPECT_EQ(dup.where.line, position_of(text, "{ key = \"a\", value = \"£2.00\" }").line);
    const Error mixed = only(load, ErrorCode::WrongType);
    EXPECT_EQ(mixed.where.line, position_of(text, "{ key = \"b\"").line);
}

// ---------------------------------------------------------------------------------------------
// Informal support and streams
// ---------------------------------------------------------------------------------------------

const std::string kFamilyHelp = R"(
  [[domain.question]]
  id = "family_help"
  kind = "informal_support"
  text = "How much of this help do family give?"
  easy_read = "Does family help?"
  citation = "Test policy 4.1"
  answers = [
    { id = "none", text = "None of it", easy_read = "No", points_remaining = "100%" },
    { id = "some", text = "Some of it", easy_read = "A bit", points_remaining = "75%" },
    { id = "most", text = "Most of it", easy_read = "A lot", points_remaining = "0.5" },
  ]
)";

TEST(RuleSetLoader, InformalSupportQuestionLoadsWithItsShares) {
    const auto rs = load_ok(minimal_rule_set() + kFamilyHelp);
    ASSERT_NE(rs, nullptr);
    ASSERT_EQ(rs->questions.size(), 2u);
    EXPECT_EQ(rs->domains[0].informal_support, 1);
    EXPECT_EQ(rs->domains[0].questions, std::vector<int>{0});  // scored questions only
    const Question& q = rs->questions[1];
    EXPECT_EQ(q.kind, QuestionKind::InformalSupport);
    EXPECT_EQ(q.answers[0].points_remaining, Rational(1));
    EXPECT_EQ(q.answers[1].points_remaining, Rational(3, 4));
    EXPECT_EQ(q.answers[2].points_remaining, Rational(1, 2));
    // Informal support gives no points of its own: the most is still 20.
    EXPECT_EQ(rs->domains[0].max_points, Rational(20));
}

TEST(RuleSetLoader, InformalSupportAnswerWithPointsIsRefused) {
    const std::string text = minimal_rule_set() +
                             replaced(kFamilyHelp, "points_remaining = \"75%\" }", "points_remaining = \"75%\", points = 3 }");
    const Error e = only(load_bad(text), ErrorCode::InvalidValue);
    const auto at = position_of(text, "points = 3");
    EXPECT_EQ(e.where.line, at.line);
    EXPECT_EQ(e.where.column, at.column + int(std::string("points = ").size()));
    EXPECT_TRUE(mentions(e, "points_remaining")) << e.message;
}

TEST(RuleSetLoader, PointsRemainingOutsideZeroToHundredPercentIsRefused) {
    for (const char* share : {"\"120%\"", "\"-0.1\"", "2"}) {
        SCOPED_TRACE(share);
        const std::string text =
            minimal_rule_set() + replaced(kFamilyHelp, "\"75%\"", std::string(share));
        const Error e = only(load_bad(text), ErrorCode::InvalidValue);
        EXPECT_EQ(e.where.line, position_of(text, "{ id = \"some\", text = \"Some of it\"").line);
        EXPECT_TRUE(mentions(e, "between 0% and 100%")) << e.message;
    }
    for (const char* share : {"\"0%\"", "\"100%\"", "0", "1", "\"0.333\""}) {
        SCOPED_TRACE(share);
        EXPECT_NE(load_ok(minimal_rule_set() + replaced(kFamilyHelp, "\"75%\"", share)), nullptr);
    }
}

TEST(RuleSetLoader, PointsRemainingOnAScoredQuestionIsRefused) {
    const std::string text = replaced(minimal_rule_set(), "points = 8 }", "points = 8, points_remaining = \"50%\" }");
    const Error e = only(load_bad(text), ErrorCode::InvalidValue);
    EXPECT_EQ(e.where.line, position_of(text, "\"50%\"").line);
}

TEST(RuleSetLoader, TwoInformalSupportQuestionsInOneDomainAreRefused) {
    const std::string text =
        minimal_rule_set() + kFamilyHelp + replaced(kFamilyHelp, "id = \"family_help\"", "id = \"friends_help\"");
    const Error e = only(load_bad(text), ErrorCode::Duplicate);
    EXPECT_EQ(e.where.line, position_of(text, "[[domain.question]]", 3).line);
    EXPECT_TRUE(mentions(e, "\"family_help\"")) << "should name the first one: " << e.message;
}

TEST(RuleSetLoader, InformalSupportQuestionsInDifferentDomainsAreFine) {
    const std::string text = minimal_rule_set() + kFamilyHelp + kSecondDomain +
                             replaced(kFamilyHelp, "id = \"family_help\"", "id = \"friends_help\"");
    const auto rs = load_ok(text);
    ASSERT_NE(rs, nullptr);
    EXPECT_GE(rs->domains[0].informal_support, 0);
    EXPECT_GE(rs->domains[1].informal_support, 0);
}

TEST(RuleSetLoader, DomainNamingAnUnknownStreamIsRefused) {
    const std::string text = replaced(minimal_rule_set(), "easy_read = \"Looking after yourself\"",
                                      "easy_read = \"Looking after yourself\"\nstream = \"carers\"");
    const Error e = only(load_bad(text), ErrorCode::UnknownName);
    const auto at = position_of(text, "\"carers\"");
    EXPECT_EQ(e.where.line, at.line);
    EXPECT_EQ(e.where.column, at.column);
    EXPECT_TRUE(mentions(e, "\"carers\"")) << e.message;
}

TEST(RuleSetLoader, DomainMayNameASecondStream) {
    const std::string carer = R"(
[[stream]]
id = "carer"
title = "Carer element"
restrictions = "For your carer."
citation = "Care Act 2014, s.20"

  [stream.conversion]
  method = "price-per-point"
  rate = "£1.50"
  citation = "Test policy 5.2"
)";
    const std::string text =
        kHeader + kPricePerPointStream + carer + kCareDomain + replaced(kSecondDomain, "easy_read = \"Going out\"",
                                                                       "easy_read = \"Going out\"\nstream = \"carer\"");
    const auto rs = load_ok(text);
    ASSERT_NE(rs, nullptr);
    EXPECT_EQ(rs->domains[1].stream, 1);
    EXPECT_EQ(rs->streams[0].domains, std::vector<int>{0});
    EXPECT_EQ(rs->streams[1].domains, std::vector<int>{1});
    EXPECT_EQ(rs->streams[0].max_points, Rational(20));
    EXPECT_EQ(rs->streams[1].max_points, Rational(6));
}

TEST(RuleSetLoader, UnknownConversionMethodIsRefused) {
    const std::string text = replaced(minimal_rule_set(), "\"price-per-point\"", "\"per-point\"");
    const Error e = only(load_bad(text), ErrorCode::InvalidValue);
    EXPECT_EQ(e.where.line, position_of(text, "\"per-point\"").line);
}

// ---------------------------------------------------------------------------------------------
// Bands
// ---------------------------------------------------------------------------------------------

// A rule set converting by bands; `bands` is the list of band tables. The questionnaire can
// give at most 20 points (kCareDomain).
std::string banded(const std::string& bands) {
    return kHeader + R"(
[[stream]]
id = "main"
title = "Personal budget"
restrictions = "For needs."
citation = "Care Act 2014, s.26"

  [stream.conversion]
  method = "bands"
  citation = "Test policy 5.2"
)" + bands + kCareDomain;
}

std::string band(int from, std::optional<int> to, const char* weekly) {
    std::string out = "\n  [[stream.conversion.band]]\n  from = " + std::to_string(from) + "\n";
    if (to) out += "  to = " + std::to_string(*to) + "\n";
    return out + "  weekly = \"" + weekly + "\"\n  citation = \"Band from " + std::to_string(from) + "\"\n";
}

TEST(BandValidation, BandsCoveringExactlyTheMostPointsLoad) {
    // 0–9, 10–20: the questionnaire's most is 20 points.
    const auto rs = load_ok(banded(band(0, 9, "£40.00") + band(10, 20, "£80.00")));
    ASSERT_NE(rs, nullptr);
    const Conversion& c = rs->streams[0].conversion;
    ASSERT_EQ(c.bands.size(), 2u);
    EXPECT_EQ(c.band_for(0), 0);
    EXPECT_EQ(c.band_for(9), 0);
    EXPECT_EQ(c.band_for(10), 1);
    EXPECT_EQ(c.band_for(20), 1);
    EXPECT_EQ(c.band_for(21), -1);
    EXPECT_EQ(c.bands[1].weekly, Money::from_pence(8000));
}

TEST(BandValidation, OpenEndedLastBandLoads) {
    const auto rs = load_ok(banded(band(0, 9, "£40.00") + band(10, std::nullopt, "£80.00")));
    ASSERT_NE(rs, nullptr);
    const Conversion& c = rs->streams[0].conversion;
    EXPECT_FALSE(c.bands[1].to.has_value());
    EXPECT_EQ(c.band_for(1000), 1);
}

TEST(BandValidation, FirstBandMustStartAtZero) {
    const std::string text = banded(band(1, 9, "£40.00") + band(10, std::nullopt, "£80.00"));
    const Error e = only(load_bad(text), ErrorCode::BandCoverage);
    EXPECT_EQ(e.where.line, position_of(text, "[[stream.conversion.band]]", 1).line);
    EXPECT_TRUE(mentions(e, "start at 0")) << e.message;
}

TEST(BandValidation, GapBetweenBandsIsReportedOnTheLaterBand) {
    // 0–9 then 12+: nothing covers 10 and 11.
    const std::string text = banded(band(0, 9, "£40.00") + band(12, std::nullopt, "£80.00"));
    const Error e = only(load_bad(text), ErrorCode::BandCoverage);
    EXPECT_EQ(e.where.line, position_of(text, "[[stream.conversion.band]]", 2).line);
    EXPECT_TRUE(mentions(e, "10 to 11")) << e.message;
}

TEST(BandValidation, OneMissingPointIsAGap) {
    const std::string text = banded(band(0, 9, "£40.00") + band(11, std::nullopt, "£80.00"));
    const Error e = only(load_bad(text), ErrorCode::BandCoverage);
    EXPECT_TRUE(mentions(e, "covers 10 points")) << e.message;
}

TEST(BandValidation, OverlappingBandsAreReported) {
    // 0–10 and 8–20 share 8, 9 and 10.
    const std::string text = banded(band(0, 10, "£40.00") + band(8, 20, "£80.00"));
    const Error e = only(load_bad(text), ErrorCode::BandCoverage);
    EXPECT_EQ(e.where.line, position_of(text, "[[stream.conversion.band]]", 2).line);
    EXPECT_TRUE(mentions(e, "overlap")) << e.message;
    EXPECT_TRUE(mentions(e, "8 to 10")) << e.message;
}

TEST(BandValidation, LastBandStoppingShortOfTheMostPointsIsReported) {
    // The questionnaire can give 20 points; the bands stop at 19.
    const std::string text = banded(band(0, 9, "£40.00") + band(10, 19, "£80.00"));
    const Error e = only(load_bad(text), ErrorCode::BandCoverage);
    EXPECT_EQ(e.where.line, position_of(text, "[[stream.conversion.band]]", 2).line);
    EXPECT_TRUE(mentions(e, "19")) << e.message;
    EXPECT_TRUE(mentions(e, "20")) << e.message;
}

TEST(BandValidation, OnlyTheLastBandMayLeaveOutTo) {
    const std::string text = banded(band(0, std::nullopt, "£40.00") + band(10, std::nullopt, "£80.00"));
    const Error e = only(load_bad(text), ErrorCode::BandCoverage);
    EXPECT_EQ(e.where.line, position_of(text, "[[stream.conversion.band]]", 1).line);
    EXPECT_TRUE(mentions(e, "only the last band")) << e.message;
}

TEST(BandValidation, BandEndingBelowItsStartIsReported) {
    const std::string text = banded(band(0, 9, "£40.00") + band(10, 5, "£60.00") + band(6, std::nullopt, "£80.00"));
    const RuleSetLoad load = load_bad(text);
    const auto found = with_code(load.problems, ErrorCode::BandCoverage);
    ASSERT_FALSE(found.empty());
    const auto at = position_of(text, "to = 5");
    EXPECT_TRUE(std::any_of(found.begin(), found.end(), [&](const Error& e) {
        return e.where.line == at.line && mentions(e, "below its `from`");
    })) << describe(load.problems);
}

TEST(BandValidation, BandsNeedMethodBandsAndAtLeastOneBand) {
    const std::string no_bands = banded("");
    const Error missing = only(load_bad(no_bands), ErrorCode::MissingField);
    EXPECT_TRUE(mentions(missing, "band")) << missing.message;

    const std::string stray = replaced(minimal_rule_set(), "  citation = \"Test policy 5.1\"\n",
                                       "  citation = \"Test policy 5.1\"\n" + band(0, std::nullopt, "£1.00"));
    const Error e = only(load_bad(stray), ErrorCode::InvalidValue);
    EXPECT_TRUE(mentions(e, "only used with method = \"bands\"")) << e.message;
}

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

TEST(RuleSetLoader, RuleAmountThatIsNotMoneyIsAWrongType) {
    const std::string text =
        minimal_rule_set() + "\n[[rule]]\nid = \"extra\"\ntitle = \"Extra\"\namount = 'true'\ncitation = \"P\"\n";
    const Error e = only(load_bad(text), ErrorCode::WrongType);
    const auto at = position_of(text, "'true'");
    EXPECT_EQ(e.where.line, at.line);
    EXPECT_EQ(e.where.column, at.column);
    EXPECT_TRUE(mentions(e, "must give money")) << e.message;
    EXPECT_TRUE(mentions(e, "true/false")) << e.message;
}

TEST(RuleSetLoader, UnknownQuestionInAnExpressionPointsInsideTheExpression) {
    const std::string text = minimal_rule_set() +
                             "\n[[rule]]\nid = \"extra\"\ntitle = \"Extra\"\nwhen = 'answer(\"eatin\") == \"lots\"'\n"
                             "amount = '£1.00'\ncitation = \"P\"\n";
    const Error e = only(load_bad(text), ErrorCode::UnknownName);
    // The column of the misspelt id itself, inside the quoted expression.
    const auto at = position_of(text, "\"eatin\"");
    EXPECT_EQ(e.where.line, at.line);
    EXPECT_EQ(e.where.column, at.column);
    EXPECT_TRUE(mentions(e, "eatin")) << e.message;
    EXPECT_TRUE(mentions(e, "eating")) << "should suggest the near name: " << e.message;
}

TEST(RuleSetLoader, ExpressionSyntaxErrorIsReportedAsSyntax) {
    const std::string text = minimal_rule_set() +
                             "\n[[rule]]\nid = \"extra\"\ntitle = \"Extra\"\namount = '£1.00 +'\ncitation = \"P\"\n";
    const Error e = only(load_bad(text), ErrorCode::Syntax);
    EXPECT_EQ(e.where.line, position_of(text, "amount = '£1.00 +'").line);
}

TEST(RuleSetLoader, RulesCannotReadTheWeeklyTotal) {
    const std::string text = minimal_rule_set() +
                             "\n[[rule]]\nid = \"cap\"\ntitle = \"Cap\"\namount = '£0.00 - weekly_total'\ncitation = \"P\"\n";
    const RuleSetLoad load = load_bad(text);
    ASSERT_EQ(load.problems.size(), 1u) << describe(load.problems);
    EXPECT_EQ(load.problems.errors()[0].where.line, position_of(text, "weekly_total").line);
    EXPECT_EQ(load.problems.errors()[0].where.column, position_of(text, "weekly_total").column);
}

TEST(RuleSetLoader, ThresholdsMayReadTheWeeklyTotal) {
    const std::string text = minimal_rule_set() +
                             "\n[[threshold]]\nid = \"t\"\nwhen = 'weekly_total > £40.00'\nmessage = \"Panel\"\ncitation = \"P\"\n";
    const auto rs = load_ok(text);
    ASSERT_NE(rs, nullptr);
    ASSERT_EQ(rs->thresholds.size(), 1u);
    EXPECT_NE(rs->thresholds[0].when, nullptr);
    EXPECT_FALSE(rs->thresholds[0].weekly_above.has_value());
}

// ---------------------------------------------------------------------------------------------
// TOML syntax and several problems at once
// ---------------------------------------------------------------------------------------------

TEST(RuleSetLoader, TomlSyntaxErrorIsReportedWithItsLine) {
    const std::string text = replaced(minimal_rule_set(), "title = \"Personal care\"", "title = \"Personal care");
    const RuleSetLoad load = load_bad(text, "broken.toml");
    ASSERT_EQ(load.problems.size(), 1u) << describe(load.problems);
    const Error& e = load.problems.errors()[0];
    EXPECT_EQ(e.code, ErrorCode::Syntax);
    EXPECT_EQ(e.where.file, "broken.toml");
    EXPECT_EQ(e.where.line, position_of(text, "title = \"Personal care").line);
    EXPECT_GT(e.where.column, 0);
}

TEST(RuleSetLoader, ReportsEveryProblemInOnePassSortedByLocation) {
    std::string text = minimal_rule_set();
    text = replaced(text, "rounding = \"half-up\"", "rounding = \"nearest\"");                 // header
    text = replaced(text, "  citation = \"Test policy 5.1\"\n", "");                         // conversion
    text = replaced(text, "points = 8 }", "ponits = 8 }");                                  // answer
    text += "\n[[rule]]\nid = \"extra\"\ntitle = \"Extra\"\namount = 'true'\ncitation = \"P\"\n";  // rule
    text += "\n[[parameter]]\nid = \"free_beds\"\nvalue = 3\ncitation = \"P\"\n";               // rationing
    const RuleSetLoad load = load_bad(text);

    EXPECT_EQ(only(load, ErrorCode::InvalidValue).where.line, position_of(text, "\"nearest\"").line);
    EXPECT_EQ(only(load, ErrorCode::MissingCitation).where.line, position_of(text, "[stream.conversion]").line);
    EXPECT_EQ(only(load, ErrorCode::UnknownName).where.line, position_of(text, "ponits").line);
    EXPECT_EQ(only(load, ErrorCode::MissingField).where.line, position_of(text, "ponits").line);
    EXPECT_EQ(only(load, ErrorCode::WrongType).where.line, position_of(text, "'true'").line);
    EXPECT_EQ(only(load, ErrorCode::Rationing).where.line, position_of(text, "[[parameter]]").line);
    EXPECT_EQ(load.problems.size(), 6u) << describe(load.problems);

    const auto& errors = load.problems.errors();
    for (std::size_t i = 1; i < errors.size(); ++i) {
        const auto& a = errors[i - 1].where;
        const auto& b = errors[i].where;
        EXPECT_TRUE(a.line < b.line || (a.line == b.line && a.column <= b.column))
            << "problems out of order:\n" << describe(load.problems);
    }
}

// ---------------------------------------------------------------------------------------------
// Rationing names
// ---------------------------------------------------------------------------------------------

TEST(RuleSetLoader, RefusesEveryKindOfElementNamedForSupplyOrCapacity) {
    struct Case {
        const char* element;
        std::string extra;
        const char* marker;
    };
    const std::vector<Case> cases = {
        {"parameter id", "\n[[parameter]]\nid = \"beds_available\"\nvalue = 3\ncitation = \"P\"\n", "[[parameter]]"},
        {"parameter description",
         "\n[[parameter]]\nid = \"factor\"\nvalue = \"0.9\"\ndescription = \"Scaled to the budget remaining this year\"\n"
         "citation = \"P\"\n",
         "[[parameter]]"},
        {"table id",
         "\n[[table]]\nid = \"home_care_capacity\"\ncitation = \"P\"\nrows = [ { key = \"a\", value = \"£1.00\" } ]\n",
         "[[table]]"},
        {"rule id",
         "\n[[rule]]\nid = \"waiting_list_extra\"\ntitle = \"Extra\"\namount = '£1.00'\ncitation = \"P\"\n",
         "[[rule]]"},
        {"threshold id",
         "\n[[threshold]]\nid = \"budget_left\"\nweekly_above = \"£500.00\"\nmessage = \"Panel\"\ncitation = \"P\"\n",
         "[[threshold]]"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.element);
        const std::string text = minimal_rule_set() + c.extra;
        const RuleSetLoad load = load_bad(text);
        const Error e = only(load, ErrorCode::Rationing);
        EXPECT_EQ(load.problems.size(), 1u) << describe(load.problems);
        EXPECT_EQ(e.where.line, position_of(text, c.marker).line);
        EXPECT_TRUE(mentions(e, "Care Act 2014")) << e.message;
    }
}

TEST(RuleSetLoader, WordingForPeopleMaySpeakOfBedsAndCapacity) {
    // Titles and messages are read by people, not by the engine: only ids and the descriptions
    // of constants can carry a dependency on supply.
    const std::string text = minimal_rule_set() +
                             "\n[[rule]]\nid = \"night_help\"\ntitle = \"Extra for help getting in and out of bed\"\n"
                             "amount = '£1.00'\ncitation = \"P\"\n"
                             "\n[[threshold]]\nid = \"ceiling\"\nweekly_above = \"£500.00\"\n"
                             "message = \"If you have capacity to take part, the panel will meet you\"\ncitation = \"P\"\n";
    EXPECT_NE(load_ok(text), nullptr);
}

TEST(RuleSetLoader, MentalCapacityParameterIsAllowed) {
    const std::string text = minimal_rule_set() +
                             "\n[[parameter]]\nid = \"lacks_capacity_uplift\"\nvalue = \"£10.00\"\n"
                             "description = \"When the person lacks capacity (Mental Capacity Act 2005)\"\n"
                             "citation = \"P\"\n";
    EXPECT_NE(load_ok(text), nullptr);
}

// ---------------------------------------------------------------------------------------------
// Identity
// ---------------------------------------------------------------------------------------------

TEST(RuleSetLoader, HashIgnoresCommentsAndSpacingButNotValues) {
    const auto plain = load_ok(minimal_rule_set());
    const auto commented = load_ok("# a comment\n\n" + replaced(minimal_rule_set(), "id = \"mini\"", "id   =   \"mini\"  # same"));
    const auto changed = load_ok(replaced(minimal_rule_set(), "rate = \"£2.50\"", "rate = \"£2.51\""));
    ASSERT_TRUE(plain && commented && changed);
    EXPECT_EQ(plain->hash, commented->hash);
    EXPECT_NE(plain->hash, changed->hash);
}

}  // namespace
}  // namespace openras

namespace openras {
namespace {

TEST(RuleSetLoader, ATextLongerThanTheLimitIsRefusedAtItsLine) {
    std::string text = test::minimal_rule_set();
    const std::string huge(10 * 1024 * 1024, 'x');  // issue 21: a 10 MB title passed `rules check`
    const std::size_t at = text.find("title = \"Mini RAS\"");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, std::string("title = \"Mini RAS\"").size(), "title = \"" + huge + "\"");
    const RuleSetLoad load = load_rule_set(text, "long.toml");
    ASSERT_EQ(load.problems.size(), 1u);
    const Error& e = load.problems.errors()[0];
    EXPECT_EQ(e.where.file, "long.toml");
    EXPECT_GT(e.where.line, 0);
    EXPECT_EQ(e.where.field, "ruleset.title");
    EXPECT_NE(e.message.find("at most 4000 bytes"), std::string::npos) << e.message;
    // At the limit it loads.
    std::string fits = test::minimal_rule_set();
    fits.replace(fits.find("title = \"Mini RAS\""), std::string("title = \"Mini RAS\"").size(),
                 "title = \"" + std::string(kMaxTextBytes, 'x') + "\"");
    EXPECT_TRUE(load_rule_set(fits, "fits.toml").problems.empty());
}

}  // namespace
}  // namespace openras
