// Checking support plans against the council's rules: the example good plan passes every model
// check; changing one thing in it fails exactly the check about that thing, with the field,
// severity and citation; findings are ordered and worded for people; and a rule set whose plan
// checks are wrong is refused when it loads, each problem at file:line:col.
#include "alloc/plan/plan_checker.hpp"
#include "alloc/plan/plan_facts_builder.hpp"

#include "plan_test_support.hpp"
#include "rules/ruleset_loader.hpp"
#include "test_rule_sets.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace openras {
namespace {

using test::day;

PlanBudget budget_of(const SupportPlan& plan) {
    return plan.budget.weekly ? PlanBudget{true, *plan.budget.weekly, "the plan"} : PlanBudget{};
}

PlanCheckResult check(const SupportPlan& plan) {
    static const PlanChecker checker(embedded_default_rule_set());
    return checker.check(plan, budget_of(plan));
}

std::string listed(const PlanCheckResult& r) {
    std::string out;
    for (const PlanFinding& f : r.findings) out += std::string(severity_name(f.severity)) + " " + f.rule + " " + f.field + ": " + f.message + "\n";
    return out;
}

TEST(PlanChecker, GoodPlanHasNoFindingsAndCanBeConfirmed) {
    const PlanCheckResult r = check(test::good_plan());
    EXPECT_TRUE(r.findings.empty()) << listed(r);
    EXPECT_TRUE(r.can_be_confirmed());
    EXPECT_FALSE(r.refer_to_panel);
    // Hand check: £7,560.71 + £3,768 + £1,820 + £1,440 + £180 = £14,768.71, against
    // £285.90 × 365 / 7 = £14,907.64 for the period: £138.93 under.
    EXPECT_EQ(r.costing.total, Money::from_pence(1476871));
    EXPECT_EQ(r.budget_for_period, Money::from_pence(1490764));
    EXPECT_EQ(r.difference, Money::from_pence(-13893));
}

// One change to the good plan, and the one check it must fail.
struct FailsOneCheck {
    const char* rule;
    const char* field;
    FindingSeverity severity;
    std::function<void(SupportPlan&)> change;
};

void PrintTo(const FailsOneCheck& c, std::ostream* os) { *os << c.rule; }

constexpr auto kBlocker = FindingSeverity::Blocker;
constexpr auto kWarning = FindingSeverity::Warning;
constexpr auto kInformation = FindingSeverity::Information;

const FailsOneCheck kOneCheckEach[] = {
    {"plan_check.question_unanswered", "questions.how_supported", kBlocker, [](SupportPlan& p) { p.answers[2] = " "; }},
    {"plan_check.no_outcomes", "outcomes", kBlocker,
     [](SupportPlan& p) {
         p.outcomes.clear();
         for (auto& line : p.lines) line.outcomes.clear();
     }},
    {"plan_check.outcome_not_described", "outcomes[0].title", kBlocker, [](SupportPlan& p) { p.outcomes[0].title.clear(); }},
    {"plan_check.outcome_not_served", "outcomes[4]", kBlocker,
     [](SupportPlan& p) { p.outcomes.push_back({"swim", "Go swimming", "", {}}); }},
    {"plan_check.no_action_plan", "actions", kBlocker, [](SupportPlan& p) { p.actions.clear(); }},
    {"plan_check.action_incomplete", "actions[1]", kWarning, [](SupportPlan& p) { p.actions[1].who.clear(); }},
    {"plan_check.no_budget", "budget.weekly", kBlocker, [](SupportPlan& p) { p.budget.weekly.reset(); }},
    {"plan_check.no_support_lines", "lines", kBlocker, [](SupportPlan& p) { p.lines.clear(); }},
    {"plan_check.line_not_described", "lines[0].description", kBlocker, [](SupportPlan& p) { p.lines[0].description.clear(); }},
    {"plan_check.line_provider_missing", "lines[0].provider", kWarning, [](SupportPlan& p) { p.lines[0].provider.clear(); }},
    {"plan_check.line_not_costed", "lines[4].unit_cost", kBlocker, [](SupportPlan& p) { p.lines[4].unit_cost.reset(); }},
    {"plan_check.line_serves_no_outcome", "lines[0].outcomes", kWarning, [](SupportPlan& p) { p.lines[0].outcomes.clear(); }},
    // £280 a week: £14,600 for the period, £168.71 less than the plan (1.2%).
    {"plan_check.over_budget_unexplained", "budget.difference_reason", kBlocker,
     [](SupportPlan& p) { p.budget.weekly = Money::from_pence(28000); }},
    // £300 a week: £15,642.86 for the period, £874.15 more than the plan (5.6%).
    {"plan_check.under_budget_unexplained", "budget.difference_reason", kWarning,
     [](SupportPlan& p) { p.budget.weekly = Money::from_pence(30000); }},
    // £350 a week: £18,250 for the period, 19% more than the plan; the reason is given.
    {"plan_check.difference_goes_to_panel", "budget", kWarning,
     [](SupportPlan& p) {
         p.budget.weekly = Money::from_pence(35000);
         p.budget.difference_reason = "Saving towards a holiday";
     }},
    {"plan_check.option_unknown", "lines[0].option", kWarning, [](SupportPlan& p) { p.lines[0].option = "pa_hourly"; }},
    {"plan_check.above_usual_price", "lines[1].unit_cost", kWarning,
     [](SupportPlan& p) { p.lines[1].unit_cost = Money::from_pence(2450); }},
    {"plan_check.money_arrangement_missing", "money.held_as", kBlocker, [](SupportPlan& p) { p.money.held_as.reset(); }},
    {"plan_check.money_manager_missing", "money.managed_by", kBlocker, [](SupportPlan& p) { p.money.managed_by.clear(); }},
    {"plan_check.support_manager_missing", "money.support_managed_by", kBlocker,
     [](SupportPlan& p) { p.money.support_managed_by.clear(); }},
    {"plan_check.nominee_missing", "money.nominee", kBlocker,
     [](SupportPlan& p) { p.lines[0].held_as = MoneyHeldAs::NominatedDirectPayment; }},
    {"plan_check.fund_holder_missing", "money.fund_holder", kBlocker, [](SupportPlan& p) { p.money.fund_holder.clear(); }},
    {"plan_check.mix_line_without_arrangement", "lines[4].held_as", kBlocker, [](SupportPlan& p) { p.lines[4].held_as.reset(); }},
    {"plan_check.line_arrangement_differs", "lines[2].held_as", kWarning,
     [](SupportPlan& p) {
         p.money.held_as = MoneyHeldAs::DirectPayment;
         for (std::size_t i : {0, 1, 3, 4}) p.lines[i].held_as.reset();
     }},
    {"plan_check.decisions_not_recorded", "decisions.person_decides", kBlocker,
     [](SupportPlan& p) { p.decisions = DecisionMaking{}; }},
    {"plan_check.others_deciding", "decisions.person_decides", kBlocker,
     [](SupportPlan& p) { p.decisions.person_decides = false; }},
    {"plan_check.lacks_capacity_no_representative", "decisions.representative", kBlocker,
     [](SupportPlan& p) {
         p.decisions.lacks_capacity = true;
         p.decisions.representative.clear();
         p.decisions.best_interests_decider = "Rita, with the social worker";
     }},
    {"plan_check.best_interests_decider_missing", "decisions.best_interests_decider", kBlocker,
     [](SupportPlan& p) { p.decisions.lacks_capacity = true; }},
    {"plan_check.no_risks_listed", "risks", kWarning, [](SupportPlan& p) { p.risks.clear(); }},
    {"plan_check.risk_not_described", "risks[0].description", kWarning, [](SupportPlan& p) { p.risks[0].description.clear(); }},
    {"plan_check.risk_without_mitigation", "risks[1].mitigation", kBlocker, [](SupportPlan& p) { p.risks[1].mitigation.clear(); }},
    {"plan_check.no_contingency", "contingency.arrangement", kBlocker, [](SupportPlan& p) { p.contingency.arrangement.clear(); }},
    {"plan_check.close_relative_agreed", "lines[0].council_agreement", kInformation,
     [](SupportPlan& p) {
         p.lines[0].provider_close_relative = p.lines[0].provider_lives_with_person = true;
         p.lines[0].council_agreement = "decision DP-2026-0412";
     }},
    {"plan_check.line_outside_plan", "lines[3]", kBlocker, [](SupportPlan& p) { p.lines[3].end = day(2027, 6, 30); }},
    {"plan_check.no_review", "reviews", kBlocker, [](SupportPlan& p) { p.reviews.clear(); }},
    // 10 weeks after support starts.
    {"plan_check.first_review_timing", "reviews[0].date", kBlocker, [](SupportPlan& p) { p.reviews[0].date = day(2026, 8, 10); }},
    // 12 months and a day after the first review.
    {"plan_check.review_gap_too_long", "reviews[1].date", kBlocker, [](SupportPlan& p) { p.reviews[1].date = day(2027, 7, 21); }},
    // The plan runs to 31 August 2027, 13 months after its only review on 20 July 2026.
    {"plan_check.plan_runs_past_last_review", "reviews", kBlocker,
     [](SupportPlan& p) {
         p.end = day(2027, 8, 31);
         p.reviews.pop_back();
     }},
    {"excluded_use.gambling", "lines[2].description", kBlocker,
     [](SupportPlan& p) { p.lines[2].description = "Trips to the casino with friends"; }},
    {"excluded_use.alcohol", "lines[2].description", kBlocker,
     [](SupportPlan& p) { p.lines[2].description = "Art group, with a glass of Wine"; }},
    {"excluded_use.tobacco", "lines[4].description", kBlocker, [](SupportPlan& p) { p.lines[4].description = "Cigarettes"; }},
    {"excluded_use.close_relative_same_home", "lines[0].council_agreement", kBlocker,
     [](SupportPlan& p) { p.lines[0].provider_close_relative = p.lines[0].provider_lives_with_person = true; }},
};

class ModelPlanCheck : public ::testing::TestWithParam<FailsOneCheck> {};

TEST_P(ModelPlanCheck, FailsExactlyThatCheck) {
    const FailsOneCheck& c = GetParam();
    SupportPlan plan = test::good_plan();
    c.change(plan);
    const PlanCheckResult r = check(plan);
    ASSERT_EQ(r.findings.size(), 1u) << listed(r);
    const PlanFinding& f = r.findings.front();
    EXPECT_EQ(f.rule, c.rule);
    EXPECT_EQ(f.field, c.field);
    EXPECT_EQ(f.severity, c.severity);
    EXPECT_FALSE(f.citation.text.empty());
    EXPECT_FALSE(f.message.empty());
    EXPECT_EQ(f.message.find('{'), std::string::npos) << f.message;
    EXPECT_EQ(r.can_be_confirmed(), c.severity != kBlocker);
}

INSTANTIATE_TEST_SUITE_P(EachModelCheck, ModelPlanCheck, ::testing::ValuesIn(kOneCheckEach),
                         [](const ::testing::TestParamInfo<FailsOneCheck>& info) {
                             std::string name = info.param.rule;
                             for (char& ch : name) ch = std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
                             return name;
                         });

TEST(PlanChecker, EveryModelCheckAndExcludedUseHasAFailingCase) {
    const auto rules = embedded_default_rule_set();
    std::vector<std::string> covered;
    for (const FailsOneCheck& c : kOneCheckEach) covered.emplace_back(c.rule);
    for (const PlanCheck& check : rules->plan_checks)
        EXPECT_NE(std::find(covered.begin(), covered.end(), "plan_check." + check.id), covered.end()) << check.id;
    for (const ExcludedUse& use : rules->excluded_uses)
        EXPECT_NE(std::find(covered.begin(), covered.end(), "excluded_use." + use.id), covered.end()) << use.id;
}

TEST(PlanChecker, MessagesQuoteThePlanAndTheFigures) {
    SupportPlan plan = test::good_plan();
    plan.budget.weekly = Money::from_pence(28000);
    const PlanFinding f = check(plan).findings.at(0);
    // £14,768.71 − £14,600.00 = £168.71 over.
    EXPECT_EQ(f.message, "The plan costs \u00a3168.71 more than the budget for its period (\u00a314,600.00). Say why, "
                         "or change the support so that it fits.");
    ASSERT_EQ(f.figures.size(), 2u);
    EXPECT_EQ(f.figures[0], (std::pair<std::string, std::string>{"plan.total", "\u00a314,768.71"}));
    EXPECT_EQ(f.figures[1], (std::pair<std::string, std::string>{"budget.for_period", "\u00a314,600.00"}));
}

TEST(PlanChecker, LineNotCostedPointsAtTheMissingField) {
    SupportPlan plan = test::good_plan();
    plan.lines[4].quantity.reset();
    const PlanFinding f = check(plan).findings.at(0);
    EXPECT_EQ(f.field, "lines[4].quantity");
    EXPECT_EQ(f.message, "Line 5 (\"Perching stool and two grab rails, fitted\") cannot be costed: it has no quantity. "
                         "Each line needs a unit cost, a quantity, a unit and how often.");
}

TEST(PlanChecker, PanelReferralStillLetsThePlanBeConfirmed) {
    SupportPlan plan = test::good_plan();
    plan.budget.weekly = Money::from_pence(35000);
    plan.budget.difference_reason = "Saving towards a holiday";
    const PlanCheckResult r = check(plan);
    EXPECT_TRUE(r.refer_to_panel);
    EXPECT_TRUE(r.can_be_confirmed());
}

TEST(PlanChecker, FindingsAreOrderedBySeverityThenAsThePlanReads) {
    SupportPlan plan = test::good_plan();
    plan.reviews.clear();                  // blocker, reviews
    plan.lines[3].provider.clear();        // warning, lines[3]
    plan.lines[1].provider.clear();        // warning, lines[1]
    plan.answers[6].clear();               // blocker, questions
    plan.contingency.arrangement.clear();  // blocker, contingency
    const PlanCheckResult r = check(plan);
    std::vector<std::string> fields;
    for (const PlanFinding& f : r.findings) fields.push_back(f.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"questions.making_it_happen", "contingency.arrangement", "reviews",
                                                "lines[1].provider", "lines[3].provider"}));
    EXPECT_EQ(r.blockers, 3);
    EXPECT_EQ(r.warnings, 2);
}

TEST(PlanChecker, ExcludedWordsMatchWholeWordsOnly) {
    SupportPlan plan = test::good_plan();
    plan.lines[2].description = "Alphabet art and better brushes";  // "bet" only inside words
    EXPECT_TRUE(check(plan).findings.empty()) << listed(check(plan));
    plan.lines[2].description = "Gambling club";                    // gambl* matches the start
    const PlanCheckResult r = check(plan);
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].figures.at(0).second, "gambling");
}

TEST(PlanChecker, BudgetFromElsewhereReplacesThePlansOwn) {
    const SupportPlan plan = test::good_plan();
    const PlanChecker checker(embedded_default_rule_set());
    const PlanCheckResult r = checker.check(plan, PlanBudget{true, Money::from_pence(28000), "--budget"});
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].rule, "plan_check.over_budget_unexplained");
}

// --- evaluating a check for all items at once --------------------------------------------------

// Every item check of the model, on every one-change plan, as written and with its support
// lines repeated (longer columns): all items at once (a column at a time) gives exactly what
// checking item by item gives.
TEST(PlanChecker, CheckingAllItemsAtOnceAgreesWithItemByItem) {
    const auto rules = embedded_default_rule_set();
    const PlanChecker checker(rules);
    int compared = 0;
    for (const FailsOneCheck& c : kOneCheckEach)
    for (const int copies : {1, 3}) {
        SupportPlan plan = test::good_plan();
        c.change(plan);
        const std::vector<SupportLine> written = plan.lines;
        for (int k = 1; k < copies; ++k) plan.lines.insert(plan.lines.end(), written.begin(), written.end());
        const PlanCheckResult result = checker.check(plan, budget_of(plan));
        expr::PlanFacts facts;
        build_plan_facts(plan, result.costing, budget_of(plan), result.budget_for_period, *rules, facts);
        expr::Inputs inputs;
        inputs.plan = &facts;
        for (const PlanCheck& check : rules->plan_checks) {
            if (check.scope == expr::PlanScope::Plan) continue;
            const int count = facts.count(check.scope);
            std::vector<char> at_once;
            check.when->test_each(inputs, count, at_once);
            ASSERT_EQ(int(at_once.size()), count);
            for (int i = 0; i < count; ++i) {
                inputs.plan_item = i;
                EXPECT_EQ(bool(at_once[std::size_t(i)]), check.when->test(inputs)) << c.rule << ", " << check.id << ", item " << i << ", copies " << copies;
                ++compared;
            }
        }
    }
    EXPECT_GT(compared, 5000);
}

std::shared_ptr<const RuleSet> rules_with_line_check(const std::string& when) {
    const std::string text = test::minimal_rule_set() + "\n[[plan_check]]\nid = \"c\"\nseverity = \"warning\"\n"
                             "for_each = \"line\"\nwhen = '" + when + "'\nfield = \"lines[]\"\n"
                             "message = \"Line {number}\"\ncitation = \"Test policy 8\"\n";
    return test::load_ok(text, "column.toml");
}

std::vector<int> raised_for(const std::string& when, const SupportPlan& plan) {
    const PlanCheckResult r = PlanChecker(rules_with_line_check(when)).check(plan, PlanBudget{});
    std::vector<int> lines;
    for (const PlanFinding& f : r.findings) lines.push_back(f.item);
    return lines;
}

TEST(PlanChecker, AndGuardsTheRightHandSideForEachItemAsItemByItem) {
    SupportPlan plan = test::good_plan();
    plan.lines[1].quantity = Rational(0);  // line 2 would divide by zero if it were not guarded
    // Cost over the plan / quantity: £756.07, (line 2: no cost, no quantity), £1,820, £1,440, £180.
    EXPECT_EQ(raised_for("line.quantity > 0 and line.cost / line.quantity > \u00a320.00", plan), (std::vector<int>{0, 2, 3, 4}));
    EXPECT_EQ(raised_for("line.quantity == 0 or line.cost / line.quantity > \u00a31000.00", plan), (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(raised_for("not (line.quantity > 0 and line.cost / line.quantity <= \u00a31000.00)", plan),
              (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(raised_for("if line.quantity == 0 then true else line.cost / line.quantity < \u00a31000.00", plan),
              (std::vector<int>{0, 1, 4}));
    // Unguarded, the division fails, naming the expression's place in the rule set.
    try {
        raised_for("line.cost / line.quantity > \u00a320.00", plan);
        ADD_FAILURE() << "a division by zero was not reported";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().code, ErrorCode::Evaluation);
        EXPECT_EQ(e.error().where.file, "column.toml");
    }
}

TEST(PlanChecker, PlanWidePartsOfAnItemCheckAreSharedByEveryItem) {
    SupportPlan plan = test::good_plan();
    EXPECT_EQ(raised_for("plan.line_count == 5 and line.kind == \"agency_care\"", plan), (std::vector<int>{1}));
    // A tenth of the plan total is £1,476.87: above lines 4 and 5, below the first three.
    EXPECT_EQ(raised_for("max(line.cost, plan.total / 10) > \u00a31500.00", plan), (std::vector<int>{0, 1, 2}));
}

// --- rule sets whose plan checks are wrong ---------------------------------------------------

std::string with_plan_check(const std::string& body) {
    return test::minimal_rule_set() + "\n[[plan_check]]\n" + body;
}

const std::string kGoodCheck = R"(id = "no_contingency"
severity = "blocker"
when = 'not plan.has_contingency'
field = "contingency.arrangement"
message = "Say what happens when support does not turn up."
citation = "Test policy 8"
)";

Error only(const RuleSetLoad& load, ErrorCode code) {
    const auto found = test::with_code(load.problems, code);
    EXPECT_EQ(found.size(), 1u) << test::describe(load.problems);
    return found.empty() ? Error{code, "<none>", {}} : found.front();
}

void replace(std::string& text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
}

TEST(PlanCheckRules, GoodPlanCheckLoads) {
    const auto rs = test::load_ok(with_plan_check(kGoodCheck), "checks.toml");
    ASSERT_NE(rs, nullptr);
    ASSERT_EQ(rs->plan_checks.size(), 1u);
    EXPECT_EQ(rs->plan_checks[0].scope, expr::PlanScope::Plan);
    EXPECT_EQ(rs->plan_checks[0].citation.text, "Test policy 8");
}

TEST(PlanCheckRules, CheckWithoutCitationIsRefused) {
    std::string text = with_plan_check(kGoodCheck);
    replace(text, "citation = \"Test policy 8\"\n", "");
    EXPECT_EQ(only(load_rule_set(text, "c.toml"), ErrorCode::MissingCitation).message.find("plan_check[0]") !=
                  std::string::npos,
              true);
}

TEST(PlanCheckRules, UnknownSeverityIsRefusedAtItsPlace) {
    std::string text = with_plan_check(kGoodCheck);
    replace(text, "\"blocker\"", "\"fatal\"");
    const Error e = only(load_rule_set(text, "c.toml"), ErrorCode::InvalidValue);
    EXPECT_EQ(e.where.line, test::position_of(text, "\"fatal\"").line);
}

TEST(PlanCheckRules, WhenThatIsNotTrueOrFalseIsRefused) {
    std::string text = with_plan_check(kGoodCheck);
    replace(text, "'not plan.has_contingency'", "'plan.total'");
    const Error e = only(load_rule_set(text, "c.toml"), ErrorCode::WrongType);
    EXPECT_NE(e.message.find("must give true/false"), std::string::npos) << e.message;
}

TEST(PlanCheckRules, UnknownFactIsRefusedWithASuggestion) {
    std::string text = with_plan_check(kGoodCheck);
    replace(text, "plan.has_contingency", "plan.has_contingncy");
    const Error e = only(load_rule_set(text, "c.toml"), ErrorCode::UnknownName);
    EXPECT_NE(e.message.find("did you mean \"plan.has_contingency\""), std::string::npos) << e.message;
    const auto at = test::position_of(text, "plan.has_contingncy");
    EXPECT_EQ(e.where.line, at.line);
    EXPECT_EQ(e.where.column, at.column);
}

TEST(PlanCheckRules, ItemFactNeedsItsForEach) {
    std::string text = with_plan_check(kGoodCheck);
    replace(text, "'not plan.has_contingency'", "'line.cost > \u00a3100.00'");
    const Error e = only(load_rule_set(text, "c.toml"), ErrorCode::InvalidValue);
    EXPECT_NE(e.message.find("for_each = \"line\""), std::string::npos) << e.message;
}

TEST(PlanCheckRules, MisspeltTextValueIsRefused) {
    std::string text = with_plan_check(kGoodCheck);
    replace(text, "'not plan.has_contingency'", "'money.held_as == \"direct_paymnet\"'");
    const Error e = only(load_rule_set(text, "c.toml"), ErrorCode::InvalidValue);
    EXPECT_NE(e.message.find("did you mean \"direct_payment\""), std::string::npos) << e.message;
}

TEST(PlanCheckRules, PlanChecksCannotReadTheQuestionnaire) {
    std::string text = with_plan_check(kGoodCheck);
    replace(text, "'not plan.has_contingency'", "'total_points > 3'");
    EXPECT_NE(only(load_rule_set(text, "c.toml"), ErrorCode::InvalidValue).message.find("cannot be used in a plan check"),
              std::string::npos);
}

TEST(PlanCheckRules, PlanFactsCannotBeReadByBudgetRules) {
    std::string text = test::minimal_rule_set() + R"(
[[rule]]
id = "r"
title = "R"
amount = 'if plan.has_contingency then £1.00 else £0.00'
citation = "Test policy 9"
)";
    EXPECT_NE(only(load_rule_set(text, "c.toml"), ErrorCode::InvalidValue).message.find("only be used in a [[plan_check]]"),
              std::string::npos);
}

TEST(PlanCheckRules, UnknownBlankInAMessageIsRefusedAtItsColumn) {
    std::string text = with_plan_check(kGoodCheck);
    replace(text, "\"Say what happens", "\"{plan.totl} Say what happens");
    const Error e = only(load_rule_set(text, "c.toml"), ErrorCode::InvalidValue);
    EXPECT_NE(e.message.find("unknown blank {plan.totl}"), std::string::npos) << e.message;
    EXPECT_EQ(e.where.column, test::position_of(text, "{plan.totl}").column);
}

TEST(PlanCheckRules, FieldMustPointIntoTheItemChecked) {
    std::string text = with_plan_check(kGoodCheck);
    replace(text, "'not plan.has_contingency'", "'not risk.has_mitigation'\nfor_each = \"risk\"");
    EXPECT_NE(only(load_rule_set(text, "c.toml"), ErrorCode::InvalidValue).message.find("start it with \"risks[]\""),
              std::string::npos);
}

TEST(PlanCheckRules, CheckSpeakingOfSupplyIsRefusedAsRationing) {
    std::string text = with_plan_check(kGoodCheck);
    replace(text, "Say what happens when support does not turn up.", "No places available at the day centre.");
    const Error e = only(load_rule_set(text, "c.toml"), ErrorCode::Rationing);
    EXPECT_NE(e.message.find("places available"), std::string::npos) << e.message;
}

TEST(PlanCheckRules, ExcludedUseNeedsWordsOrWhen) {
    const std::string text = test::minimal_rule_set() + R"(
[[excluded_use]]
id = "x"
title = "X"
reason = "Not allowed."
citation = "Test policy 10"
)";
    EXPECT_EQ(only(load_rule_set(text, "c.toml"), ErrorCode::MissingField).where.line,
              test::position_of(text, "[[excluded_use]]").line);
}

TEST(PlanCheckRules, ModelRuleSetHasThePlanChecksTheIssueAsksFor) {
    const auto rules = embedded_default_rule_set();
    EXPECT_GE(rules->plan_checks.size(), 30u);
    EXPECT_EQ(rules->excluded_uses.size(), 4u);
    EXPECT_EQ(rules->support_options.size(), 4u);
}

}  // namespace
}  // namespace openras
