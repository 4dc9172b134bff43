// The explanation as text written by BudgetTextWriter, with its laid-out lines kept, is byte for
// byte budget_text's: over seeded random answers under the model RAS and every rule set of the
// golden cases, in every language the reports have.
#include "alloc/budget/budget_report.hpp"
#include "alloc/budget/budget_text_writer.hpp"
#include "rules/budget_engine.hpp"
#include "rules/ruleset_loader.hpp"

#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace openras {
namespace {

namespace fs = std::filesystem;

std::vector<std::shared_ptr<const RuleSet>> every_rule_set() {
    std::vector<std::shared_ptr<const RuleSet>> out{embedded_default_rule_set()};
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(OPENRAS_SOURCE_DIR) / "tests" / "golden")) {
        if (entry.path().filename() != "rules.toml") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        RuleSetLoad load = load_rule_set(text.str(), entry.path().string());
        if (load.rule_set) out.push_back(load.rule_set);  // the golden cases of bad rule sets do not load
    }
    return out;
}

TEST(BudgetTextWriter, WritesExactlyWhatBudgetTextWrites) {
    const auto rule_sets = every_rule_set();
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
                AnswerSheet sheet;
                for (const Question& q : rules->questions) {
                    const bool leave_out = !q.required && random() % 4 == 0;
                    sheet.answer_index.push_back(leave_out ? -1 : int(random() % q.answers.size()));
                }
                IndicativeBudget budget;
                try {
                    engine.evaluate(sheet, budget, true);
                } catch (const OpenRasError&) {
                    continue;  // a rule set whose rules refuse these answers: nothing to write
                }
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
