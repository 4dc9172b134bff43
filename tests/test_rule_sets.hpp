#pragma once
// Small inline rule sets and helpers shared by the unit tests. Each section is a piece of TOML
// that can be put together with others; tests that care about a line or a column look the text
// up with position_of() instead of counting lines by hand.
#include "rules/answer_sheet.hpp"
#include "rules/budget_engine.hpp"
#include "rules/error.hpp"
#include "rules/ruleset.hpp"
#include "rules/ruleset_loader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace openras::test {

// The header of every test rule set: in force from 1 April 2026, rounding half-up, 52 weeks.
inline const std::string kHeader = R"([ruleset]
id = "mini"
version = "1"
title = "Mini RAS"
authority = "Test Council"
effective_from = 2026-04-01
rounding = "half-up"
weeks_per_year = 52
citation = "Test policy 1"
)";

// One stream paying £2.50 for each point.
inline const std::string kPricePerPointStream = R"(
[[stream]]
id = "main"
title = "Personal budget"
restrictions = "For the needs in your plan."
citation = "Care Act 2014, s.26"

  [stream.conversion]
  method = "price-per-point"
  rate = "£2.50"
  citation = "Test policy 5.1"
)";

// One domain with one scored question worth 0, 8 or 20 points (so at most 20 points).
inline const std::string kCareDomain = R"(
[[domain]]
id = "care"
title = "Personal care"
easy_read = "Looking after yourself"
citation = "Test questionnaire, domain 1"

  [[domain.question]]
  id = "eating"
  text = "How much help do you need to eat?"
  easy_read = "Help to eat?"
  citation = "Test questionnaire, 1.1"
  answers = [
    { id = "none", text = "No help", easy_read = "No", points = 0 },
    { id = "some", text = "Some help", easy_read = "Some", points = 8 },
    { id = "lots", text = "A lot of help", easy_read = "Lots", points = 20 },
  ]
)";

// The smallest rule set that loads.
inline std::string minimal_rule_set() { return kHeader + kPricePerPointStream + kCareDomain; }

// The questionnaire the budget-engine tests use, in the main stream:
//   domain "care":      eating 0 / 8 / 20 points, washing 0 / 3 / 10 points, and the
//                       informal-support question family_help keeping 100% / 75% / 50%;
//   domain "community": getting_out 0 / 4 / 12 points.
// So the most the main stream can reach is 20 + 10 + 12 = 42 points.
inline const std::string kEngineDomains = R"(
[[domain]]
id = "care"
title = "Personal care"
easy_read = "Looking after yourself"
citation = "Test questionnaire, domain 1"

  [[domain.question]]
  id = "eating"
  text = "How much help do you need to eat?"
  easy_read = "Help to eat?"
  citation = "Test questionnaire, 1.1"
  answers = [
    { id = "none", text = "No help", easy_read = "No", points = 0 },
    { id = "some", text = "Some help", easy_read = "Some", points = 8 },
    { id = "lots", text = "A lot of help", easy_read = "Lots", points = 20 },
  ]

  [[domain.question]]
  id = "washing"
  text = "How much help do you need to wash?"
  easy_read = "Help to wash?"
  citation = "Test questionnaire, 1.2"
  answers = [
    { id = "none", text = "No help", easy_read = "No", points = 0 },
    { id = "some", text = "Some help", easy_read = "Some", points = 3 },
    { id = "lots", text = "A lot of help", easy_read = "Lots", points = 10 },
  ]

  [[domain.question]]
  id = "family_help"
  kind = "informal_support"
  text = "How much of this help do family or friends give?"
  easy_read = "Does family help?"
  citation = "Test policy 4.1"
  answers = [
    { id = "none", text = "None of it", easy_read = "No", points_remaining = "100%" },
    { id = "some", text = "Some of it", easy_read = "A bit", points_remaining = "75%" },
    { id = "most", text = "Most of it", easy_read = "A lot", points_remaining = "50%" },
  ]

[[domain]]
id = "community"
title = "Getting out"
easy_read = "Going out"
citation = "Test questionnaire, domain 2"

  [[domain.question]]
  id = "getting_out"
  text = "How much help do you need to go out?"
  easy_read = "Help to go out?"
  citation = "Test questionnaire, 2.1"
  answers = [
    { id = "none", text = "No help", easy_read = "No", points = 0 },
    { id = "some", text = "Some help", easy_read = "Some", points = 4 },
    { id = "lots", text = "A lot of help", easy_read = "Lots", points = 12 },
  ]
)";

// A rule set for the engine tests: kHeader with 52.143 weeks a year, one stream "main" whose
// conversion is `conversion` (the lines under [stream.conversion], citation included), the
// questionnaire above, then `extra` (parameters, rules, thresholds, more streams and domains).
inline std::string engine_rule_set(const std::string& conversion, const std::string& extra = "") {
    std::string header = kHeader;
    header.replace(header.find("weeks_per_year = 52"), std::string("weeks_per_year = 52").size(),
                   "weeks_per_year = \"52.143\"");
    return header + R"(
[[stream]]
id = "main"
title = "Personal budget"
restrictions = "For the needs in your plan."
citation = "Care Act 2014, s.26"

  [stream.conversion]
)" + conversion + "\n" + kEngineDomains + extra;
}

// £2.50 a point.
inline const std::string kPricePerPoint = R"(  method = "price-per-point"
  rate = "£2.50"
  citation = "Test policy 5.1")";

// Every problem, one a line, for failure messages.
inline std::string describe(const Diagnostics& problems) {
    std::string out;
    for (const auto& e : problems.errors())
        out += std::string(error_code_name(e.code)) + " " + e.to_string() + "\n";
    return out;
}

// Loads `text`, failing the test (with every problem listed) when it does not load.
inline std::shared_ptr<const RuleSet> load_ok(const std::string& text, const std::string& name = "test.toml") {
    RuleSetLoad load = load_rule_set(text, name);
    EXPECT_TRUE(load.problems.empty()) << describe(load.problems);
    EXPECT_TRUE(load.rule_set != nullptr);
    return load.rule_set;
}

// Loads `text`, which must not load.
inline RuleSetLoad load_bad(const std::string& text, const std::string& name = "test.toml") {
    RuleSetLoad load = load_rule_set(text, name);
    EXPECT_FALSE(load.problems.empty()) << "expected problems, but the rule set loaded";
    EXPECT_EQ(load.rule_set, nullptr) << "a rule set with problems must not be returned";
    return load;
}

// The problems with `code`.
inline std::vector<Error> with_code(const Diagnostics& problems, ErrorCode code) {
    std::vector<Error> out;
    for (const auto& e : problems.errors())
        if (e.code == code) out.push_back(e);
    return out;
}

// 1-based line and column (in characters) of the `occurrence`-th `needle` in `text`.
struct Position {
    int line = 0;
    int column = 0;
};
inline Position position_of(std::string_view text, std::string_view needle, int occurrence = 1) {
    std::size_t at = std::string_view::npos;
    std::size_t from = 0;
    for (int i = 0; i < occurrence; ++i) {
        at = text.find(needle, from);
        if (at == std::string_view::npos) {
            ADD_FAILURE() << "test text has no \"" << needle << "\" (occurrence " << occurrence << ")";
            return {};
        }
        from = at + 1;
    }
    Position p{1, 1};
    for (std::size_t i = 0; i < at; ++i) {
        if (text[i] == '\n') {
            p.line += 1;
            p.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            p.column += 1;
        }
    }
    return p;
}

// Replaces the first `from` in `text` with `to`, failing the test when it is not there.
inline std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const std::size_t at = text.find(from);
    if (at == std::string::npos) {
        ADD_FAILURE() << "test text has no \"" << from << "\" to replace";
        return text;
    }
    text.replace(at, from.size(), to);
    return text;
}

// Resolves `answers` (question → answer id) against `rules`.
inline AnswerSheet answers_for(const RuleSet& rules, const std::vector<std::pair<std::string, std::string>>& answers) {
    std::vector<GivenAnswer> given;
    for (const auto& [question, answer] : answers) given.push_back({question, answer, {}});
    return resolve_answers(rules, given, "test answers");
}

// The model RAS and every rule set of the golden cases that loads (the cases of bad rule sets do
// not): for tests that compare two ways of writing the same thing over many rule sets.
inline std::vector<std::shared_ptr<const RuleSet>> every_loadable_rule_set() {
    std::vector<std::shared_ptr<const RuleSet>> out{embedded_default_rule_set()};
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(OPENRAS_SOURCE_DIR) / "tests" / "golden")) {
        if (entry.path().filename() != "rules.toml") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        RuleSetLoad load = load_rule_set(text.str(), entry.path().string());
        if (load.rule_set) out.push_back(load.rule_set);
    }
    return out;
}

// A budget for seeded random answers (a quarter of the optional questions left out), with its
// explanation; nothing when the rule set's rules refuse those answers.
inline std::optional<IndicativeBudget> seeded_budget(const RuleSet& rules, const BudgetEngine& engine, std::mt19937_64& random) {
    AnswerSheet sheet;
    for (const Question& q : rules.questions) {
        const bool leave_out = !q.required && random() % 4 == 0;
        sheet.answer_index.push_back(leave_out ? -1 : int(random() % q.answers.size()));
    }
    IndicativeBudget budget;
    try {
        engine.evaluate(sheet, budget, true);
    } catch (const OpenRasError&) {
        return std::nullopt;
    }
    return budget;
}

}  // namespace openras::test
