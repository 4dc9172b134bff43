// The explanation as text written by BudgetTextWriter, with its laid-out lines kept, is byte for
// byte budget_text's: over seeded random answers under the model RAS and every rule set of the
// golden cases, in every language the reports have.
#include "alloc/budget/budget_report.hpp"
#include "alloc/budget/budget_text_writer.hpp"
#include "rules/budget_engine.hpp"
#include "rules/ruleset_loader.hpp"
#include "test_rule_sets.hpp"

#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <random>

namespace openras {
namespace {

TEST(BudgetTextWriter, WritesExactlyWhatBudgetTextWrites) {
    const auto rule_sets = test::every_loadable_rule_set();
    ASSERT_GE(rule_sets.size(), 20u) << "the golden cases' rule sets should be found";
    ASSERT_GE(ReportWords::languages().size(), 4u);
    std::mt19937_64 random(20261207);
    int compared = 0, referred = 0, rounded = 0;
    for (const std::string& language : ReportWords::languages()) {
        const ReportWords& words = ReportWords::in(language);
        for (const auto& rules : rule_sets) {
            const BudgetEngine engine(rules);
            const BudgetTextWriter writer(rules, words);
            for (int i = 0; i < 40; ++i) {
                std::optional<IndicativeBudget> worked_out = test::seeded_budget(*rules, engine, random);
                if (!worked_out) continue;  // a rule set whose rules refuse these answers: nothing to write
                IndicativeBudget& budget = *worked_out;
                budget.person = random() % 5 == 0 ? std::string() : "P-" + std::to_string(random() % 10000);
                budget.assessment_date = boost::gregorian::date(2026, 5, 1) + boost::gregorian::days(long(random() % 400));
                std::string direct = "before ";
                writer.write(budget, direct);
                ASSERT_EQ(direct, "before " + budget_text(budget, words))
                    << language << ": " << rules->source_name << ", sheet " << i;
                referred += budget.refer_to_panel();
                rounded += budget.annual_rounding() != Money{};
                ++compared;
            }
        }
    }
    EXPECT_GT(compared, 2000);
    EXPECT_GT(referred, 0) << "no budget referred to the panel was compared";
    EXPECT_GT(rounded, 0) << "no budget with a year's rounding line was compared";
}

}  // namespace
}  // namespace openras
