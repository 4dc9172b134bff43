// The questionnaire part of the rule-set diff: domains, questions, answers, points and the
// informal-support shares (ruleset_diff.hpp).
#include "rules/ruleset_diff.hpp"

#include <algorithm>

namespace openras::diff_detail {
namespace {

constexpr const char* kSection = "Questionnaire and points";

void add(std::vector<RuleSetDifference>& out, DifferenceKind kind, const std::string& text) {
    out.push_back({kSection, kind, text});
}

void field(std::vector<RuleSetDifference>& out, const std::string& what, const std::string& a, const std::string& b) {
    if (a != b) add(out, DifferenceKind::Changed, what + ": " + a + " → " + b);
}

const Question* find_question(const RuleSet& rules, const std::string& id) {
    const int q = rules.question_index(id);
    return q < 0 ? nullptr : &rules.questions[std::size_t(q)];
}

const AnswerOption* find_answer(const Question& q, const std::string& id) {
    for (const AnswerOption& a : q.answers)
        if (a.id == id) return &a;
    return nullptr;
}

std::string value_of(const Question& q, const AnswerOption& a) {
    return q.kind == QuestionKind::InformalSupport ? share_text(a.points_remaining) + " of points count"
                                                   : points_words(a.points);
}

// The same answers, perhaps in another order.
bool same_ids(const std::vector<AnswerOption>& a, const std::vector<AnswerOption>& b) {
    if (a.size() != b.size()) return false;
    for (const AnswerOption& x : a)
        if (std::none_of(b.begin(), b.end(), [&](const AnswerOption& y) { return y.id == x.id; })) return false;
    return true;
}

std::string answer_ids(const Question& q) {
    std::string out;
    for (const AnswerOption& a : q.answers) out += (out.empty() ? "" : ", ") + a.id;
    return out;
}

void diff_answers(const Question& a, const Question& b, std::vector<RuleSetDifference>& out) {
    const std::string name = "question " + b.id + ", answer ";
    for (const AnswerOption& nb : b.answers) {
        const AnswerOption* ob = find_answer(a, nb.id);
        if (!ob) {
            add(out, DifferenceKind::Added, name + quoted(nb.id) + " (" + quoted(nb.text) + "): " + value_of(b, nb));
            continue;
        }
        if (a.kind == b.kind) field(out, name + quoted(nb.id), value_of(a, *ob), value_of(b, nb));
        field(out, name + quoted(nb.id) + "'s wording", quoted(ob->text), quoted(nb.text));
        field(out, name + quoted(nb.id) + "'s easy read wording", quoted(ob->easy_read), quoted(nb.easy_read));
    }
    for (const AnswerOption& ob : a.answers)
        if (!find_answer(b, ob.id))
            add(out, DifferenceKind::Removed, name + quoted(ob.id) + " (was " + value_of(a, ob) + ")");
    if (same_ids(a.answers, b.answers)) field(out, "question " + b.id + "'s order of answers", answer_ids(a), answer_ids(b));
}

const char* kind_name(QuestionKind kind) {
    return kind == QuestionKind::InformalSupport ? "informal support" : "scored";
}

void diff_question(const RuleSet& o, const RuleSet& n, const Question& a, const Question& b,
                   std::vector<RuleSetDifference>& out) {
    const std::string name = "question " + b.id + "'s ";
    field(out, name + "domain", o.domains[std::size_t(a.domain)].id, n.domains[std::size_t(b.domain)].id);
    field(out, name + "kind", kind_name(a.kind), kind_name(b.kind));
    field(out, name + "wording", quoted(a.text), quoted(b.text));
    field(out, name + "easy read wording", quoted(a.easy_read), quoted(b.easy_read));
    field(out, name + "help", quoted(a.help), quoted(b.help));
    field(out, name + "must be answered", a.required ? "yes" : "no", b.required ? "yes" : "no");
    field(out, name + "citation", quoted(a.citation.to_string()), quoted(b.citation.to_string()));
    diff_answers(a, b, out);
}

std::string question_ids(const RuleSet& rules, const Domain& d) {
    std::string out;
    for (int q : d.questions) out += (out.empty() ? "" : ", ") + rules.questions[std::size_t(q)].id;
    return out;
}

// The same questions, perhaps in another order.
bool same_questions(const RuleSet& o, const Domain& a, const RuleSet& n, const Domain& b) {
    if (a.questions.size() != b.questions.size()) return false;
    for (int q : a.questions) {
        const std::string& id = o.questions[std::size_t(q)].id;
        if (std::none_of(b.questions.begin(), b.questions.end(),
                         [&](int r) { return n.questions[std::size_t(r)].id == id; }))
            return false;
    }
    return true;
}

void diff_domains(const RuleSet& o, const RuleSet& n, std::vector<RuleSetDifference>& out) {
    auto find = [](const RuleSet& rules, const std::string& id) -> const Domain* {
        for (const Domain& d : rules.domains)
            if (d.id == id) return &d;
        return nullptr;
    };
    for (const Domain& b : n.domains) {
        const Domain* a = find(o, b.id);
        if (!a) {
            add(out, DifferenceKind::Added, "domain " + b.id + " " + quoted(b.title) + " with " +
                                                std::to_string(b.questions.size()) + " scored questions");
            continue;
        }
        const std::string name = "domain " + b.id + "'s ";
        field(out, name + "title", quoted(a->title), quoted(b.title));
        field(out, name + "easy read title", quoted(a->easy_read), quoted(b.easy_read));
        field(out, name + "stream", o.streams[std::size_t(a->stream)].id, n.streams[std::size_t(b.stream)].id);
        field(out, name + "citation", quoted(a->citation.to_string()), quoted(b.citation.to_string()));
        field(out, name + "most points", points_words(a->max_points), points_words(b.max_points));
        if (same_questions(o, *a, n, b)) field(out, name + "order of questions", question_ids(o, *a), question_ids(n, b));
    }
    for (const Domain& a : o.domains)
        if (!find(n, a.id)) add(out, DifferenceKind::Removed, "domain " + a.id + " " + quoted(a.title));
}

}  // namespace

void diff_questionnaire(const RuleSet& o, const RuleSet& n, std::vector<RuleSetDifference>& out) {
    diff_domains(o, n, out);
    for (const Question& b : n.questions) {
        const Question* a = find_question(o, b.id);
        if (a) diff_question(o, n, *a, b, out);
        else
            add(out, DifferenceKind::Added,
                "question " + b.id + " in domain " + n.domains[std::size_t(b.domain)].id + ": " + quoted(b.text) +
                    " (answers " + answer_ids(b) + ")");
    }
    for (const Question& a : o.questions)
        if (!find_question(n, a.id))
            add(out, DifferenceKind::Removed, "question " + a.id + " from domain " + o.domains[std::size_t(a.domain)].id +
                                                  ": " + quoted(a.text));
}

}  // namespace openras::diff_detail
