// Property tests: facts that must hold for every answer sheet and every edit of a rule set,
// checked over many seeded random cases. The seeds are fixed, so a failure is reproducible;
// each failure message names the case (seed, sheet number or edited line) that broke it.
//
// The expected values here are worked out by the tests themselves from the rule set's own
// figures (rates, bands, points, weeks per year) with their own rounding arithmetic, not by
// calling the engine's helpers, so a fault in the engine's arithmetic shows up as a failure.
#include "alloc/budget/budget_report.hpp"
#include "rules/budget_engine.hpp"
#include "rules/ruleset_loader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace openras {
namespace {

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

// A small, fully specified generator (SplitMix64), so the cases are the same on every platform.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // 0 <= result < bound
    std::size_t below(std::size_t bound) { return std::size_t(next() % bound); }
    bool chance(int percent) { return below(100) < std::size_t(percent); }

private:
    std::uint64_t state_;
};

__extension__ typedef __int128 Wide;  // 128-bit integers for exact products

// Rounds numerator/denominator (an exact amount of pence) to whole pence, written out here
// independently of Rational::round.
std::int64_t round_pence(Wide numerator, Wide denominator, RoundingRule rule) {
    if (denominator < 0) numerator = -numerator, denominator = -denominator;
    const bool negative = numerator < 0;
    const Wide magnitude = negative ? -numerator : numerator;
    Wide whole = magnitude / denominator;
    const Wide twice_rest = 2 * (magnitude % denominator);
    if (twice_rest > denominator) {
        ++whole;
    } else if (twice_rest == denominator) {
        if (rule == RoundingRule::HalfUp) ++whole;                        // away from zero
        else if (rule == RoundingRule::HalfEven && whole % 2 == 1) ++whole;  // to the even one
    }
    return std::int64_t(negative ? -whole : whole);
}

std::int64_t round_pence(const Rational& exact, RoundingRule rule) {
    return round_pence(exact.numerator(), exact.denominator(), rule);
}

std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string join_lines(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) text += line + "\n";
    return text;
}

std::shared_ptr<const RuleSet> load_or_fail(const std::string& text, const std::string& name) {
    RuleSetLoad load = load_rule_set(text, name);
    std::string problems;
    for (const Error& e : load.problems.errors()) problems += "\n  " + e.to_string();
    EXPECT_TRUE(load.rule_set) << name << " does not load:" << problems;
    return load.rule_set;
}

std::string model_text() { return std::string(embedded_model_ras_text()); }

// A random answer sheet: every question gets a random option, except that an optional
// question is left unanswered about a third of the time when `leave_optional_out` is set.
AnswerSheet random_sheet(const RuleSet& rules, Random& random, bool leave_optional_out) {
    AnswerSheet sheet;
    for (const Question& q : rules.questions) {
        if (leave_optional_out && !q.required && random.chance(33))
            sheet.answer_index.push_back(-1);
        else
            sheet.answer_index.push_back(int(random.below(q.answers.size())));
    }
    return sheet;
}

// The model RAS with some questions made optional (`required = false`): the three
// informal-support questions and three scored ones.
std::string model_text_with_optional_questions() {
    std::string out;
    const std::set<std::string> optional_scored = {"moving_around", "night_support", "leisure"};
    for (const std::string& line : split_lines(model_text())) {
        out += line + "\n";
        const std::string trimmed = line.substr(std::min(line.size(), line.find_first_not_of(' ')));
        if (trimmed == "kind = \"informal_support\"") out += "  required = false\n";
        for (const auto& id : optional_scored)
            if (trimmed == "id = \"" + id + "\"") out += "  required = false\n";
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Sums and totals over random answer sheets
// ---------------------------------------------------------------------------------------------

constexpr int kRandomSheets = 2000;

// Checks every sum-and-total property of one evaluated budget; returns a description of the
// first thing that failed, or "".
std::string check_sums(const IndicativeBudget& b) {
    const RuleSet& rs = *b.rules;
    const RoundingRule rounding = rs.header.rounding;
    std::vector<std::int64_t> line_sum(rs.streams.size(), 0);
    std::int64_t all_lines = 0;
    for (const ExplanationLine& line : b.explanation) {
        if (line.stream < 0 || std::size_t(line.stream) >= rs.streams.size()) return "a line names no stream";
        line_sum[std::size_t(line.stream)] += line.amount.pence();
        all_lines += line.amount.pence();
        // Each ordinary line is its own exact amount rounded by the rule set's rule; a rounding
        // line is whole pence already.
        if (line.amount.pence() != round_pence(line.exact_pence, rounding))
            return "a " + std::string(line_kind_name(line.kind)) + " line is not its exact amount rounded";
        if (line.kind == LineKind::Rounding && line.amount.pence() == 0) return "an empty rounding line";
    }
    std::int64_t weekly = 0, annual = 0;
    const Rational& weeks = rs.header.weeks_per_year;
    for (std::size_t s = 0; s < rs.streams.size(); ++s) {
        const StreamResult& r = b.streams[s];
        if (line_sum[s] != r.weekly.pence())
            return "stream " + rs.streams[s].id + ": lines add up to " + std::to_string(line_sum[s]) +
                   "p, but the stream's weekly amount is " + std::to_string(r.weekly.pence()) + "p";
        if (r.weekly.pence() != round_pence(r.exact_weekly, rounding))
            return "stream " + rs.streams[s].id + ": weekly is not its exact amount rounded";
        const std::int64_t expected_annual =
            round_pence(Wide(r.weekly.pence()) * weeks.numerator(), weeks.denominator(), rounding);
        if (r.annual.pence() != expected_annual)
            return "stream " + rs.streams[s].id + ": annual " + std::to_string(r.annual.pence()) +
                   "p is not round(weekly x weeks_per_year) = " + std::to_string(expected_annual) + "p";
        weekly += r.weekly.pence();
        annual += r.annual.pence();
    }
    if (all_lines != b.weekly.pence()) return "all lines add up to " + std::to_string(all_lines) + "p, not the weekly total";
    if (weekly != b.weekly.pence()) return "the weekly total is not the sum of the streams";
    const std::int64_t expected_total_annual =
        round_pence(Wide(b.weekly.pence()) * weeks.numerator(), weeks.denominator(), rounding);
    if (b.annual.pence() != expected_total_annual) return "the annual total is not round(weekly total x weeks_per_year)";
    if (annual + b.annual_rounding().pence() != b.annual.pence())
        return "the streams' annual amounts and the rounding line do not add up to the annual total";
    return {};
}

// The model RAS with rates that do not divide evenly (£3.21 and £1.55 a point) and half-even
// rounding, so that reduction lines have fractions of a penny and rounding lines appear. (With
// the model's own £3.20, a quarter point is exactly 80p and no line ever needs rounding.)
std::string model_text_with_awkward_rates() {
    std::string text = model_text();
    for (auto [from, to] : {std::pair<std::string, std::string>{"rate = \"\u00a33.20\"", "rate = \"\u00a33.21\""},
                           {"rate = \"\u00a31.50\"", "rate = \"\u00a31.55\""},
                           {"rounding = \"half-up\"", "rounding = \"half-even\""}}) {
        const auto at = text.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        if (at != std::string::npos) text.replace(at, from.size(), to);
    }
    return text;
}

// Returns how many budgets had a rounding line and how many were referred to the panel.
std::pair<int, int> check_sums_over_random_sheets(const std::shared_ptr<const RuleSet>& rules, std::uint64_t seed,
                                                  int count) {
    const BudgetEngine engine(rules);
    Random random(seed);
    int with_rounding_line = 0, referred = 0;
    for (int i = 0; i < count; ++i) {
        const AnswerSheet sheet = random_sheet(*rules, random, false);
        const IndicativeBudget b = engine.evaluate(sheet, true);
        const std::string problem = check_sums(b);
        EXPECT_EQ(problem, "") << rules->source_name << ", random sheet " << i << " (seed " << seed << ")";
        if (!problem.empty()) break;
        bool rounding = false;
        for (const auto& line : b.explanation) rounding = rounding || line.kind == LineKind::Rounding;
        with_rounding_line += rounding;
        referred += b.refer_to_panel();
    }
    return {with_rounding_line, referred};
}

TEST(Property, ExplanationLinesAlwaysSumToTheTotal) {
    const auto model = embedded_default_rule_set();
    ASSERT_TRUE(model);
    const auto [model_rounding, model_referred] = check_sums_over_random_sheets(model, 20260501, kRandomSheets);
    // The random sheets must reach the interesting cases, or the test proves little.
    EXPECT_GT(model_referred, 0) << "no random sheet was referred to the panel";

    const auto awkward = load_or_fail(model_text_with_awkward_rates(), "model-ras-awkward-rates.toml");
    ASSERT_TRUE(awkward);
    const auto [awkward_rounding, awkward_referred] = check_sums_over_random_sheets(awkward, 1234, kRandomSheets);
    EXPECT_GT(awkward_rounding, kRandomSheets / 10) << "too few random sheets needed a rounding line";
    (void)model_rounding;
    (void)awkward_referred;
}

TEST(Property, ExplanationLinesSumToTheTotalWithOptionalQuestionsLeftOut) {
    const auto rules = load_or_fail(model_text_with_optional_questions(), "model-ras-optional.toml");
    ASSERT_TRUE(rules);
    int optional = 0;
    for (const Question& q : rules->questions) optional += !q.required;
    ASSERT_EQ(optional, 6) << "the test meant to make six questions optional";
    const BudgetEngine engine(rules);
    Random random(7);
    int left_out = 0;
    for (int i = 0; i < kRandomSheets / 2; ++i) {
        const AnswerSheet sheet = random_sheet(*rules, random, true);
        for (int a : sheet.answer_index) left_out += a < 0;
        const IndicativeBudget b = engine.evaluate(sheet, true);
        ASSERT_EQ(check_sums(b), "") << "optional model RAS, random sheet " << i << " (seed 7)";
        // An unanswered question gives no points and an unanswered informal-support question
        // keeps all of the domain's points.
        for (std::size_t d = 0; d < rules->domains.size(); ++d) {
            const Domain& domain = rules->domains[d];
            Rational raw;
            for (int q : domain.questions) {
                const int chosen = sheet.answer_index[std::size_t(q)];
                if (chosen >= 0) raw += rules->questions[std::size_t(q)].answers[std::size_t(chosen)].points;
            }
            ASSERT_EQ(b.domains[d].raw_points, raw) << domain.id << ", sheet " << i;
            const int informal = domain.informal_support;
            const int chosen = informal < 0 ? -1 : sheet.answer_index[std::size_t(informal)];
            const Rational share =
                chosen < 0 ? Rational(1)
                           : rules->questions[std::size_t(informal)].answers[std::size_t(chosen)].points_remaining;
            ASSERT_EQ(b.domains[d].points, raw * share) << domain.id << ", sheet " << i;
        }
    }
    EXPECT_GT(left_out, 0) << "no optional question was ever left out";
}

TEST(Property, WeeklyTotalsDoNotDependOnAskingForTheExplanation) {
    const auto rules = embedded_default_rule_set();
    const BudgetEngine engine(rules);
    Random random(99);
    IndicativeBudget reused;  // evaluate() reuses storage: a stale value must not leak through
    for (int i = 0; i < kRandomSheets; ++i) {
        const AnswerSheet sheet = random_sheet(*rules, random, false);
        const IndicativeBudget explained = engine.evaluate(sheet, true);
        engine.evaluate(sheet, reused, false);
        ASSERT_EQ(explained.weekly, reused.weekly) << "sheet " << i;
        ASSERT_EQ(explained.annual, reused.annual) << "sheet " << i;
        ASSERT_EQ(explained.total_points, reused.total_points) << "sheet " << i;
        ASSERT_EQ(explained.panel_referrals, reused.panel_referrals) << "sheet " << i;
        ASSERT_EQ(explained.streams.size(), reused.streams.size());
        for (std::size_t s = 0; s < explained.streams.size(); ++s) {
            ASSERT_EQ(explained.streams[s].weekly, reused.streams[s].weekly) << "sheet " << i << ", stream " << s;
            ASSERT_EQ(explained.streams[s].annual, reused.streams[s].annual) << "sheet " << i << ", stream " << s;
            ASSERT_EQ(explained.streams[s].points, reused.streams[s].points) << "sheet " << i << ", stream " << s;
        }
        EXPECT_TRUE(reused.explanation.empty()) << "sheet " << i << ": explanation written when not asked for";
    }
}

// A rule set with decimal points and awkward shares (33.3%, 0.35, 12.5% ...), a rate of £1.99,
// half-even rounding and a second stream converted by bands: every figure must stay exact.
const char* kFractionalRuleSet = R"(# Property test: decimal points and shares.
[ruleset]
id = "property-fractions"
version = "1"
title = "Property test fractions"
authority = "Test"
effective_from = 2026-04-01
rounding = "half-even"
weeks_per_year = "52.179"

[[stream]]
id = "main"
title = "Main"
restrictions = "Anything in the plan."
citation = "Test"
  [stream.conversion]
  method = "price-per-point"
  rate = "£1.99"
  citation = "Test"

[[stream]]
id = "extra"
title = "Extra"
restrictions = "Extra things."
citation = "Test"
  [stream.conversion]
  method = "bands"
  citation = "Test"
  [[stream.conversion.band]]
  from = 0
  to = 2
  weekly = "£5.00"
  citation = "Test"
  [[stream.conversion.band]]
  from = 3
  to = 5
  weekly = "£12.34"
  citation = "Test"
  [[stream.conversion.band]]
  from = 6
  weekly = "£20.01"
  citation = "Test"

[[domain]]
id = "a"
title = "A"
easy_read = "A"
citation = "Test"
  [[domain.question]]
  id = "a1"
  text = "A1"
  easy_read = "A1"
  citation = "Test"
  answers = [
    { id = "n", text = "n", easy_read = "n", points = 0 },
    { id = "b", text = "b", easy_read = "b", points = "2.5" },
    { id = "c", text = "c", easy_read = "c", points = "7.25" },
    { id = "d", text = "d", easy_read = "d", points = 12 },
  ]
  [[domain.question]]
  id = "a2"
  text = "A2"
  easy_read = "A2"
  citation = "Test"
  answers = [
    { id = "n", text = "n", easy_read = "n", points = 0 },
    { id = "b", text = "b", easy_read = "b", points = "0.1" },
    { id = "c", text = "c", easy_read = "c", points = "3.3" },
  ]
  [[domain.question]]
  id = "a_help"
  kind = "informal_support"
  text = "Help"
  easy_read = "Help"
  citation = "Test"
  answers = [
    { id = "none", text = "n", easy_read = "n", points_remaining = "100%" },
    { id = "third", text = "t", easy_read = "t", points_remaining = "33.3%" },
    { id = "twothirds", text = "t", easy_read = "t", points_remaining = "66.7%" },
    { id = "eighth", text = "e", easy_read = "e", points_remaining = "12.5%" },
    { id = "all", text = "a", easy_read = "a", points_remaining = "0%" },
  ]

[[domain]]
id = "b"
title = "B"
easy_read = "B"
citation = "Test"
  [[domain.question]]
  id = "b1"
  text = "B1"
  easy_read = "B1"
  citation = "Test"
  answers = [
    { id = "n", text = "n", easy_read = "n", points = 0 },
    { id = "b", text = "b", easy_read = "b", points = 1 },
    { id = "c", text = "c", easy_read = "c", points = "1.5" },
    { id = "d", text = "d", easy_read = "d", points = "4.75" },
  ]
  [[domain.question]]
  id = "b_help"
  kind = "informal_support"
  text = "Help"
  easy_read = "Help"
  citation = "Test"
  answers = [
    { id = "none", text = "n", easy_read = "n", points_remaining = "1" },
    { id = "some", text = "s", easy_read = "s", points_remaining = "0.6" },
    { id = "most", text = "m", easy_read = "m", points_remaining = "0.35" },
  ]

[[domain]]
id = "c"
title = "C"
easy_read = "C"
stream = "extra"
citation = "Test"
  [[domain.question]]
  id = "c1"
  text = "C1"
  easy_read = "C1"
  citation = "Test"
  answers = [
    { id = "n", text = "n", easy_read = "n", points = 0 },
    { id = "b", text = "b", easy_read = "b", points = "2.5" },
    { id = "c", text = "c", easy_read = "c", points = "5.5" },
    { id = "d", text = "d", easy_read = "d", points = 9 },
  ]
  [[domain.question]]
  id = "c2"
  text = "C2"
  easy_read = "C2"
  citation = "Test"
  answers = [
    { id = "n", text = "n", easy_read = "n", points = 0 },
    { id = "b", text = "b", easy_read = "b", points = "0.25" },
    { id = "c", text = "c", easy_read = "c", points = 1 },
  ]
  [[domain.question]]
  id = "c_help"
  kind = "informal_support"
  text = "Help"
  easy_read = "Help"
  citation = "Test"
  answers = [
    { id = "none", text = "n", easy_read = "n", points_remaining = "100%" },
    { id = "half", text = "h", easy_read = "h", points_remaining = "50%" },
    { id = "fifth", text = "f", easy_read = "f", points_remaining = "20%" },
  ]
)";

TEST(Property, DecimalPointsAndSharesStayExact) {
    const auto rules = load_or_fail(kFractionalRuleSet, "property-fractions.toml");
    ASSERT_TRUE(rules);
    const BudgetEngine engine(rules);
    // The band table above, as the test's own data: {from, weekly pence}.
    const std::vector<std::pair<int, int>> extra_bands = {{0, 500}, {3, 1234}, {6, 2001}};
    Random random(555);
    int fractional_totals = 0;
    for (int i = 0; i < kRandomSheets; ++i) {
        const AnswerSheet sheet = random_sheet(*rules, random, false);
        const IndicativeBudget b = engine.evaluate(sheet, true);
        ASSERT_EQ(check_sums(b), "") << "sheet " << i << " (seed 555)";
        // Points worked out here from the rule set's answers, in exact fractions.
        Rational total;
        std::vector<Rational> stream_points(rules->streams.size());
        for (std::size_t d = 0; d < rules->domains.size(); ++d) {
            const Domain& domain = rules->domains[d];
            Rational raw;
            for (int q : domain.questions)
                raw += rules->questions[std::size_t(q)].answers[std::size_t(sheet.answer_index[std::size_t(q)])].points;
            const Question& help = rules->questions[std::size_t(domain.informal_support)];
            const Rational kept = raw * help.answers[std::size_t(sheet.answer_index[std::size_t(domain.informal_support)])].points_remaining;
            ASSERT_EQ(b.domains[d].raw_points, raw) << "sheet " << i << ", domain " << domain.id;
            ASSERT_EQ(b.domains[d].points, kept) << "sheet " << i << ", domain " << domain.id;
            total += kept;
            stream_points[std::size_t(domain.stream)] += kept;
        }
        ASSERT_EQ(b.total_points, total) << "sheet " << i;
        fractional_totals += !total.is_integer();
        // Main stream: counted points x £1.99, rounded half-even once.
        ASSERT_EQ(b.streams[0].points, stream_points[0]) << "sheet " << i;
        const Rational main_exact = stream_points[0] * Rational(199);
        ASSERT_EQ(b.streams[0].weekly.pence(), round_pence(main_exact, RoundingRule::HalfEven)) << "sheet " << i;
        // Extra stream: the band for the whole number of points.
        ASSERT_EQ(b.streams[1].points, stream_points[1]) << "sheet " << i;
        const std::int64_t whole = stream_points[1].numerator() / stream_points[1].denominator();  // >= 0: floor
        int weekly = 0;
        for (const auto& [from, pence] : extra_bands)
            if (whole >= from) weekly = pence;
        ASSERT_EQ(b.streams[1].weekly.pence(), weekly) << "sheet " << i << ", " << whole << " whole points";
    }
    EXPECT_GT(fractional_totals, kRandomSheets / 2) << "the random sheets rarely gave fractional points";
}

// The same rule set with a rate finer than a penny (488.33 17p a point): the weekly amount is
// the exact counted points times the rate, rounded once; the rate is never rounded first, and
// the explanation's lines still add up to the penny.
TEST(Property, ARateFinerThanAPennyIsRoundedOnceAtTheEnd) {
    std::string text = kFractionalRuleSet;
    const std::string old_rate = "rate = \"£1.99\"";
    text.replace(text.find(old_rate), old_rate.size(), "rate = \"£4.883317\"");
    const auto rules = load_or_fail(text, "property-sub-penny.toml");
    ASSERT_TRUE(rules);
    const BudgetEngine engine(rules);
    const Rational rate(48833170, 100000);  // pence
    Random random(4883);
    int differs_from_rate_rounded_first = 0;
    for (int i = 0; i < kRandomSheets; ++i) {
        const AnswerSheet sheet = random_sheet(*rules, random, false);
        const IndicativeBudget b = engine.evaluate(sheet, true);
        ASSERT_EQ(check_sums(b), "") << "sheet " << i << " (seed 4883)";
        Rational counted;
        for (const Domain& d : rules->domains)
            if (d.stream == 0) counted += b.domains[std::size_t(&d - rules->domains.data())].points;
        ASSERT_EQ(b.streams[0].exact_weekly, counted * rate) << "sheet " << i;
        ASSERT_EQ(b.streams[0].weekly.pence(), round_pence(counted * rate, RoundingRule::HalfEven)) << "sheet " << i;
        differs_from_rate_rounded_first +=
            b.streams[0].weekly.pence() != round_pence(counted * Rational(488), RoundingRule::HalfEven);
    }
    EXPECT_GT(differs_from_rate_rounded_first, kRandomSheets / 2) << "the rate was not used to the fraction of a penny";
}

// Each domain line prices the domain's raw points at the stream's rate and each
// informal-support line takes off exactly the points not counted, at the same rate; the base
// line is the stream's base. The rule set's own figures give the expected amounts.
TEST(Property, DomainAndReductionLinesPriceThePointsAtTheStreamRate) {
    const auto rules = embedded_default_rule_set();
    const BudgetEngine engine(rules);
    Random random(4242);
    int reduction_lines = 0, rule_lines = 0;
    for (int i = 0; i < kRandomSheets / 4; ++i) {
        const AnswerSheet sheet = random_sheet(*rules, random, false);
        const IndicativeBudget b = engine.evaluate(sheet, true);
        for (const ExplanationLine& line : b.explanation) {
            reduction_lines += line.kind == LineKind::InformalSupport;
            rule_lines += line.kind == LineKind::Rule;
            const Conversion& c = rules->streams[std::size_t(line.stream)].conversion;
            const Rational rate = c.rate.exact();
            if (line.kind == LineKind::DomainPoints) {
                ASSERT_EQ(rules->domains[std::size_t(line.subject)].stream, line.stream);
                const Rational raw = b.domains[std::size_t(line.subject)].raw_points;
                ASSERT_EQ(line.points, raw) << "sheet " << i;
                ASSERT_EQ(line.exact_pence, raw * rate) << "sheet " << i;
            } else if (line.kind == LineKind::InformalSupport) {
                const DomainResult& d = b.domains[std::size_t(line.subject)];
                ASSERT_LT(d.share_kept, Rational(1)) << "a reduction line for a domain that keeps all its points";
                ASSERT_EQ(line.exact_pence, (d.points - d.raw_points) * rate) << "sheet " << i;
            } else if (line.kind == LineKind::Base) {
                ASSERT_EQ(line.exact_pence, c.base.exact()) << "sheet " << i;
            }
        }
        // And the stream's exact weekly amount is base + rate x counted points + its rules.
        for (std::size_t s = 0; s < rules->streams.size(); ++s) {
            const Conversion& c = rules->streams[s].conversion;
            Rational expected = c.method == ConversionMethod::BasePlusRate ? c.base.exact() : Rational(0);
            Rational counted;
            for (int d : rules->streams[s].domains) counted += b.domains[std::size_t(d)].points;
            expected += counted * c.rate.exact();
            for (const ExplanationLine& line : b.explanation)
                if (line.stream == int(s) && line.kind == LineKind::Rule) expected += line.exact_pence;
            ASSERT_EQ(b.streams[s].exact_weekly, expected) << "sheet " << i << ", stream " << rules->streams[s].id;
        }
    }
    EXPECT_GT(reduction_lines, kRandomSheets / 4) << "too few informal-support lines were checked";
    EXPECT_GT(rule_lines, kRandomSheets / 4) << "too few council-rule lines were checked";
}

// ---------------------------------------------------------------------------------------------
// Band boundaries
// ---------------------------------------------------------------------------------------------

struct TestBand {
    int from;
    int to;  // -1: open-ended
    int weekly_pence;
};

// Includes a one-point band (13 to 13) so that b-1, b and b+1 fall in three different bands.
const std::vector<TestBand> kBands = {
    {0, 4, 1000}, {5, 12, 2050}, {13, 13, 2575}, {14, 29, 4000}, {30, -1, 5525},
};

std::string pounds(int pence) {
    std::string p = std::to_string(pence % 100);
    if (p.size() < 2) p = "0" + p;
    return "\u00a3" + std::to_string(pence / 100) + "." + p;
}

std::string answers_zero_to(int most, const std::string& id_prefix) {
    std::string out = "  answers = [\n";
    for (int p = 0; p <= most; ++p)
        out += "    { id = \"" + id_prefix + std::to_string(p) + "\", text = \"" + std::to_string(p) +
               " points\", easy_read = \"" + std::to_string(p) + "\", points = " + std::to_string(p) + " },\n";
    return out + "  ]\n";
}

// Domain "counted": three questions worth 0..10 and three worth 0..1 (any total 0..33).
// Domain "halved": one question worth 0..9 and an informal-support question keeping 50%, so
// odd answers add half a point.
std::string band_rule_set_text() {
    std::string text = R"(# Property test: a band table.
[ruleset]
id = "property-bands"
version = "1"
title = "Property test bands"
authority = "Test"
effective_from = 2026-04-01
rounding = "half-even"
weeks_per_year = 52

[[stream]]
id = "main"
title = "Main"
restrictions = "Anything in the plan."
citation = "Test"

  [stream.conversion]
  method = "bands"
  citation = "Test bands"
)";
    for (const TestBand& band : kBands) {
        text += "\n  [[stream.conversion.band]]\n  from = " + std::to_string(band.from) + "\n";
        if (band.to >= 0) text += "  to = " + std::to_string(band.to) + "\n";
        text += "  weekly = \"" + pounds(band.weekly_pence) + "\"\n  citation = \"Test band\"\n";
    }
    text += "\n[[domain]]\nid = \"counted\"\ntitle = \"Counted\"\neasy_read = \"Counted\"\ncitation = \"Test\"\n";
    for (int q = 0; q < 6; ++q) {
        text += "\n  [[domain.question]]\n  id = \"q" + std::to_string(q) + "\"\n  text = \"Q\"\n  easy_read = \"Q\"\n"
                "  citation = \"Test\"\n" + answers_zero_to(q < 3 ? 10 : 1, "p");
    }
    text += "\n[[domain]]\nid = \"halved\"\ntitle = \"Halved\"\neasy_read = \"Halved\"\ncitation = \"Test\"\n"
            "\n  [[domain.question]]\n  id = \"h\"\n  text = \"H\"\n  easy_read = \"H\"\n  citation = \"Test\"\n" +
            answers_zero_to(9, "p") +
            R"(
  [[domain.question]]
  id = "family"
  kind = "informal_support"
  text = "Family help"
  easy_read = "Family"
  citation = "Test"
  answers = [
    { id = "none", text = "None", easy_read = "None", points_remaining = "100%" },
    { id = "half", text = "Half", easy_read = "Half", points_remaining = "50%" },
  ]
)";
    return text;
}

// Answers giving `whole` points in "counted", plus half a point when `plus_half`.
AnswerSheet sheet_for_points(const RuleSet& rules, int whole, bool plus_half) {
    AnswerSheet sheet;
    sheet.answer_index.assign(rules.questions.size(), 0);
    int left = whole;
    for (int q = 0; q < 6; ++q) {
        const int most = q < 3 ? 10 : 1;
        const int take = std::min(left, most);
        sheet.answer_index[std::size_t(rules.question_index("q" + std::to_string(q)))] = take;  // answer k = k points
        left -= take;
    }
    EXPECT_EQ(left, 0) << whole << " points cannot be reached";
    sheet.answer_index[std::size_t(rules.question_index("h"))] = plus_half ? 1 : 0;
    sheet.answer_index[std::size_t(rules.question_index("family"))] = 1;  // keep 50%
    return sheet;
}

int expected_band(int whole_points) {
    for (std::size_t i = 0; i < kBands.size(); ++i)
        if (whole_points >= kBands[i].from && (kBands[i].to < 0 || whole_points <= kBands[i].to)) return int(i);
    return -1;
}

TEST(Property, PointsAtEveryBandBoundaryLandInTheRightBand) {
    const auto rules = load_or_fail(band_rule_set_text(), "property-bands.toml");
    ASSERT_TRUE(rules);
    const BudgetEngine engine(rules);
    const int most = 33;  // 3 x 10 + 3 x 1 in "counted"; "halved" adds at most 4.5
    std::set<int> edges;
    for (const TestBand& band : kBands) {
        edges.insert(band.from);
        if (band.to >= 0) edges.insert(band.to);
    }
    int checked = 0;
    for (int edge : edges) {
        for (int points = edge - 1; points <= edge + 1; ++points) {
            if (points < 0 || points > most) continue;
            for (bool plus_half : {false, true}) {
                const IndicativeBudget b = engine.evaluate(sheet_for_points(*rules, points, plus_half), true);
                const Rational expected_points = Rational(points) + (plus_half ? Rational(1, 2) : Rational(0));
                ASSERT_EQ(b.total_points, expected_points);
                // The band uses the whole number of points: x.5 belongs with x.
                const int band = expected_band(points);
                ASSERT_GE(band, 0);
                EXPECT_EQ(b.streams[0].band, band) << points << (plus_half ? ".5" : "") << " points";
                EXPECT_EQ(b.weekly.pence(), kBands[std::size_t(band)].weekly_pence)
                    << points << (plus_half ? ".5" : "") << " points";
                EXPECT_EQ(check_sums(b), "") << points << (plus_half ? ".5" : "") << " points";
                int band_lines = 0;
                for (const auto& line : b.explanation) {
                    if (line.kind != LineKind::Band) continue;
                    ++band_lines;
                    EXPECT_EQ(line.points, Rational(points));
                    EXPECT_EQ(line.amount.pence(), kBands[std::size_t(band)].weekly_pence);
                }
                EXPECT_EQ(band_lines, 1);
                ++checked;
            }
        }
    }
    EXPECT_GE(checked, 40) << "too few boundary points were checked";
}

TEST(Property, BandTableCoveringTooFewPointsIsRefused) {
    // The most points the questions can give before any reduction: 3 x 10 + 3 x 1 + 9 = 42.
    // Closing the open-ended last band at 41 leaves 42 uncovered; at 42 it is enough.
    std::string text = band_rule_set_text();
    const std::string last = "  from = 30\n";
    const auto at = text.find(last);
    ASSERT_NE(at, std::string::npos);
    text.insert(at + last.size(), "  to = 41\n");
    const RuleSetLoad load = load_rule_set(text, "short.toml");
    EXPECT_FALSE(load.rule_set);
    bool coverage = false;
    for (const Error& e : load.problems.errors()) coverage = coverage || e.code == ErrorCode::BandCoverage;
    EXPECT_TRUE(coverage) << "a band table stopping at 41 of 42 points was not reported";
    text.replace(text.find("  to = 41\n"), 10, "  to = 42\n");
    EXPECT_TRUE(load_rule_set(text, "exact.toml").rule_set);
}

// ---------------------------------------------------------------------------------------------
// The rule-set hash
// ---------------------------------------------------------------------------------------------

std::string hash_of(const std::string& text, const std::string& what) {
    RuleSetLoad load = load_rule_set(text, "edited.toml");
    std::string problems;
    for (const Error& e : load.problems.errors()) problems += "\n  " + e.to_string();
    EXPECT_TRUE(load.rule_set) << "after " << what << " the rule set no longer loads:" << problems;
    return load.rule_set ? load.rule_set->hash : std::string{};
}

std::size_t indentation(const std::string& line) {
    const auto first = line.find_first_not_of(' ');
    return first == std::string::npos ? line.size() : first;
}

bool is_simple_key_line(const std::string& line) {
    // `key = value` on one line (not a table header, not the start or end of a list).
    const std::string trimmed = line.substr(indentation(line));
    if (trimmed.empty() || trimmed[0] == '#' || trimmed[0] == '[' || trimmed[0] == '{' || trimmed[0] == ']') return false;
    const auto eq = trimmed.find(" = ");
    if (eq == std::string::npos) return false;
    for (std::size_t i = 0; i < eq; ++i)
        if (!std::isalnum(static_cast<unsigned char>(trimmed[i])) && trimmed[i] != '_') return false;
    return trimmed.back() != '[';
}

TEST(Property, TheEmbeddedModelIsTheShippedFile) {
    const std::string file = read_text_file(std::string(OPENRAS_SOURCE_DIR) + "/rules/sets/model-ras.toml");
    ASSERT_FALSE(file.empty());
    EXPECT_EQ(file, model_text());
    EXPECT_EQ(hash_of(file, "nothing"), embedded_default_rule_set()->hash);
}

TEST(Property, ChangingAnyAnswersPointsChangesTheHash) {
    const std::vector<std::string> lines = split_lines(model_text());
    const std::string original = embedded_default_rule_set()->hash;
    std::set<std::string> seen{original};
    int edits = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto at = lines[i].find("points = ");
        if (at == std::string::npos || lines[i].find("points_remaining") != std::string::npos) continue;
        const auto digits = at + 9;
        auto end = digits;
        while (end < lines[i].size() && std::isdigit(static_cast<unsigned char>(lines[i][end]))) ++end;
        ASSERT_GT(end, digits) << "line " << i + 1;
        std::vector<std::string> edited = lines;
        const long value = std::stol(lines[i].substr(digits, end - digits));
        edited[i] = lines[i].substr(0, digits) + std::to_string(value + 1) + lines[i].substr(end);
        const std::string hash = hash_of(join_lines(edited), "points + 1 on line " + std::to_string(i + 1));
        EXPECT_NE(hash, original) << "points + 1 on line " << i + 1 << " left the hash unchanged";
        EXPECT_TRUE(seen.insert(hash).second) << "points + 1 on line " << i + 1 << " gave a hash seen before";
        ++edits;
    }
    EXPECT_GT(edits, 80) << "the model RAS has fewer answer lines than expected; was the search wrong?";
}

TEST(Property, ChangingAnyMoneyAmountChangesTheHash) {
    // Every "£..." value (rates, base, parameters, table rows, the ceiling) plus a penny.
    const std::vector<std::string> lines = split_lines(model_text());
    const std::string original = embedded_default_rule_set()->hash;
    int edits = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].find_first_not_of(' ') != std::string::npos && lines[i][indentation(lines[i])] == '#') continue;
        const auto at = lines[i].find("\"\u00a3");
        if (at == std::string::npos) continue;
        const auto close = lines[i].find('"', at + 1);
        ASSERT_NE(close, std::string::npos);
        const auto amount = Money::parse(lines[i].substr(at + 1, close - at - 1));
        ASSERT_TRUE(amount) << "line " << i + 1;
        std::vector<std::string> edited = lines;
        const std::string bumped = (*amount + Money::from_pence(1)).to_plain_string();
        edited[i] = lines[i].substr(0, at + 1) + "\u00a3" + bumped + lines[i].substr(close);
        EXPECT_NE(hash_of(join_lines(edited), "a penny more on line " + std::to_string(i + 1)), original)
            << "a penny more on line " << i + 1 << ": " << edited[i];
        ++edits;
    }
    EXPECT_GE(edits, 8);
}

TEST(Property, ChangingAnyWordingChangesTheHash) {
    // Seeded picks of `text`, `title`, `help`, `easy_read`, `message` and `citation` values.
    const std::vector<std::string> lines = split_lines(model_text());
    const std::string original = embedded_default_rule_set()->hash;
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string trimmed = lines[i].substr(indentation(lines[i]));
        for (const char* key : {"text = \"", "title = \"", "help = \"", "easy_read = \"", "message = \"", "citation = \""})
            if (trimmed.rfind(key, 0) == 0) candidates.push_back(i);
    }
    ASSERT_GT(candidates.size(), 50u);
    Random random(314);
    for (int n = 0; n < 60; ++n) {
        const std::size_t i = candidates[random.below(candidates.size())];
        std::vector<std::string> edited = lines;
        const auto quote = edited[i].find('"');
        const auto length = edited[i].rfind('"') - quote - 1;
        if (length == 0) continue;
        // Change one character inside the string.
        const auto pos = quote + 1 + random.below(length);
        char& c = edited[i][pos];
        if (static_cast<unsigned char>(c) >= 0x80) continue;  // keep UTF-8 intact
        // Plan-check messages have blanks such as {line.description}, checked when the rules
        // load: a changed letter inside one is a load error, not a wording change.
        const auto open = edited[i].rfind('{', pos), close = edited[i].rfind('}', pos);
        if (open != std::string::npos && (close == std::string::npos || close < open)) continue;
        if (c == '}') continue;
        c = c == 'x' ? 'y' : 'x';
        EXPECT_NE(hash_of(join_lines(edited), "a letter changed on line " + std::to_string(i + 1)), original)
            << "line " << i + 1 << ": " << edited[i];
    }
}

TEST(Property, ReorderingAnswersChangesTheHash) {
    // Swap two neighbouring answers of a question: same points on offer, different order.
    const std::vector<std::string> lines = split_lines(model_text());
    const std::string original = embedded_default_rule_set()->hash;
    int edits = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const std::string a = lines[i].substr(indentation(lines[i]));
        const std::string b = lines[i + 1].substr(indentation(lines[i + 1]));
        if (a.rfind("{ id = ", 0) != 0 || b.rfind("{ id = ", 0) != 0) continue;
        std::vector<std::string> edited = lines;
        std::swap(edited[i], edited[i + 1]);
        EXPECT_NE(hash_of(join_lines(edited), "swapping lines " + std::to_string(i + 1) + " and " + std::to_string(i + 2)),
                  original)
            << "swapping answers on lines " << i + 1 << " and " << i + 2;
        ++edits;
    }
    EXPECT_GT(edits, 50);
}

TEST(Property, ChangingABandChangesTheHash) {
    const std::string text = band_rule_set_text();
    const std::string original = hash_of(text, "nothing");
    ASSERT_FALSE(original.empty());
    std::set<std::string> seen{original};
    std::vector<std::string> lines = split_lines(text);
    int edits = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].rfind("  weekly = ", 0) != 0) continue;
        std::vector<std::string> edited = lines;
        const auto dot = edited[i].find('.');
        edited[i][dot - 1] = edited[i][dot - 1] == '9' ? '8' : char(edited[i][dot - 1] + 1);  // a pound more or less
        const std::string hash = hash_of(join_lines(edited), "band amount on line " + std::to_string(i + 1));
        EXPECT_TRUE(seen.insert(hash).second) << "changing the band amount on line " << i + 1 << " kept an old hash";
        ++edits;
    }
    EXPECT_EQ(edits, int(kBands.size()));
    // Moving the boundary between two bands (band 1 ends a point earlier, band 2 starts earlier).
    std::string moved = text;
    moved.replace(moved.find("  to = 12\n"), 10, "  to = 11\n");
    moved.replace(moved.find("  from = 13\n"), 12, "  from = 12\n");
    moved.replace(moved.find("  to = 13\n"), 10, "  to = 12\n");
    moved.replace(moved.find("  from = 14\n"), 12, "  from = 13\n");
    const std::string moved_hash = hash_of(moved, "moving band boundaries");
    EXPECT_TRUE(seen.insert(moved_hash).second) << "moving band boundaries kept an old hash";
}

TEST(Property, CommentsBlankLinesAndSpacingDoNotChangeTheHash) {
    const std::vector<std::string> lines = split_lines(model_text());
    const std::string original = embedded_default_rule_set()->hash;
    Random random(2718);
    for (int n = 0; n < 40; ++n) {
        std::vector<std::string> edited = lines;
        std::string what;
        // Several harmless edits at once, at random places.
        for (int k = 0; k < 5; ++k) {
            const std::size_t i = random.below(edited.size());
            switch (random.below(4)) {
                case 0:  // a comment line after line i
                    edited.insert(edited.begin() + long(i) + 1, std::string(random.below(6), ' ') + "# reviewed " + std::to_string(n));
                    what += " comment after " + std::to_string(i + 1) + ";";
                    break;
                case 1:  // a blank line
                    edited.insert(edited.begin() + long(i) + 1, "");
                    what += " blank after " + std::to_string(i + 1) + ";";
                    break;
                case 2:  // a trailing comment on a key line
                    if (is_simple_key_line(edited[i])) {
                        edited[i] += "   # checked";
                        what += " trailing comment on " + std::to_string(i + 1) + ";";
                    }
                    break;
                case 3:  // different spacing around `=` and in the indentation
                    if (is_simple_key_line(edited[i])) {
                        const auto eq = edited[i].find(" = ");
                        edited[i] = "    " + edited[i].substr(indentation(edited[i]), eq - indentation(edited[i])) +
                                    "   =\t" + edited[i].substr(eq + 3);
                        what += " spacing on " + std::to_string(i + 1) + ";";
                    }
                    break;
            }
        }
        EXPECT_EQ(hash_of(join_lines(edited), what), original) << "edits:" << what;
    }
}

TEST(Property, ReorderingKeysWithinATableDoesNotChangeTheHash) {
    const std::vector<std::string> lines = split_lines(model_text());
    const std::string original = embedded_default_rule_set()->hash;
    int edits = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        // Two neighbouring one-line keys at the same indentation belong to the same table.
        if (!is_simple_key_line(lines[i]) || !is_simple_key_line(lines[i + 1])) continue;
        if (indentation(lines[i]) != indentation(lines[i + 1])) continue;
        std::vector<std::string> edited = lines;
        std::swap(edited[i], edited[i + 1]);
        EXPECT_EQ(hash_of(join_lines(edited), "swapping keys on lines " + std::to_string(i + 1)), original)
            << "swapping the keys on lines " << i + 1 << " and " << i + 2;
        ++edits;
    }
    EXPECT_GT(edits, 100);
    // Reordering the keys inside an inline answer table: `id` moves from first to last.
    const std::regex answer_line(R"(^(\s*)\{ (id = "[^"]*"),\s*(.*[^ ]) *\},?$)");
    std::vector<std::string> edited = lines;
    int inline_edits = 0;
    for (auto& line : edited) {
        std::smatch m;
        if (!std::regex_match(line, m, answer_line)) continue;
        line = m[1].str() + "{ " + m[3].str() + ", " + m[2].str() + " },";
        ++inline_edits;
    }
    ASSERT_GT(inline_edits, 50);
    EXPECT_EQ(hash_of(join_lines(edited), "reordering inline answer keys"), original);
}

// ---------------------------------------------------------------------------------------------
// Determinism
// ---------------------------------------------------------------------------------------------

TEST(Property, BudgetJsonIsByteIdenticalAcrossEvaluationsAndReloads) {
    const auto first = embedded_default_rule_set();
    const auto reloaded = load_or_fail(model_text(), kEmbeddedDefaultName);
    ASSERT_TRUE(reloaded);
    ASSERT_NE(first.get(), reloaded.get());
    const BudgetEngine engine(first), other_engine(reloaded);
    Random random(1);
    IndicativeBudget reused;
    for (int i = 0; i < 300; ++i) {
        const AnswerSheet sheet = random_sheet(*first, random, false);
        auto dress = [&](IndicativeBudget b) {
            b.person = "P-" + std::to_string(i);
            b.assessment_date = boost::gregorian::date(2026, 5, 1);
            return b;
        };
        const std::string a = budget_json(dress(engine.evaluate(sheet, true))).dump();
        const std::string b = budget_json(dress(engine.evaluate(sheet, true))).dump();
        engine.evaluate(random_sheet(*first, random, false), reused, true);  // something else in between
        engine.evaluate(sheet, reused, true);
        const std::string c = budget_json(dress(reused)).dump();
        const std::string d = budget_json(dress(other_engine.evaluate(sheet, true))).dump();
        ASSERT_EQ(a, b) << "sheet " << i << ": two evaluations differ";
        ASSERT_EQ(a, c) << "sheet " << i << ": evaluating into reused storage differs";
        ASSERT_EQ(a, d) << "sheet " << i << ": the reloaded rule set gives another document";
        ASSERT_EQ(budget_text(dress(engine.evaluate(sheet, true))), budget_text(dress(other_engine.evaluate(sheet, true))));
    }
}

}  // namespace
}  // namespace openras
