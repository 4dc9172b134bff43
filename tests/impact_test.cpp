// The impact of a rule-set change: exactly the people a change touches are changed, and each
// person's explanation names the rule, the answer and the figures that caused it.
#include "alloc/caseload/caseload_csv.hpp"
#include "alloc/caseload/caseload_generator.hpp"
#include "alloc/impact/impact.hpp"
#include "alloc/impact/impact_run.hpp"
#include "alloc/impact/impact_summary.hpp"

#include "calibration_fixtures.hpp"

#include <gtest/gtest.h>

#include <set>

namespace openras {
namespace {

using test::calibration_rule_set;

// The main stream pays £2.50 a point; waking nights (safety = more) add £60.00 (see the fixture).
//   P1 care some                     10 points  £25.00
//   P2 care more                     20 points  £50.00
//   P3 care some, safety some, family some: 20 points × 75% = 15  £37.50
//   P4 safety more                   20 points  £50.00 + £60.00 = £110.00 (over the £100 ceiling)
//   P5 care most                     30 points  £75.00
//   P6 care some, safety more        30 points  £75.00 + £60.00 = £135.00
const std::string kCaseload = R"(# SYNTHETIC DATA: six made-up people
person,client_group,care,safety,family_help,carer_time
P1,older-people,some,none,none,
P2,learning-disability,more,none,none,
P3,physical-disability,some,some,some,lots
P4,mental-health,none,more,none,
P5,other,most,none,none,
P6,older-people,some,more,none,
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << "the fixture has no \"" << from << "\"";
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

// The first `points = 10` in the fixture is care's "some" answer.
std::string with_care_some_worth(int points) {
    return replaced(replaced(calibration_rule_set(), "version = \"2026.1\"", "version = \"2026.2\""),
                    "easy_read = \"Some\", points = 10 }", "easy_read = \"Some\", points = " + std::to_string(points) + " }");
}

struct Compared {
    std::shared_ptr<const RuleSet> from, to;
    Caseload caseload;
    ImpactRun run;
    std::unique_ptr<ImpactExplainer> explainer;
};

Compared compare(const std::string& to_text, const std::string& caseload_text = kCaseload, unsigned threads = 1) {
    Compared c;
    c.from = test::load_calibration_rules(calibration_rule_set());
    c.to = test::load_calibration_rules(to_text);
    Diagnostics problems;
    c.caseload = parse_caseload(caseload_text, "caseload.csv", {c.from.get(), c.to.get()}, {}, problems);
    const auto from_sheets = resolve_caseload(c.caseload, *c.from, problems);
    const auto to_sheets = resolve_caseload(c.caseload, *c.to, problems);
    EXPECT_TRUE(problems.empty()) << problems.errors().front().to_string();
    c.explainer = std::make_unique<ImpactExplainer>(*c.from, *c.to);
    c.run = run_impact(BudgetEngine(c.from), BudgetEngine(c.to), *c.explainer, from_sheets, to_sheets, threads);
    return c;
}

TEST(Impact, ChangingOneAnswersPointsChangesExactlyThePeopleWhoGaveIt) {
    const Compared c = compare(with_care_some_worth(12));
    const std::vector<std::int64_t> change{500, 0, 375, 0, 0, 500};
    // P1: 12 × £2.50 = £30.00 (+£5.00). P3: 22 × 75% = 16.5 × £2.50 = £41.25 (+£3.75).
    // P6: 32 × £2.50 + £60 = £140.00 (+£5.00). Everyone else unchanged.
    for (std::size_t i = 0; i < change.size(); ++i) {
        EXPECT_EQ(c.run.people[i].weekly_change_pence(), change[i]) << "P" << i + 1;
        EXPECT_EQ(c.run.people[i].explanation().empty(), change[i] == 0) << "P" << i + 1 << ": " << c.run.people[i].explanation().text();
    }
}

TEST(Impact, TheExplanationNamesTheQuestionTheAnswerAndBothAmounts) {
    const Compared c = compare(with_care_some_worth(12));
    EXPECT_EQ(c.run.people[0].explanation().text(), "Daily living: £25.00 → £30.00 (care = some: 10 → 12 points)");
    // P3's reduction for family help grows with the points it reduces: 25% of 20 → 22 points.
    EXPECT_EQ(c.run.people[2].explanation().text(),
              "Daily living: £50.00 → £55.00 (care = some: 10 → 12 points); "
              "Daily living: help from family and friends: -£12.50 → -£13.75 (a share of 20 → 22 points)");
    ASSERT_EQ(c.run.people[0].changed_keys().size(), 1u);
    EXPECT_EQ(c.explainer->references()[std::size_t(c.run.people[0].changed_keys()[0])], "domain.daily_living");
}

TEST(Impact, ARateChangeIsSaidOnceForEveryLineItTouches) {
    const Compared c = compare(replaced(calibration_rule_set(), "rate = \"£2.50\"", "rate = \"£2.60\""));
    // P5: 30 × £2.60 = £78.00. P2 20 points: £52.00.
    EXPECT_EQ(c.run.people[4].explanation().text(), "Daily living: £75.00 → £78.00. Why: Personal budget rate £2.50 → £2.60 a point.");
    for (const ImpactPerson& p : c.run.people) EXPECT_GT(p.weekly_change_pence(), 0);
}

TEST(Impact, AParameterChangeNamesTheParameterAndOnlyTouchesPeopleTheRuleAppliesTo) {
    const Compared c = compare(replaced(calibration_rule_set(), "value = \"£60.00\"", "value = \"£75.00\""));
    EXPECT_EQ(c.run.people[3].explanation().text(),
              "Extra for waking nights: £60.00 → £75.00 (night_uplift £60.00 → £75.00)");
    EXPECT_TRUE(c.run.people[0].explanation().empty());
    EXPECT_EQ(c.run.people[5].weekly_change_pence(), 1500);
}

TEST(Impact, ANewPanelReferralIsSaid) {
    // A £60 ceiling: P5 (£75.00) is newly referred; P4 and P6 already were.
    const Compared c = compare(replaced(calibration_rule_set(), "weekly_above = \"£100.00\"", "weekly_above = \"£60.00\""));
    EXPECT_EQ(c.run.people[4].explanation().text(), "now referred to the panel (ceiling)");
    EXPECT_EQ(c.run.people[4].weekly_change_pence(), 0);
    EXPECT_TRUE(c.run.people[3].explanation().empty());
}

TEST(Impact, SummaryCountsGainsLossesAndTheTotalCostChange) {
    const Compared c = compare(with_care_some_worth(8));  // P1, P3, P6 lose
    const ImpactSummary s = summarise_impact(c.caseload, c.run);
    EXPECT_EQ(s.everyone.people, 6u);
    EXPECT_EQ(s.everyone.lose, 3u);
    EXPECT_EQ(s.everyone.gain, 0u);
    EXPECT_EQ(s.everyone.same, 3u);
    // Before: 25 + 50 + 37.50 + 110 + 75 + 135 = £432.50, plus P3's carer element (6 points × £1.00)
    // = £438.50. After: P1 £20, P3 18 × 75% × 2.5 = £33.75, P6 £130: £438.50 − 5 − 3.75 − 5 = £424.75.
    EXPECT_EQ(s.everyone.old_weekly_pence, 43850);
    EXPECT_EQ(s.everyone.new_weekly_pence, 42475);
    EXPECT_EQ(s.everyone.old_annual_pence, 43850 * 52);
    EXPECT_EQ(s.everyone.largest_loss_pence, -500);
    EXPECT_EQ(s.everyone.buckets[change_bucket(-500)], 3u);
    ASSERT_EQ(s.groups.size(), 5u);
    EXPECT_EQ(s.groups[0].first, ClientGroup::OlderPeople);
    EXPECT_EQ(s.groups[0].second.lose, 2u);  // P1 and P6
    ASSERT_FALSE(s.lines.empty());
    EXPECT_EQ(c.explainer->references()[std::size_t(s.lines.front())], "domain.daily_living");
    EXPECT_EQ(c.run.lines[std::size_t(s.lines.front())].people, 3u);
}

TEST(Impact, ChangeBucketsSplitAtTheStatedPounds) {
    EXPECT_EQ(std::string(change_bucket_label(change_bucket(0))), "no change");
    EXPECT_EQ(std::string(change_bucket_label(change_bucket(-1))), "lose 1p to £9.99");
    EXPECT_EQ(std::string(change_bucket_label(change_bucket(-999))), "lose 1p to £9.99");
    EXPECT_EQ(std::string(change_bucket_label(change_bucket(-1000))), "lose £10 to £49.99");
    EXPECT_EQ(std::string(change_bucket_label(change_bucket(10000))), "gain £100 or more");
    EXPECT_EQ(std::string(change_bucket_label(change_bucket(9999))), "gain £50 to £99.99");
}

TEST(Impact, EveryThreadCountGivesTheSameResult) {
    const auto from = test::load_calibration_rules(calibration_rule_set());
    const auto people = generate_caseload(from, 1000, 99);
    const std::string csv = generated_caseload_csv(*from, people, {"SYNTHETIC DATA: test"});
    const std::string to_text = replaced(with_care_some_worth(12), "rate = \"£2.50\"", "rate = \"£2.55\"");
    const Compared one = compare(to_text, csv, 1);
    const Compared three = compare(to_text, csv, 3);
    EXPECT_EQ(three.run.threads, 3u);
    ASSERT_EQ(one.run.people.size(), three.run.people.size());
    for (std::size_t i = 0; i < one.run.people.size(); ++i) {
        EXPECT_EQ(one.run.people[i].explanation().text(), three.run.people[i].explanation().text()) << "person " << i;
        EXPECT_EQ(one.run.people[i].new_weekly, three.run.people[i].new_weekly) << "person " << i;
    }
    for (std::size_t k = 0; k < one.run.lines.size(); ++k) EXPECT_EQ(one.run.lines[k].people, three.run.lines[k].people);
}

// Each person's reasons are kept as parts shared between people; read back, they are what the
// explainer writes for that person in one piece.
TEST(Impact, ReasonsKeptInSharedPartsReadAsTheExplainerWritesThem) {
    const auto from = test::load_calibration_rules(calibration_rule_set());
    const auto people = generate_caseload(from, 2000, 7);
    const std::string csv = generated_caseload_csv(*from, people, {"SYNTHETIC DATA: test"});
    const std::string to_text = replaced(replaced(with_care_some_worth(12), "rate = \"£2.50\"", "rate = \"£2.55\""),
                                         "ceiling", "upper_limit");
    const Compared c = compare(to_text, csv, 2);
    Diagnostics problems;
    const auto from_sheets = resolve_caseload(c.caseload, *c.from, problems);
    const auto to_sheets = resolve_caseload(c.caseload, *c.to, problems);
    const BudgetEngine before_engine(c.from), after_engine(c.to);
    std::vector<LineChange> changes;
    std::vector<std::int64_t> old_pence, new_pence;
    std::size_t parts = 0, panel_changes = 0;
    std::set<const char*> distinct;
    for (std::size_t i = 0; i < c.run.people.size(); ++i) {
        const IndicativeBudget before = before_engine.evaluate(from_sheets[i], true);
        const IndicativeBudget after = after_engine.evaluate(to_sheets[i], true);
        c.explainer->changed_lines(before, after, changes, old_pence, new_pence);
        std::string whole;
        c.explainer->describe(before, after, changes, whole);
        ASSERT_EQ(c.run.people[i].explanation().text(), whole) << "person " << i;
        const ImpactWords words = c.run.people[i].explanation();
        for (std::size_t w = 0; w < words.size(); ++w) {
            distinct.insert(words[w].data());
            ++parts;
        }
        if (whole.find("referred to the panel") != std::string::npos) ++panel_changes;
    }
    EXPECT_GT(panel_changes, 0u) << "the renamed threshold should change someone's referral";
    EXPECT_GT(parts, 2000u);
    EXPECT_LT(distinct.size() * 4, parts) << "most parts should be shared between people";
}

TEST(ImpactReport, PeopleCsvHasOneRowPerPersonWithOldNewAndWhy) {
    ImpactRequest r;
    r.from = test::load_calibration_rules(calibration_rule_set());
    r.to = test::load_calibration_rules(with_care_some_worth(12));
    r.caseload_name = "caseload.csv";
    r.caseload_bytes = kCaseload;
    r.by_group = true;
    r.threads = 1;
    const ImpactOutcome out = run_impact_report(r);
    ASSERT_TRUE(out.problems.empty());
    EXPECT_EQ(out.people_csv.rfind("# SYNTHETIC DATA", 0), 0u);
    // P1: £25.00 → £30.00 a week; × 52 = £1,300.00 → £1,560.00 a year.
    EXPECT_NE(out.people_csv.find("\nP1,older-people,25.00,30.00,5.00,+20.0,1300.00,1560.00,260.00,gain,,,"
                                  "domain.daily_living,Daily living: £25.00 → £30.00 (care = some: 10 → 12 points)\n"),
              std::string::npos)
        << out.people_csv;
    EXPECT_NE(out.people_csv.find("\nP2,learning-disability,50.00,50.00,0.00,0.0,2600.00,2600.00,0.00,same,,,,\n"),
              std::string::npos);
    EXPECT_NE(out.summary_text.find("Changed: question care, answer \"some\": 10 points → 12 points"), std::string::npos);
    EXPECT_NE(out.summary_text.find("By client group, a week"), std::string::npos);
    EXPECT_NE(out.groups_csv.find("\neveryone,6,3,0,3,"), std::string::npos) << out.groups_csv;
    EXPECT_NE(out.chart_svg.find("SYNTHETIC DATA"), std::string::npos);
}

TEST(ImpactReport, AnAnswerTheNewRuleSetNoLongerHasIsNamedWithItsRuleSet) {
    ImpactRequest r;
    r.from = test::load_calibration_rules(calibration_rule_set());
    r.to = test::load_calibration_rules(replaced(calibration_rule_set(), "{ id = \"most\", text = \"Most\", easy_read = \"Most\", points = 30 },\n", ""));
    r.caseload_name = "caseload.csv";
    r.caseload_bytes = kCaseload;
    const ImpactOutcome out = run_impact_report(r);
    ASSERT_EQ(out.problems.size(), 1u);
    const Error& e = out.problems.errors().front();
    EXPECT_EQ(e.code, ErrorCode::UnknownAnswer);
    EXPECT_EQ(e.where.line, 7);  // P5
    EXPECT_EQ(e.where.field, "column care");
    EXPECT_NE(e.message.find("calib.toml"), std::string::npos);
    EXPECT_TRUE(out.people_csv.empty());
}

}  // namespace
}  // namespace openras
