// Calibration on small test groups worked out by hand: the rate formula to the penny, what
// affordability and contingency do to it, the least-squares base and rate, bands that cover
// every point with no gap, the rewritten rule set, and bad test groups reported by line and
// column with nothing produced.
#include "alloc/calibration/calibration.hpp"
#include "alloc/calibration/calibration_run.hpp"
#include "alloc/calibration/ruleset_writer.hpp"
#include "rules/canonical_hash.hpp"

#include "calibration_fixtures.hpp"

#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>

namespace openras {
namespace {

using test::calibration_rule_set;
using test::kFivePeople;
using test::load_calibration_rules;

Money pounds(std::int64_t whole, int pence = 0) { return Money::from_pence(whole * 100 + pence); }
PreciseMoney precise(const char* written) { return *PreciseMoney::parse(written); }

std::vector<CalibrationCase> group_of(const std::vector<std::pair<std::int64_t, Money>>& people) {
    std::vector<CalibrationCase> out;
    for (std::size_t i = 0; i < people.size(); ++i)
        out.push_back({"P" + std::to_string(i + 1), ClientGroup::Other, Rational(people[i].first), people[i].second});
    return out;
}

// 10, 20, 30, 40, 50 points; £520 a year for every point. Σ cost £78,000.00, Σ points 150.
std::vector<CalibrationCase> five_people() {
    return group_of({{10, pounds(5200)}, {20, pounds(10400)}, {30, pounds(15600)}, {40, pounds(20800)}, {50, pounds(26000)}});
}

RuleSetHeader header(const std::string& weeks = "52", RoundingRule rounding = RoundingRule::HalfUp) {
    RuleSetHeader h;
    h.weeks_per_year = *Rational::parse_decimal(weeks);
    h.rounding = rounding;
    return h;
}

CalibrationSettings settings(CalibrationMethod method, const std::string& affordability = "1",
                             const std::string& contingency = "0%") {
    CalibrationSettings s;
    s.method = method;
    s.affordability = *Rational::parse_decimal(affordability);
    s.contingency = *Rational::parse_decimal(contingency);
    return s;
}

TEST(Calibration, RateIsTotalCostOverWeeksOverTotalPoints) {
    // (£78,000.00 ÷ 52) ÷ 150 = £1,500.00 ÷ 150 = £10.00 a point a week, exactly.
    const Calibration c = calibrate(five_people(), settings(CalibrationMethod::Rate), header());
    EXPECT_EQ(c.total_cost_pence, 7800000);
    EXPECT_EQ(c.total_points, Rational(150));
    EXPECT_EQ(c.exact_rate_pence, Rational(1000));
    EXPECT_EQ(c.rate, pounds(10));
    EXPECT_EQ(c.conversion, ConversionMethod::PricePerPoint);
    EXPECT_NEAR(c.r_squared, 1.0, 1e-12);  // cost is exactly £520 × points
}

TEST(Calibration, RateWithExactWeeksPerYearIsRoundedOnceToAHundredthOfAPenny) {
    // 7,800,000 pence ÷ 52.143 ÷ 150 = 997.2575… pence → £9.9726 (half-up), not £9.97: to the
    // penny a 150-point budget would be 38p a week less than the test group's cost.
    const Calibration c = calibrate(five_people(), settings(CalibrationMethod::Rate), header("52.143"));
    EXPECT_EQ(c.exact_rate_pence, Rational(7800000) / Rational(52143, 1000) / Rational(150));
    EXPECT_EQ(c.rate, precise("9.9726"));
    EXPECT_EQ(c.rate.to_string(), "\u00a39.9726");
    const Calibration down =
        calibrate(five_people(), settings(CalibrationMethod::Rate), header("52.143", RoundingRule::Down));
    EXPECT_EQ(down.rate, precise("9.9725"));  // the rule set's own rounding rule
}

TEST(Calibration, AffordabilityAndContingencyMoveTheRateAsTheFormulaSays) {
    // × 0.8 → 800 pence; × (1 − 10%) → 900 pence; both 0.95 and 5% → 1000 × 0.9025 = 902.5 pence.
    EXPECT_EQ(calibrate(five_people(), settings(CalibrationMethod::Rate, "0.8"), header()).rate, pounds(8));
    EXPECT_EQ(calibrate(five_people(), settings(CalibrationMethod::Rate, "1", "10%"), header()).rate, pounds(9));
    const Calibration both = calibrate(five_people(), settings(CalibrationMethod::Rate, "0.95", "5%"), header());
    EXPECT_EQ(both.scale, Rational(9025, 10000));
    EXPECT_EQ(both.exact_rate_pence, Rational(1805, 2));
    EXPECT_EQ(both.rate, precise("9.025"));  // 902.5 pence is exact at a hundredth of a penny
    const Calibration even =
        calibrate(five_people(), settings(CalibrationMethod::Rate, "0.95", "5%"), header("52", RoundingRule::HalfEven));
    EXPECT_EQ(even.rate, precise("9.025"));  // nothing to round, whatever the rule
}

TEST(Calibration, ContingencyMustLeaveSomethingToHandOut) {
    EXPECT_THROW(calibrate(five_people(), settings(CalibrationMethod::Rate, "1", "100%"), header()), OpenRasError);
    EXPECT_THROW(calibrate(five_people(), settings(CalibrationMethod::Rate, "0"), header()), OpenRasError);
}

TEST(Calibration, NoPointsAtAllCannotGiveAPricePerPoint) {
    EXPECT_THROW(calibrate(group_of({{0, pounds(100)}, {0, pounds(200)}}), settings(CalibrationMethod::Rate), header()),
                 OpenRasError);
}

TEST(Calibration, BaseRateFindsTheLeastSquaresLineAndScalesItWeekly) {
    // Cost = £2,600 + £520 × points exactly, for 0, 10, 20, 30, 40 points.
    // Weekly base = £2,600 ÷ 52 = £50.00; weekly rate = £520 ÷ 52 = £10.00.
    const auto group = group_of({{0, pounds(2600)}, {10, pounds(7800)}, {20, pounds(13000)}, {30, pounds(18200)},
                                 {40, pounds(23400)}});
    const Calibration c = calibrate(group, settings(CalibrationMethod::BaseRate), header());
    EXPECT_EQ(c.conversion, ConversionMethod::BasePlusRate);
    EXPECT_EQ(c.base, pounds(50));
    EXPECT_EQ(c.rate, pounds(10));
    EXPECT_NEAR(c.r_squared, 1.0, 1e-12);
    // With 0.95 and 5%: base 5,000 × 0.9025 = 4,512.5 pence → £45.13 (whole pence); rate 902.5p → £9.025.
    const Calibration scaled = calibrate(group, settings(CalibrationMethod::BaseRate, "0.95", "5%"), header());
    EXPECT_EQ(scaled.base, pounds(45, 13));
    EXPECT_EQ(scaled.rate, precise("9.025"));
}

TEST(Calibration, BaseRateWithANegativeBaseFallsBackToThePricePerPoint) {
    // Cost = £520 × points − £1,040: the least-squares base is negative, so base £0 and the
    // rate formula: Σ cost (£0 + £4,160 + £9,360 + £14,560) = £28,080 ÷ 52 = £540.00 a week,
    // ÷ 62 points (2 + 10 + 20 + 30) = 870.9677… pence → £8.7097.
    const auto group = group_of({{2, pounds(0)}, {10, pounds(4160)}, {20, pounds(9360)}, {30, pounds(14560)}});
    const Calibration c = calibrate(group, settings(CalibrationMethod::BaseRate), header());
    EXPECT_TRUE(c.base_set_to_zero);
    EXPECT_EQ(c.conversion, ConversionMethod::PricePerPoint);
    EXPECT_EQ(c.rate, precise("8.7097"));
    ASSERT_FALSE(c.notes.empty());
    EXPECT_NE(c.notes.front().find("negative"), std::string::npos);
}

TEST(Calibration, BaseRateRefusesCostsThatFallAsPointsRise) {
    const auto group = group_of({{10, pounds(9000)}, {20, pounds(5000)}, {30, pounds(1000)}});
    EXPECT_THROW(calibrate(group, settings(CalibrationMethod::BaseRate), header()), OpenRasError);
    const auto flat = group_of({{10, pounds(9000)}, {10, pounds(5000)}});
    EXPECT_THROW(calibrate(flat, settings(CalibrationMethod::BaseRate), header()), OpenRasError);
}

// Ten people, 0 to 90 points; five quantile bands start at the 2nd, 4th, 6th and 8th person:
// 0–19, 20–39, 40–59, 60–79, 80 and more, two people in each.
std::vector<CalibrationCase> ten_people() {
    return group_of({{0, pounds(5200)}, {10, pounds(7800)}, {20, pounds(10400)}, {30, pounds(10400)},
                     {40, pounds(15600)}, {50, pounds(15600)}, {60, pounds(20800)}, {70, pounds(20800)},
                     {80, pounds(26000)}, {90, pounds(31200)}});
}

TEST(Calibration, BandsStartAtZeroFollowOnWithNoGapAndLeaveTheTopOpen) {
    const Calibration c = calibrate(ten_people(), settings(CalibrationMethod::Bands), header());
    ASSERT_EQ(c.bands.size(), 5u);
    EXPECT_EQ(c.bands.front().from, 0);
    for (std::size_t i = 0; i + 1 < c.bands.size(); ++i) {
        ASSERT_TRUE(c.bands[i].to.has_value());
        EXPECT_EQ(*c.bands[i].to + 1, c.bands[i + 1].from) << "gap or overlap after band " << i + 1;
    }
    EXPECT_FALSE(c.bands.back().to.has_value());
    std::size_t people = 0;
    for (const auto& band : c.bands) people += band.people;
    EXPECT_EQ(people, 10u);
}

TEST(Calibration, BandsPayTheMeanCostOfTheirPeopleAWeek) {
    // Band 0–19: (£5,200 + £7,800) ÷ 2 = £6,500 a year ÷ 52 = £125.00 a week.
    // Band 20–39: £10,400 ÷ 52 = £200.00. Band 40–59: £300.00. Band 60–79: £400.00.
    // Band 80+: (£26,000 + £31,200) ÷ 2 = £28,600 ÷ 52 = £550.00.
    const Calibration c = calibrate(ten_people(), settings(CalibrationMethod::Bands), header());
    ASSERT_EQ(c.bands.size(), 5u);
    EXPECT_EQ(c.bands[0].to, 19);
    EXPECT_EQ(c.bands[4].from, 80);
    const std::vector<Money> weekly{pounds(125), pounds(200), pounds(300), pounds(400), pounds(550)};
    for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(c.bands[i].weekly, weekly[i]) << "band " << i + 1;
    // With 0.95 and 5%: £125.00 × 0.9025 = £112.8125 → £112.81.
    const Calibration scaled = calibrate(ten_people(), settings(CalibrationMethod::Bands, "0.95", "5%"), header());
    EXPECT_EQ(scaled.bands[0].weekly, pounds(112, 81));
}

TEST(Calibration, ABandCheaperThanTheOneBelowIsMergedSoAmountsNeverFall) {
    // The 20–39 band costs less than the 0–19 band; pooled: (£10,400 + £2,600 + £5,200 + £5,200) ÷ 4
    // = £5,850 a year ÷ 52 = £112.50 a week for 0–39.
    const auto group = group_of({{0, pounds(10400)}, {10, pounds(2600)}, {20, pounds(5200)}, {30, pounds(5200)},
                                 {40, pounds(15600)}, {50, pounds(15600)}});
    CalibrationSettings s = settings(CalibrationMethod::Bands);
    s.band_count = 3;
    const Calibration c = calibrate(group, s, header());
    ASSERT_EQ(c.bands.size(), 2u);
    EXPECT_EQ(c.bands[0].from, 0);
    EXPECT_EQ(c.bands[0].to, 39);
    EXPECT_EQ(c.bands[0].weekly, Money::from_pence(11250));
    EXPECT_EQ(c.bands[1].weekly, pounds(300));
    for (std::size_t i = 0; i + 1 < c.bands.size(); ++i) EXPECT_LE(c.bands[i].weekly, c.bands[i + 1].weekly);
}

TEST(Calibration, TiedPointsNeverLeaveABandEmpty) {
    const auto group = group_of({{5, pounds(1000)}, {5, pounds(2000)}, {5, pounds(3000)}, {5, pounds(4000)}, {7, pounds(5000)}});
    const Calibration c = calibrate(group, settings(CalibrationMethod::Bands), header());
    for (const auto& band : c.bands) EXPECT_GT(band.people, 0u);
    EXPECT_EQ(c.bands.front().from, 0);
    EXPECT_FALSE(c.bands.back().to.has_value());
}

// ---- The whole run: test group file → new rule-set text, report, chart --------------------

CalibrationRequest request(const std::string& test_group, CalibrationMethod method = CalibrationMethod::Rate) {
    CalibrationRequest r;
    r.old_text = calibration_rule_set();
    r.old_rules = load_calibration_rules(r.old_text);
    r.test_group_name = "group.csv";
    r.test_group_bytes = test_group;
    r.settings = settings(method);
    r.margin = *parse_funding_margin("10%");
    r.version = "2027.1";
    r.effective_from = boost::gregorian::date(2027, 4, 1);
    r.out_name = "new.toml";
    return r;
}

TEST(CalibrationRun, WritesANewVersionThatLoadsAndDiffersOnlyInHeaderAndConversion) {
    const CalibrationOutcome out = run_calibration(request(kFivePeople));
    ASSERT_TRUE(out.problems.empty()) << out.problems.errors().front().to_string();
    const RuleSet& rules = *out.new_rules;
    EXPECT_EQ(rules.header.version, "2027.1");
    EXPECT_EQ(rules.header.effective_from, boost::gregorian::date(2027, 4, 1));
    EXPECT_EQ(rules.streams[0].conversion.rate, pounds(10));  // as RateIsTotalCostOverWeeksOverTotalPoints
    EXPECT_EQ(rules.streams[1].conversion.rate, pounds(1));   // the carer stream is untouched
    const RuleSetLoad reloaded = load_rule_set(out.rule_set_text, "new.toml");
    ASSERT_TRUE(reloaded.rule_set != nullptr);
    EXPECT_EQ(reloaded.rule_set->hash, rules.hash);
}

TEST(CalibrationRun, KeepsTheOfficersCommentsAndNamesTheTestGroupAndItsHash) {
    const CalibrationOutcome out = run_calibration(request(kFivePeople));
    const std::string& text = out.rule_set_text;
    EXPECT_NE(text.find("# A small RAS for calibration tests. Officer's note: keep this comment."), std::string::npos);
    EXPECT_NE(text.find("# The conversion below was agreed at cabinet (officer's note: keep me)."), std::string::npos);
    EXPECT_NE(text.find("group.csv"), std::string::npos);
    EXPECT_NE(text.find(sha256_hex(kFivePeople)), std::string::npos);
    EXPECT_NE(text.find("--method rate --affordability 1 --contingency 0%"), std::string::npos);
    EXPECT_NE(text.find("rate = \"£10.00\""), std::string::npos);
    EXPECT_EQ(text.find("rate = \"£2.50\""), std::string::npos);
}

TEST(CalibrationRun, ReportShowsTheFormulaWithTheActualFigures) {
    const CalibrationOutcome out = run_calibration(request(kFivePeople));
    EXPECT_NE(out.report.find("= (£78,000.00 × 1 × (1 − 0%) ÷ 52) ÷ 150 points"), std::string::npos) << out.report;
    EXPECT_NE(out.report.find("→ £10.00 a point a week"), std::string::npos);
    EXPECT_NE(out.report.find("SYNTHETIC DATA"), std::string::npos);
    EXPECT_NE(out.report.find("give the old version effective_to ="), std::string::npos);
    EXPECT_NE(out.report.find("2027-03-31 (31 March 2027)"), std::string::npos);
    EXPECT_NE(out.chart_svg.find("<svg"), std::string::npos);
    EXPECT_NE(out.chart_svg.find("SYNTHETIC DATA"), std::string::npos);
}

TEST(CalibrationRun, FundingByGroupComparesTheWholeMainStreamWithTodaysCost) {
    // At £10.00 a point: A1 10 points → £100.00 a week × 52 = £5,200.00, exactly today's cost.
    // A5 (50 points, safety "more") also gets waking nights: £500 + £60 = £560 a week = £29,120 a
    // year against £26,000 today: over-funded by £3,120.
    const CalibrationOutcome out = run_calibration(request(kFivePeople));
    const std::string& report = out.report;
    const std::size_t row = report.find("  Mental health ");
    ASSERT_NE(row, std::string::npos) << report;
    const std::string line = report.substr(row, report.find('\n', row) - row);
    EXPECT_NE(line.find("£26,000.00"), std::string::npos) << line;
    EXPECT_NE(line.find("£29,120.00"), std::string::npos) << line;
    EXPECT_NE(line.find("+£3,120.00"), std::string::npos) << line;
}

TEST(CalibrationRun, ShortfallsListPeopleBelowTodaysCostByMoreThanTheMargin) {
    // Double A3's cost to £31,200: at (Σ £93,600 ÷ 52 ÷ 150) = £12.00 a point, A3 gets £360 a week
    // = £18,720 a year, £12,480 (40%) short; A1 (£6,240 against £5,200) is over, not listed.
    std::string group = kFivePeople;
    group.replace(group.find("15600.00"), 8, "31200.00");
    const CalibrationOutcome out = run_calibration(request(group));
    EXPECT_NE(out.shortfalls_csv.find("A3,learning-disability,30,31200.00,18720.00,12480.00,-40.0"), std::string::npos)
        << out.shortfalls_csv;
    EXPECT_EQ(out.shortfalls_csv.find("A1,"), std::string::npos);
}

TEST(CalibrationRun, PointsColumnCanStandInForAnswers) {
    const std::string group = "person,client_group,current_annual_cost,points\nA1,other,5200.00,10\nA2,other,10400,20\n"
                              "A3,other,£15,600.00,30\n";
    // "£15,600.00" unquoted splits into two fields: reported, so quote it as a spreadsheet would.
    CalibrationOutcome bad = run_calibration(request(group));
    EXPECT_FALSE(bad.problems.empty());
    const std::string quoted = "person,client_group,current_annual_cost,points\nA1,other,5200.00,10\nA2,other,10400,20\n"
                               "A3,other,\"£15,600.00\",30\n";
    const CalibrationOutcome out = run_calibration(request(quoted));
    ASSERT_TRUE(out.problems.empty()) << out.problems.errors().front().to_string();
    // (£31,200 ÷ 52) ÷ 60 points = £10.00.
    EXPECT_EQ(out.new_rules->streams[0].conversion.rate, pounds(10));
    EXPECT_NE(out.report.find("from each person's points alone"), std::string::npos);
}

TEST(CalibrationRun, BandsMethodWritesABandTableTheLoaderProvesCoversEveryPoint) {
    const CalibrationOutcome out = run_calibration(request(kFivePeople, CalibrationMethod::Bands));
    ASSERT_TRUE(out.new_rules != nullptr);
    const Conversion& c = out.new_rules->streams[0].conversion;
    EXPECT_EQ(c.method, ConversionMethod::Bands);
    EXPECT_EQ(c.bands.front().from, 0);
    EXPECT_FALSE(c.bands.back().to.has_value());
    EXPECT_NE(out.rule_set_text.find("[[stream.conversion.band]]"), std::string::npos);
}

TEST(CalibrationRun, NewVersionMustStartAfterTheOldOne) {
    CalibrationRequest r = request(kFivePeople);
    r.effective_from = boost::gregorian::date(2026, 4, 1);
    EXPECT_THROW(run_calibration(r), OpenRasError);
}

// Each class of mistake, each reported with its line and column, and nothing produced.
TEST(CalibrationRun, BadTestGroupReportsEveryProblemByLineAndColumnAndProducesNothing) {
    const std::string group = "person,client_group,current_annual_cost,care,safety,family_help,carer_time,hobbies\n"
                              "A1,older-people,5200.00,some,none,none,,\n"     // line 2: fine
                              "A2,elderly,10400.00,more,none,none,,\n"         // line 3: unknown client group
                              "A3,other,12,34x,most,none,none,,\n"             // line 4: one field too many
                              "A4,other,1560.001,most,none,none,,\n"           // line 5: malformed amount
                              "A5,other,20800.00,sometimes,some,none,,\n"      // line 6: unknown answer
                              "A1,other,26000.00,most,,none,,\n";              // line 7: duplicate, missing answer
    const CalibrationOutcome out = run_calibration(request(group));
    std::vector<std::pair<int, std::string>> where;
    for (const Error& e : out.problems.errors()) where.emplace_back(e.where.line, e.where.field);
    const std::vector<std::pair<int, std::string>> expected{
        {1, "column hobbies"},             {3, "column client_group"}, {4, "column 9"},
        {5, "column current_annual_cost"}, {6, "column care"},         {7, "column person"},
        {7, "column safety"}};
    std::string all;
    for (const Error& e : out.problems.errors()) all += e.to_string() + "\n";
    for (const auto& want : expected)
        EXPECT_NE(std::find(where.begin(), where.end(), want), where.end())
            << "no problem reported at line " << want.first << ", " << want.second << "; reported:\n" << all;
    EXPECT_TRUE(out.rule_set_text.empty());
    EXPECT_TRUE(out.report.empty());
    EXPECT_TRUE(out.chart_svg.empty());
}

TEST(CalibrationRun, AMissingCostColumnIsNamed) {
    const CalibrationOutcome out = run_calibration(request("person,client_group,care,safety,family_help\nA1,other,some,none,none\n"));
    ASSERT_FALSE(out.problems.empty());
    EXPECT_EQ(out.problems.errors().front().where.field, "column current_annual_cost");
    EXPECT_EQ(out.problems.errors().front().code, ErrorCode::MissingField);
}

// ---- The text rewrite on its own ---------------------------------------------------------

RuleSetRevision revision_with(const Conversion& conversion) {
    RuleSetRevision r;
    r.version = "2027.1";
    r.effective_from = boost::gregorian::date(2027, 4, 1);
    r.main_conversion = conversion;
    r.header_comment = {"calibrated"};
    return r;
}

TEST(RuleSetWriter, InlineConversionIsRewrittenInline) {
    std::string text = calibration_rule_set();
    const std::string table = "  [stream.conversion]\n  method = \"price-per-point\"\n  rate = \"£2.50\"   # synthetic\n"
                              "  citation = \"Test policy 5.1\"\n";
    text.replace(text.find(table), table.size(),
                 "conversion = { method = \"price-per-point\", rate = \"£2.50\", citation = \"Test policy 5.1\" }\n");
    Conversion c;
    c.method = ConversionMethod::BasePlusRate;
    c.base = pounds(30);
    c.rate = pounds(3, 5);
    c.citation = Citation{"Test policy 5.1, recalibrated", {}};
    const RuleSetRevision revision = revision_with(c);
    const std::string revised = revise_rule_set_text(text, "calib.toml", revision);
    EXPECT_NE(revised.find("conversion = { method = \"base-plus-rate\", base = \"£30.00\", rate = \"£3.05\""),
              std::string::npos) << revised;
    const auto rules = prove_revision(text, revised, "new.toml", revision);
    EXPECT_EQ(rules->streams[0].conversion.base, pounds(30));
}

TEST(RuleSetWriter, ARateFinerThanAPennyIsWrittenAsItIsAndReadsBackExactly) {
    Conversion c;
    c.rate = precise("9.1955");
    c.citation = Citation{"Test policy 5.1, recalibrated", {}};
    const RuleSetRevision revision = revision_with(c);
    const std::string text = calibration_rule_set();
    const std::string revised = revise_rule_set_text(text, "calib.toml", revision);
    EXPECT_NE(revised.find("rate = \"£9.1955\""), std::string::npos) << revised;
    const auto rules = prove_revision(text, revised, "new.toml", revision);
    EXPECT_EQ(rules->streams[0].conversion.rate.exact(), Rational(91955, 100));  // 919.55p, not £9.20
}

TEST(RuleSetWriter, EffectiveToIsSetReplacedOrRemoved) {
    Conversion c;
    c.rate = pounds(3);
    c.citation = Citation{"Test policy 5.1", {}};
    RuleSetRevision revision = revision_with(c);
    revision.effective_to = boost::gregorian::date(2028, 3, 31);
    const std::string text = calibration_rule_set();
    const std::string with_end = revise_rule_set_text(text, "calib.toml", revision);
    EXPECT_NE(with_end.find("effective_from = 2027-04-01\neffective_to = 2028-03-31\n"), std::string::npos) << with_end;
    EXPECT_EQ(prove_revision(text, with_end, "a.toml", revision)->header.effective_to, revision.effective_to);
    // The old version had an end; the new one asks for none: the line goes.
    revision.effective_to.reset();
    const std::string without = revise_rule_set_text(with_end, "calib.toml", revision);
    EXPECT_EQ(without.find("effective_to"), std::string::npos);
}

TEST(RuleSetWriter, RefusesAConversionSplitAcrossTheFile) {
    // TOML lets the bands of the last [[stream]] come after other tables; rewriting the lines from
    // [stream.conversion] to the last band would take the domain with them, so it is refused.
    const std::string text = R"([ruleset]
id = "split"
version = "1"
title = "Split"
authority = "Test Council"
effective_from = 2026-04-01
rounding = "half-up"
weeks_per_year = 52

[[stream]]
id = "main"
title = "Personal budget"
restrictions = "For the needs in your plan."
citation = "Care Act 2014, s.26"

  [stream.conversion]
  method = "bands"
  citation = "Test policy 5.2"

[[domain]]
id = "care"
title = "Care"
easy_read = "Care"
citation = "Test questionnaire, domain 1"

  [[domain.question]]
  id = "eating"
  text = "Help to eat?"
  easy_read = "Help to eat?"
  citation = "Test questionnaire, 1.1"
  answers = [
    { id = "none", text = "No", easy_read = "No", points = 0 },
    { id = "some", text = "Some", easy_read = "Some", points = 8 },
  ]

[[stream.conversion.band]]
from = 0
weekly = "£50.00"
citation = "Test policy 5.2, band A"
)";
    ASSERT_TRUE(load_calibration_rules(text) != nullptr);
    Conversion c;
    c.rate = pounds(3);
    c.citation = Citation{"Test policy 5.1", {}};
    try {
        revise_rule_set_text(text, "split.toml", revision_with(c));
        ADD_FAILURE() << "a conversion split across the file was rewritten";
    } catch (const OpenRasError& e) {
        EXPECT_NE(e.error().message.find("in the middle of the main stream's conversion"), std::string::npos)
            << e.error().message;
    }
}

}  // namespace
}  // namespace openras
