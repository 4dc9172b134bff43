#pragma once
// A person's answers, resolved against one rule set to answer indices. Resolving is where bad
// answers are caught: a question the rule set does not ask, an answer that is not one of the
// options, or a required question left out. The first problem is thrown, naming the field.
#include "rules/error.hpp"
#include "rules/ruleset.hpp"

#include <string>
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

}  // namespace openras
