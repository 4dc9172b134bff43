// The budget's JSON written straight into a buffer is byte for byte what building the tree and
// dumping it writes, in budget_json's order and in the record's canonical order: over seeded random answers under every rule set of the golden cases and
// the model RAS, with names that need escaping, and for text that is not UTF-8.
#include "alloc/budget/budget_json_writer.hpp"
#include "alloc/budget/budget_report.hpp"
#include "alloc/io/canonical_json.hpp"
#include "alloc/io/json_text.hpp"
#include "rules/budget_engine.hpp"
#include "rules/ruleset_loader.hpp"
#include "test_rule_sets.hpp"

#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <random>

namespace openras {
namespace {

const char* const kPeople[] = {"P-0001", "Mary \"Molly\" O'Brien", "Siân Llŷr", "Łukasz Żak", "tab\there\nnewline",
                               "back\\slash", "\x01\x1f control", "اردو", ""};

TEST(BudgetJsonWriter, WritesExactlyWhatTheTreeDumps) {
    const auto rule_sets = test::every_loadable_rule_set();
    ASSERT_GE(rule_sets.size(), 20u) << "the golden cases' rule sets should be found";
    std::mt19937_64 random(2026);
    int compared = 0, with_lines_of_every_kind[6] = {};
    for (const auto& rules : rule_sets) {
        const BudgetEngine engine(rules);
        const BudgetJsonWriter writer(rules);
        const BudgetJsonWriter canonical_writer(rules, JsonOrder::Canonical);
        for (int i = 0; i < 150; ++i) {
            std::optional<IndicativeBudget> worked_out = test::seeded_budget(*rules, engine, random);
            if (!worked_out) continue;  // a rule set whose rules refuse these answers: nothing to write
            IndicativeBudget& budget = *worked_out;
            budget.person = kPeople[random() % std::size(kPeople)];
            budget.assessment_date = boost::gregorian::date(2026, 5, 1) + boost::gregorian::days(long(random() % 400));
            for (const ExplanationLine& line : budget.explanation) ++with_lines_of_every_kind[int(line.kind)];
            std::string direct = "[";
            writer.write(budget, direct);
            ASSERT_EQ(direct.substr(1), budget_json(budget).dump())
                << rules->source_name << ", sheet " << i << " for \"" << budget.person << "\"";
            std::string canonical;
            canonical_writer.write(budget, canonical);
            ASSERT_EQ(canonical, canonical_json(budget_json(budget)))
                << "canonical order: " << rules->source_name << ", sheet " << i;
            ++compared;
        }
    }
    EXPECT_GT(compared, 2000);
    for (int kind = 0; kind < 6; ++kind)
        EXPECT_GT(with_lines_of_every_kind[kind], 0) << "no explanation line of kind " << line_kind_name(LineKind(kind));
}

TEST(JsonText, EscapesAsNlohmannDoes) {
    std::string every_byte_below_128;
    for (int c = 1; c < 128; ++c) every_byte_below_128 += char(c);
    for (const std::string& text : {every_byte_below_128, std::string("£4.8833 × 22 — ✓ 😀"), std::string(1, '\0'),
                                    std::string("")}) {
        std::string out;
        append_json_string(text, out);
        EXPECT_EQ(out, nlohmann::json(text).dump());
    }
}

TEST(JsonText, RefusesTextThatIsNotUtf8AsNlohmannDoes) {
    for (const std::string& bad : {std::string("\xC3"), std::string("\xC0\xAF"), std::string("\xED\xA0\x80"),
                                   std::string("\xF4\x90\x80\x80"), std::string("a\x80z")}) {
        std::string out;
        EXPECT_THROW(append_json_string(bad, out), OpenRasError) << bad;
        EXPECT_THROW((void)nlohmann::json(bad).dump(), nlohmann::json::type_error) << bad;
    }
}

}  // namespace
}  // namespace openras
