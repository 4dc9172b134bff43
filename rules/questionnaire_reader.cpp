// Reads `[[domain]]` and `[[domain.question]]`: the questionnaire, its answers and points, and
// the informal-support questions that reduce a domain's points.
#include "rules/loader_parts.hpp"

namespace openras::loader {
namespace {

struct QuestionnaireIds {
    std::unordered_map<std::string, SourceLocation> domains;
    std::unordered_map<std::string, SourceLocation> questions;
};

void read_answer(Builder& b, TomlTableReader& r, Question& q) {
    r.reject_unknown_keys({"id", "text", "easy_read", "points", "points_remaining"});
    AnswerOption a;
    a.where = r.here();
    a.id = r.string("id").value_or("");
    a.text = r.string("text").value_or("");
    a.easy_read = r.string("easy_read").value_or("");
    if (q.kind == QuestionKind::InformalSupport) {
        if (r.has("points"))
            r.problem_at("points", ErrorCode::InvalidValue,
                         "an informal-support answer gives `points_remaining`, not `points`");
        a.points_remaining = r.decimal("points_remaining").value_or(Rational(1));
        if (a.points_remaining < Rational(0) || a.points_remaining > Rational(1))
            r.problem_at("points_remaining", ErrorCode::InvalidValue,
                         "`points_remaining` must be between 0% and 100%");
    } else {
        if (r.has("points_remaining"))
            r.problem_at("points_remaining", ErrorCode::InvalidValue,
                         "`points_remaining` belongs on informal-support questions only");
        a.points = r.decimal("points").value_or(Rational(0));
        if (a.points < Rational(0)) r.problem_at("points", ErrorCode::InvalidValue, "points cannot be negative");
    }
    for (const auto& other : q.answers)
        if (!a.id.empty() && other.id == a.id)
            r.problem_at("id", ErrorCode::Duplicate,
                         "answer id \"" + a.id + "\" is used twice in question \"" + q.id + "\"");
    (void)b;
    q.answers.push_back(std::move(a));
}

void read_answers(Builder& b, TomlTableReader& r, Question& q) {
    const toml::array* answers = r.array("answers");
    if (!answers) return;
    for (std::size_t i = 0; i < answers->size(); ++i) {
        const toml::table* table = answers->get(i)->as_table();
        if (!table) {
            r.problem(ErrorCode::WrongType, "each answer must be { id = ..., text = ..., ... }",
                      location_of(*answers->get(i), b.file));
            continue;
        }
        TomlTableReader answer(*table, r.path() + ".answers[" + std::to_string(i) + "]", b.file, b.problems);
        read_answer(b, answer, q);
    }
    if (answers->size() < 2)
        r.problem_at("answers", ErrorCode::InvalidValue, "question \"" + q.id + "\" needs at least two answers");
}

void read_question(Builder& b, TomlTableReader& r, int domain_index, QuestionnaireIds& ids) {
    r.reject_unknown_keys({"id", "kind", "text", "easy_read", "help", "required", "answers", "citation"});
    Question q;
    q.where = r.here();
    q.domain = domain_index;
    q.id = r.string("id").value_or("");
    if (auto kind = r.string("kind", false)) {
        if (*kind == "informal_support")
            q.kind = QuestionKind::InformalSupport;
        else if (*kind != "scored")
            r.problem_at("kind", ErrorCode::InvalidValue, "`kind` must be \"scored\" or \"informal_support\"");
    }
    q.text = r.string("text").value_or("");
    q.easy_read = r.string("easy_read").value_or("");
    q.help = r.string("help", false).value_or("");
    q.required = r.boolean("required", false).value_or(true);
    q.citation = r.citation().value_or(Citation{});
    read_answers(b, r, q);
    if (q.id.empty() || !b.claim_id(ids.questions, q.id, "question", q.where)) return;

    const int index = int(b.out.questions.size());
    Domain& domain = b.out.domains[std::size_t(domain_index)];
    if (q.kind == QuestionKind::InformalSupport) {
        if (domain.informal_support >= 0)
            r.problem(ErrorCode::Duplicate,
                      "domain \"" + domain.id + "\" already has an informal-support question (\"" +
                          b.out.questions[std::size_t(domain.informal_support)].id + "\")",
                      q.where);
        domain.informal_support = index;
    } else {
        domain.questions.push_back(index);
    }
    expr::Catalogue::Question entry{q.id, {}, {}};
    for (const auto& a : q.answers) {
        entry.answer_ids.push_back(a.id);
        entry.answer_points.push_back(a.points);
    }
    b.out.catalogue.questions.push_back(std::move(entry));
    b.out.questions.push_back(std::move(q));
}

}  // namespace

void read_questionnaire(Builder& b, const toml::table& document) {
    QuestionnaireIds ids;
    b.for_each_table(document, "domain", "", true, [&](TomlTableReader& r, int) {
        r.reject_unknown_keys({"id", "title", "easy_read", "stream", "question", "citation"});
        Domain d;
        d.where = r.here();
        d.id = r.string("id").value_or("");
        d.title = r.string("title").value_or("");
        d.easy_read = r.string("easy_read").value_or("");
        d.stream = b.stream_named(r);
        d.citation = r.citation().value_or(Citation{});
        if (!d.id.empty()) b.claim_id(ids.domains, d.id, "domain", d.where);
        const int domain_index = int(b.out.domains.size());
        b.out.catalogue.domains.push_back(d.id);
        b.out.domains.push_back(std::move(d));
        b.for_each_table(r.raw(), "question", r.path(), true, [&](TomlTableReader& question, int) {
            read_question(b, question, domain_index, ids);
        });
    });
}

}  // namespace openras::loader
