#include "rules/answer_sheet.hpp"

#include <cstdint>
#include <cstring>

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

// Lengths first: most ids that differ differ in length.
bool same(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace

AnswerLookup::AnswerLookup(const RuleSet& rules) {
    for (std::size_t q = 0; q < rules.questions.size(); ++q) {
        const Question& question = rules.questions[q];
        question_ids_.push_back(question.id);
        // A second question of one id (which a rule set does not load) is not found, as the
        // catalogue finds only the first.
        const bool first = this->question(question.id) < 0;
        if (first) questions_.add(text_hash(question.id), std::uint32_t(q));
        first_of_its_id_.push_back(first);
        std::vector<std::string> ids;
        for (const auto& a : question.answers) ids.push_back(a.id);
        answers_.push_back(std::move(ids));
        if (question.required) required_.push_back(int(q));
    }
}

int AnswerLookup::question(std::string_view id) const {
    const std::uint32_t found = questions_.find(text_hash(id), [&](std::uint32_t q) { return same(question_ids_[q], id); });
    return found == HashedPlaces::kNone ? -1 : int(found);
}

int AnswerLookup::answer(int question, std::string_view id) const {
    // resolve_answers takes the last answer of an id given twice in one question; so does this.
    const std::vector<std::string>& ids = answers_[std::size_t(question)];
    for (std::size_t a = ids.size(); a-- > 0;)
        if (same(ids[a], id)) return int(a);
    return -1;
}

bool AnswerLookup::resolve(std::span<const std::pair<std::string_view, std::string_view>> answers, AnswerSheet& out) const {
    out.answer_index.assign(answers_.size(), -1);
    std::size_t next = 0;  // answers are nearly always written in the rule set's order: try that first
    for (const auto& [question_id, answer_id] : answers) {
        const bool guessed = next < question_ids_.size() && first_of_its_id_[next] && same(question_ids_[next], question_id);
        const int q = guessed ? int(next) : question(question_id);
        next = std::size_t(q) + 1;
        if (q < 0 || out.answer_index[std::size_t(q)] >= 0) return false;
        const int a = answer(q, answer_id);
        if (a < 0) return false;
        out.answer_index[std::size_t(q)] = a;
    }
    for (const int q : required_)
        if (out.answer_index[std::size_t(q)] < 0) return false;
    return true;
}

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
