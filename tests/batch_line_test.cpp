// A batch line read straight into answer indices (AnswerLookup, BudgetService::compute_plain_line)
// gives what the full way gives: the same sheet as resolve_answers for seeded answer sets with and
// without mistakes, and the same JSON line as reading an Assessment and computing it, under every
// rule set of the golden cases and the model RAS. Any mistake leaves the quick way for the full
// way, which names it.
#include "alloc/budget/assessment.hpp"
#include "alloc/budget/budget_service.hpp"
#include "alloc/io/json_text.hpp"
#include "rules/answer_sheet.hpp"
#include "test_rule_sets.hpp"

#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <random>

namespace openras {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

// Seeded answers to `rules`, in the rule set's order or shuffled, with now and then a mistake:
// a question it does not ask, an answer that is not one of the options, a question given twice,
// a required question left out, or an id with a letter's case changed.
Pairs seeded_answers(const RuleSet& rules, std::mt19937_64& random, bool with_mistakes) {
    Pairs out;
    for (const Question& q : rules.questions) {
        if (!q.required && random() % 4 == 0) continue;
        out.emplace_back(q.id, q.answers[random() % q.answers.size()].id);
    }
    if (random() % 3 == 0) std::shuffle(out.begin(), out.end(), random);
    if (!with_mistakes || out.empty()) return out;
    const std::size_t at = random() % out.size();
    switch (random() % 6) {
    case 0: out.emplace_back(out[at].first + "x", out[at].second); break;
    case 1: out[at].second += "x"; break;
    case 2: out.push_back(out[at]); break;
    case 3: out.erase(out.begin() + long(at)); break;
    case 4: out[at].first[0] = char(std::toupper(static_cast<unsigned char>(out[at].first[0]))); break;
    default: out.insert(out.begin(), {"", ""}); break;
    }
    return out;
}

TEST(AnswerLookup, AgreesWithResolveAnswersOverSeededAnswerSets) {
    std::mt19937_64 random(20261207);
    int resolved = 0, refused = 0;
    for (const auto& rules : test::every_loadable_rule_set()) {
        const AnswerLookup lookup(*rules);
        for (int i = 0; i < 200; ++i) {
            const Pairs answers = seeded_answers(*rules, random, i % 2 == 1);
            std::vector<GivenAnswer> given;
            std::vector<std::pair<std::string_view, std::string_view>> views;
            for (const auto& [question, answer] : answers) {
                given.push_back({question, answer, {}});
                views.emplace_back(question, answer);
            }
            std::optional<AnswerSheet> expected;
            try {
                expected = resolve_answers(*rules, given);
            } catch (const OpenRasError&) {
            }
            AnswerSheet sheet;
            const bool quick = lookup.resolve(views, sheet);
            ASSERT_EQ(quick, expected.has_value()) << rules->source_name << ", set " << i;
            if (quick) {
                ASSERT_EQ(sheet.answer_index, expected->answer_index) << rules->source_name << ", set " << i;
                ++resolved;
            } else {
                ++refused;
            }
        }
    }
    EXPECT_GT(resolved, 2000);
    EXPECT_GT(refused, 1000);
}

std::string json_line(const std::string& person, const std::string& date, const Pairs& answers) {
    std::string line = "{\"person\":";
    append_json_string(person, line);
    line += ",\"date\":\"" + date + "\",\"answers\":{";
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (i) line += ',';
        append_json_string(answers[i].first, line);
        line += ':';
        append_json_string(answers[i].second, line);
    }
    return line + "}}";
}

// The line the full way: an Assessment read, its budget computed, written by the same writer.
std::string full_way(BudgetService& service, const std::string& line, std::optional<boost::gregorian::date> date_override) {
    try {
        const IndicativeBudget budget = service.compute(assessment_from_json_text(line, "b.jsonl:1"), true, date_override);
        std::string out;
        service.json_writer_for(budget.rules).write(budget, out);
        return out + "\n";
    } catch (const OpenRasError& e) {
        return "refused: " + e.error().message;
    }
}

TEST(BatchLine, WrittenTheQuickWayIsWhatTheFullWayWrites) {
    std::mt19937_64 random(7122026);
    int quick = 0, slow = 0;
    for (const auto& rules : test::every_loadable_rule_set()) {
        RuleLibrary library;
        Diagnostics problems;
        library.add(rules, problems);
        BudgetService service(std::move(library));
        const std::string in_force = boost::gregorian::to_iso_extended_string(rules->header.effective_from);
        IndicativeBudget scratch;  // kept from line to line, as a batch's worker keeps it
        for (int i = 0; i < 60; ++i) {
            const bool mistaken = i % 3 == 2;
            const std::string person = i % 5 == 0 ? "Siân \"Molly\" Llŷr" : "P-" + std::to_string(i);
            const std::string date = mistaken && i % 9 == 8 ? "2026-02-30" : in_force;
            const std::string line = json_line(person, date, seeded_answers(*rules, random, mistaken));
            const std::optional<boost::gregorian::date> date_override =
                i % 7 == 6 ? std::optional(rules->header.effective_from) : std::nullopt;
            std::string written;
            const std::optional<Error> problem = write_batch_line(service, line, "b.jsonl", 1, date_override, scratch, written);
            const std::string expected = full_way(service, line, date_override);
            if (problem) {
                // The batch adds which line it was working out when a rule fails; the words are the same.
                ASSERT_EQ(("refused: " + problem->message).rfind(expected, 0), 0u)
                    << rules->source_name << ": " << line << "\n  " << problem->message << "\n  " << expected;
                ++slow;
                continue;
            }
            ASSERT_EQ(written, expected) << rules->source_name << ": " << line;
            IndicativeBudget fresh;
            if (service.compute_plain_line(line, date_override, fresh)) ++quick;
        }
    }
    EXPECT_GT(quick, 600) << "most right lines should take the quick way";
    EXPECT_GT(slow, 300);
}

TEST(BatchLine, AnythingButAPlainRightLineLeavesTheQuickWay) {
    RuleLibrary library;
    Diagnostics problems;
    library.add(embedded_default_rule_set(), problems);
    BudgetService service(std::move(library));
    const RuleSet& rules = *embedded_default_rule_set();
    Pairs answers;
    for (const Question& q : rules.questions) answers.emplace_back(q.id, q.answers.front().id);
    IndicativeBudget budget;
    ASSERT_TRUE(service.compute_plain_line(json_line("P-1", "2026-05-01", answers), std::nullopt, budget));
    EXPECT_EQ(budget.person, "P-1");
    const std::vector<std::string> not_quick = {
        json_line("P-1", "1999-05-01", answers),                       // no rule set in force
        json_line("P-1", "2026-13-01", answers),                       // not a real date
        R"({"person":"P-1","answers":{}})",                            // no date and no answers
        json_line("P-1", "2026-05-01", Pairs(answers.begin() + 1, answers.end())),  // one left out
        json_line("P-1", "2026-05-01", answers) + " {}",               // something after the object
        R"({"person":"P-1","date":"2026-05-01","answers":{},"colour":"red"})",
    };
    for (const std::string& line : not_quick) EXPECT_FALSE(service.compute_plain_line(line, std::nullopt, budget)) << line;
}

}  // namespace
}  // namespace openras
