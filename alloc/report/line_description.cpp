#include "alloc/report/line_description.hpp"

namespace openras {
namespace {

const Question& question_at(const RuleSet& rs, int q) { return rs.questions[std::size_t(q)]; }

std::string answer_text(const RuleSet& rs, const AnswerSheet& answers, int q) {
    const int chosen = answers.answer_index[std::size_t(q)];
    if (chosen < 0) return "(not answered)";
    return question_at(rs, q).answers[std::size_t(chosen)].id;
}

std::string plural_points(const Rational& points) {
    return points_text(points) + (points == Rational(1) ? " point" : " points");
}

// The answers that gave a domain its points, as "question = answer (points)".
void add_domain_inputs(const IndicativeBudget& b, int d, LineDescription& out) {
    const RuleSet& rs = *b.rules;
    for (int q : rs.domains[std::size_t(d)].questions) {
        const int chosen = b.answers.answer_index[std::size_t(q)];
        const Question& question = question_at(rs, q);
        out.inputs.emplace_back(question.id, chosen < 0 ? "(not answered)"
                                                       : question.answers[std::size_t(chosen)].id + " (" +
                                                             plural_points(question.answers[std::size_t(chosen)].points) + ")");
    }
}

void describe_domain(const IndicativeBudget& b, const ExplanationLine& line, LineDescription& out) {
    const RuleSet& rs = *b.rules;
    const Domain& domain = rs.domains[std::size_t(line.subject)];
    const Conversion& c = rs.streams[std::size_t(line.stream)].conversion;
    out.rule = "domain." + domain.id;
    out.citation = domain.citation;
    if (c.method == ConversionMethod::Bands) {
        out.title = domain.title + ": " + plural_points(line.points);
        out.detail = "These points count toward the band below.";
    } else {
        out.title = domain.title + ": " + plural_points(line.points) + " \u00d7 " + c.rate.to_string();
    }
    add_domain_inputs(b, line.subject, out);
}

void describe_informal(const IndicativeBudget& b, const ExplanationLine& line, LineDescription& out) {
    const RuleSet& rs = *b.rules;
    const Domain& domain = rs.domains[std::size_t(line.subject)];
    const int q = domain.informal_support;
    const Question& question = question_at(rs, q);
    const AnswerOption& answer = question.answers[std::size_t(b.answers.answer_index[std::size_t(q)])];
    const Conversion& c = rs.streams[std::size_t(line.stream)].conversion;
    const Rational not_counted = -line.points;
    out.rule = "question." + question.id;
    out.citation = question.citation;
    out.title = domain.title + ": help from family and friends, " + plural_points(not_counted) + " not counted";
    if (c.method != ConversionMethod::Bands) out.title += " \u00d7 " + c.rate.to_string();
    out.detail = "You said: \"" + answer.text + "\". So " + percent_text(line.share) + " of " +
                 plural_points(b.domains[std::size_t(line.subject)].raw_points) + " count.";
    out.inputs.emplace_back(question.id, answer.id + " (" + percent_text(line.share) + " of points remain)");
}

void describe_band(const IndicativeBudget& b, const ExplanationLine& line, LineDescription& out) {
    const Stream& stream = b.rules->streams[std::size_t(line.stream)];
    const StreamResult& result = b.streams[std::size_t(line.stream)];
    out.rule = "stream." + stream.id + ".band";
    if (line.subject < 0) {
        out.title = "No band covers " + plural_points(line.points);
        out.citation = stream.conversion.citation;
        return;
    }
    const Band& band = stream.conversion.bands[std::size_t(line.subject)];
    out.rule += "[" + std::to_string(line.subject) + "]";
    out.citation = band.citation;
    out.title = "Band for " + std::to_string(band.from) +
                (band.to ? " to " + std::to_string(*band.to) : std::string(" or more")) + " points";
    out.detail = result.points.is_integer()
                     ? "You have " + plural_points(result.points) + "."
                     : "You have " + plural_points(result.points) + "; the band uses the whole number, " +
                           plural_points(line.points) + ".";
    out.inputs.emplace_back("points", points_text(result.points));
}

void describe_rule(const IndicativeBudget& b, const ExplanationLine& line, LineDescription& out) {
    const RuleSet& rs = *b.rules;
    const AdjustmentRule& rule = rs.rules[std::size_t(line.subject)];
    out.rule = "rule." + rule.id;
    out.title = rule.title;
    out.citation = rule.citation;
    auto add_references = [&](const expr::Expression* e) {
        if (!e) return;
        for (const auto& ref : e->references()) {
            std::string name = ref.id;
            std::string value;
            switch (ref.kind) {
                case expr::Reference::Kind::Question:
                    value = answer_text(rs, b.answers, rs.question_index(ref.id));
                    break;
                case expr::Reference::Kind::Parameter:
                    value = rs.catalogue.parameters.at(ref.id).to_display_string();
                    break;
                case expr::Reference::Kind::Domain: {
                    // The rule may read the points before or after the reduction: show both.
                    const DomainResult& domain = b.domains[std::size_t(rs.catalogue.domain_index(ref.id))];
                    value = plural_points(domain.raw_points);
                    if (domain.points != domain.raw_points)
                        value += " (" + points_text(domain.points) + " after help from family and friends)";
                    break;
                }
                case expr::Reference::Kind::TotalPoints:
                    name = "total_points";
                    value = points_text(b.total_points);
                    break;
                default: continue;
            }
            bool seen = false;
            for (const auto& input : out.inputs) seen = seen || input.first == name;
            if (!seen) out.inputs.emplace_back(name, value);
        }
    };
    add_references(rule.when.get());
    add_references(rule.amount.get());
    out.detail = rule.when ? "Applies because " + rule.when->source() + "." : std::string{};
}

}  // namespace

std::string points_text(const Rational& points) {
    if (points.is_negative()) return "-" + points_text(-points);
    std::string exact = points.to_decimal_string(4);
    if (exact.find('/') == std::string::npos) return exact;
    const std::int64_t whole = points.floor();
    const Rational rest = points - Rational(whole);
    return (whole != 0 ? std::to_string(whole) + " " : "") + std::to_string(rest.numerator()) + "/" +
           std::to_string(rest.denominator());
}

std::string percent_text(const Rational& share) { return points_text(share * Rational(100)) + "%"; }

LineDescription describe_line(const IndicativeBudget& b, const ExplanationLine& line) {
    LineDescription out;
    const Stream& stream = b.rules->streams[std::size_t(line.stream)];
    switch (line.kind) {
        case LineKind::Base:
            out.rule = "stream." + stream.id + ".base";
            out.title = "Starting amount for everyone";
            out.citation = stream.conversion.citation;
            break;
        case LineKind::DomainPoints: describe_domain(b, line, out); break;
        case LineKind::InformalSupport: describe_informal(b, line, out); break;
        case LineKind::Band: describe_band(b, line, out); break;
        case LineKind::Rule: describe_rule(b, line, out); break;
        case LineKind::Rounding:
            out.rule = "rounding";
            out.title = "Rounding to the penny";
            out.detail = std::string("Each line above was rounded ") + rounding_rule_name(b.rules->header.rounding) +
                         "; this is what those roundings left over.";
            out.citation = b.rules->header.citation;
            if (out.citation.text.empty())
                out.citation.text = std::string("the rule set's rounding rule, rounding = \"") +
                                    rounding_rule_name(b.rules->header.rounding) + "\"";
            break;
    }
    return out;
}

}  // namespace openras
