// Checks that need the whole rule set: which domains feed which stream, the most points each
// can reach, and whether a band table covers that whole range with no gap and no overlap.
#include "rules/loader_parts.hpp"

namespace openras::loader {
namespace {

Rational most_points(const Question& q) {
    Rational best;
    for (const auto& a : q.answers) best = std::max(best, a.points);
    return best;
}

void check_bands(Builder& b, const Stream& stream) {
    const Conversion& c = stream.conversion;
    if (c.method != ConversionMethod::Bands || c.bands.empty()) return;
    const std::string name = "stream \"" + stream.id + "\"";
    if (c.bands.front().from != 0)
        b.problems.add(ErrorCode::BandCoverage,
                       name + ": the first band must start at 0 points, not " + std::to_string(c.bands.front().from),
                       c.bands.front().where);
    for (std::size_t i = 0; i + 1 < c.bands.size(); ++i) {
        const Band& band = c.bands[i];
        const Band& next = c.bands[i + 1];
        if (!band.to) {
            b.problems.add(ErrorCode::BandCoverage, name + ": only the last band may leave out `to`", band.where);
            continue;
        }
        if (next.from > *band.to + 1)
            b.problems.add(ErrorCode::BandCoverage,
                           name + ": gap between bands: no band covers " + std::to_string(*band.to + 1) +
                               (next.from - 1 > *band.to + 1 ? " to " + std::to_string(next.from - 1) : "") +
                               " points",
                           next.where);
        else if (next.from <= *band.to)
            b.problems.add(ErrorCode::BandCoverage,
                           name + ": bands overlap: " + std::to_string(next.from) + " to " +
                               std::to_string(std::min(*band.to, next.to.value_or(*band.to))) +
                               " points are in two bands",
                           next.where);
    }
    const Band& last = c.bands.back();
    const std::int64_t reach = stream.max_points.floor();
    if (last.to && *last.to < reach)
        b.problems.add(ErrorCode::BandCoverage,
                       name + ": the last band stops at " + std::to_string(*last.to) +
                           " points, but the questionnaire can give up to " + std::to_string(reach),
                       last.where);
}

}  // namespace

void check_streams(Builder& b) {
    RuleSet& rs = b.out;
    for (std::size_t d = 0; d < rs.domains.size(); ++d) {
        Domain& domain = rs.domains[d];
        for (int q : domain.questions) domain.max_points += most_points(rs.questions[std::size_t(q)]);
        if (domain.questions.empty())
            b.problems.add(ErrorCode::MissingField, "domain \"" + domain.id + "\" has no scored question",
                           domain.where);
        if (domain.stream >= 0 && std::size_t(domain.stream) < rs.streams.size()) {
            Stream& stream = rs.streams[std::size_t(domain.stream)];
            stream.domains.push_back(int(d));
            stream.max_points += domain.max_points;
        }
    }
    for (const Stream& stream : rs.streams) {
        check_bands(b, stream);
    }
}

}  // namespace openras::loader

namespace openras::loader {
namespace {

// The figures a person with these answers would have, for trying expressions at load time.
struct TrialFigures {
    std::vector<int> answers;
    std::vector<Rational> raw, counted, streams;
    Rational total;

    TrialFigures(const RuleSet& rs, std::vector<int> chosen) : answers(std::move(chosen)) {
        raw.assign(rs.domains.size(), Rational(0));
        streams.assign(rs.streams.size(), Rational(0));
        for (std::size_t q = 0; q < rs.questions.size(); ++q)
            if (rs.questions[q].kind == QuestionKind::Scored)
                raw[std::size_t(rs.questions[q].domain)] += rs.questions[q].answers[std::size_t(answers[q])].points;
        counted = raw;
        for (std::size_t d = 0; d < rs.domains.size(); ++d) {
            const int informal = rs.domains[d].informal_support;
            if (informal >= 0)
                counted[d] = raw[d] * rs.questions[std::size_t(informal)].answers[std::size_t(answers[std::size_t(informal)])]
                                          .points_remaining;
            total += counted[d];
        }
    }

    expr::Inputs inputs() const {
        expr::Inputs in;
        in.answer_index = answers.data();
        in.raw_domain_points = raw.data();
        in.domain_points = counted.data();
        in.total_points = total;
        in.stream_totals = streams.data();
        return in;
    }
};

// Runs `when` then `amount` (either may be null); returns the problem, if any.
std::optional<std::string> try_once(const expr::Expression* when, const expr::Expression* amount,
                                    const TrialFigures& figures) {
    try {
        const expr::Inputs in = figures.inputs();
        if (when && !when->evaluate(in).boolean) return std::nullopt;
        if (amount) (void)amount->evaluate(in);
    } catch (const OpenRasError& e) {
        return e.error().message;
    }
    return std::nullopt;
}

void try_every_answer(Builder& b, const std::string& what, const expr::Expression* when,
                      const expr::Expression* amount, const SourceLocation& where) {
    const RuleSet& rs = b.out;
    std::vector<const expr::Expression*> parts;
    for (const auto* e : {when, amount})
        if (e) parts.push_back(e);
    for (const auto* part : parts)
        for (const auto& ref : part->references()) {
            if (ref.kind != expr::Reference::Kind::Question) continue;
            const int q = rs.question_index(ref.id);
            for (std::size_t a = 0; q >= 0 && a < rs.questions[std::size_t(q)].answers.size(); ++a) {
                std::vector<int> chosen(rs.questions.size(), 0);  // everyone else gives the first answer
                chosen[std::size_t(q)] = int(a);
                if (auto why = try_once(when, amount, TrialFigures(rs, chosen))) {
                    b.problems.add(ErrorCode::Evaluation,
                                   what + " cannot be worked out when question \"" + ref.id + "\" is answered \"" +
                                       rs.questions[std::size_t(q)].answers[a].id + "\": " + *why,
                                   where);
                    return;
                }
            }
        }
    // A rule that reads no answer (or fails whatever they are, such as a division by a parameter
    // that is zero) would fail every budget: tried with everyone's first answers and everyone's
    // last, it is found now, not at the first person's assessment.
    for (const bool last : {false, true}) {
        std::vector<int> chosen(rs.questions.size(), 0);
        if (last)
            for (std::size_t q = 0; q < rs.questions.size(); ++q) chosen[q] = int(rs.questions[q].answers.size()) - 1;
        if (auto why = try_once(when, amount, TrialFigures(rs, chosen))) {
            b.problems.add(ErrorCode::Evaluation,
                           what + " cannot be worked out when every question is given its " +
                               (last ? "last" : "first") + " answer: " + *why,
                           where);
            return;
        }
    }
}

}  // namespace

void check_rules_for_every_answer(Builder& b) {
    for (const AdjustmentRule& rule : b.out.rules)
        if (rule.amount) try_every_answer(b, "rule \"" + rule.id + "\"", rule.when.get(), rule.amount.get(), rule.where);
    for (const Threshold& threshold : b.out.thresholds)
        if (threshold.when)
            try_every_answer(b, "threshold \"" + threshold.id + "\"", threshold.when.get(), nullptr, threshold.where);
}

}  // namespace openras::loader
