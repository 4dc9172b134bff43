#pragma once
// A person's answers, resolved against one rule set to answer indices. Resolving is where bad
// answers are caught: a question the rule set does not ask, an answer that is not one of the
// options, or a required question left out. The first problem is thrown, naming the field.
#include "rules/error.hpp"
#include "rules/ruleset.hpp"
#include "rules/text_hash.hpp"

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace openras {

struct GivenAnswer {
    std::string question;
    std::string answer;
    SourceLocation where;  // where the answer was written, when known
};

struct AnswerSheet {
    std::vector<int> answer_index;  // per question in RuleSet::questions order; -1 unanswered
};

// Throws OpenRasError (UnknownQuestion, UnknownAnswer, MissingAnswer, Duplicate).
// `source` names the answers file (or batch line) for a missing answer's message.
AnswerSheet resolve_answers(const RuleSet& rules, const std::vector<GivenAnswer>& given,
                            const std::string& source = {});

// A rule set's question and answer ids, found without a search of the rule set: for readers that
// resolve answers by the thousand straight from the text they read (a batch), without making a
// GivenAnswer, a string or a sorted list first. It only says yes or no: for any mistake it
// gives false and the caller asks resolve_answers, whose message names what is wrong.
class AnswerLookup {
public:
    explicit AnswerLookup(const RuleSet& rules);

    int question(std::string_view id) const;              // -1 when the rule set does not ask it
    int answer(int question, std::string_view id) const;  // -1 when it is not one of its answers
    // The sheet for `answers` (question id, answer id) in any order; false when one is unknown,
    // given twice, or a required question is left out, and `out` is then not to be used.
    bool resolve(std::span<const std::pair<std::string_view, std::string_view>> answers, AnswerSheet& out) const;

private:
    std::vector<std::string> question_ids_;
    HashedPlaces questions_;                   // the first question of each id, by the id's hash
    std::vector<char> first_of_its_id_;       // per question: the one `question` finds, to try first
    std::vector<std::vector<std::string>> answers_;
    std::vector<int> required_;
};

}  // namespace openras
