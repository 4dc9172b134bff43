#include "rules/answer_sheet.hpp"

namespace openras {
namespace {

// Where an answer was given: its own place when its reader kept one, else its field in `source`.
SourceLocation field_of(const GivenAnswer& given, const std::string& source) {
    SourceLocation where = given.where;
    if (where.file.empty() && where.line == 0) where.file = source;
    if (where.field.empty()) where.field = "answers." + given.question;
    return where;
}

std::string options_of(const Question& q) {
    std::string list;
    for (const auto& a : q.answers) list += (list.empty() ? "" : ", ") + a.id;
    return list;
}

}  // namespace

AnswerSheet resolve_answers(const RuleSet& rules, const std::vector<GivenAnswer>& given,
                            const std::string& source) {
    AnswerSheet sheet;
    sheet.answer_index.assign(rules.questions.size(), -1);
    for (const auto& g : given) {
        const int q = rules.question_index(g.question);
        if (q < 0)
            throw OpenRasError(Error{ErrorCode::UnknownQuestion,
                                     "there is no question \"" + g.question + "\" in rule set \"" + rules.header.id +
                                         "\" version " + rules.header.version,
                                     field_of(g, source)});
        const Question& question = rules.questions[std::size_t(q)];
        if (sheet.answer_index[std::size_t(q)] >= 0)
            throw OpenRasError(Error{ErrorCode::Duplicate, "question \"" + g.question + "\" is answered twice",
                                     field_of(g, source)});
        int chosen = -1;
        for (std::size_t a = 0; a < question.answers.size(); ++a)
            if (question.answers[a].id == g.answer) chosen = int(a);
        if (chosen < 0)
            throw OpenRasError(Error{ErrorCode::UnknownAnswer,
                                     "\"" + g.answer + "\" is not one of the answers to question \"" +
                                         g.question + "\" (" + options_of(question) + ")",
                                     field_of(g, source)});
        sheet.answer_index[std::size_t(q)] = chosen;
    }
    for (std::size_t q = 0; q < rules.questions.size(); ++q) {
        const Question& question = rules.questions[q];
        if (question.required && sheet.answer_index[q] < 0)
            throw OpenRasError(Error{ErrorCode::MissingAnswer,
                                     "question \"" + question.id + "\" (\"" + question.text + "\") needs an answer",
                                     SourceLocation{source, 0, 0, "answers." + question.id}});
    }
    return sheet;
}

}  // namespace openras
