#include "alloc/report/line_description.hpp"

namespace openras {
namespace {

const Question& question_at(const RuleSet& rs, int q) { return rs.questions[std::size_t(q)]; }

// The words a line is described in: the report's, and the rule set's in the same language.
struct Words {
    const IndicativeBudget& b;
    const ReportWords& report;
    std::string_view text(const std::string& key, const std::string& english) const {
        return b.rules->text_in(report.language(), key, english);
    }
    std::string domain(const Domain& d) const { return std::string(text("domain." + d.id + ".title", d.title)); }
    std::string points(const Rational& p) const { return report.count("line.points", p, points_text(p)); }
};

std::string answer_text(const Words& w, const AnswerSheet& answers, int q) {
    const int chosen = answers.answer_index[std::size_t(q)];
    if (chosen < 0) return w.report.get("line.not_answered");
    return question_at(*w.b.rules, q).answers[std::size_t(chosen)].id;
}

// The answers that gave a domain its points, as "question = answer (points)".
void add_domain_inputs(const Words& w, int d, LineDescription& out) {
    const RuleSet& rs = *w.b.rules;
    for (int q : rs.domains[std::size_t(d)].questions) {
        const int chosen = w.b.answers.answer_index[std::size_t(q)];
        const Question& question = question_at(rs, q);
        out.inputs.emplace_back(question.id, chosen < 0 ? w.report.get("line.not_answered")
                                                       : question.answers[std::size_t(chosen)].id + " (" +
                                                             w.points(question.answers[std::size_t(chosen)].points) + ")");
    }
}

void describe_domain(const Words& w, const ExplanationLine& line, LineDescription& out) {
    const RuleSet& rs = *w.b.rules;
    const Domain& domain = rs.domains[std::size_t(line.subject)];
    const Conversion& c = rs.streams[std::size_t(line.stream)].conversion;
    out.rule = "domain." + domain.id;
    out.citation = domain.citation;
    if (c.method == ConversionMethod::Bands) {
        out.title = w.domain(domain) + ": " + w.points(line.points);
        out.detail = w.report.get("line.band_detail");
    } else {
        out.title = w.domain(domain) + ": " + w.points(line.points) + " \u00d7 " + c.rate.to_string();
    }
    add_domain_inputs(w, line.subject, out);
}

void describe_informal(const Words& w, const ExplanationLine& line, LineDescription& out) {
    const IndicativeBudget& b = w.b;
    const RuleSet& rs = *b.rules;
    const Domain& domain = rs.domains[std::size_t(line.subject)];
    const int q = domain.informal_support;
    const Question& question = question_at(rs, q);
    const AnswerOption& answer = question.answers[std::size_t(b.answers.answer_index[std::size_t(q)])];
    const Conversion& c = rs.streams[std::size_t(line.stream)].conversion;
    const Rational not_counted = -line.points;
    out.rule = "question." + question.id;
    out.citation = question.citation;
    out.title = w.report.format("line.informal", {{"domain", w.domain(domain)}, {"points", w.points(not_counted)}});
    if (c.method != ConversionMethod::Bands) out.title += " \u00d7 " + c.rate.to_string();
    const std::string said(w.text("question." + question.id + ".answer." + answer.id + ".text", answer.text));
    out.detail = w.report.format("line.you_said", {{"answer", said},
                                                   {"percent", percent_text(line.share)},
                                                   {"points", w.points(b.domains[std::size_t(line.subject)].raw_points)}});
    out.inputs.emplace_back(question.id, w.report.format("line.remain", {{"answer", answer.id}, {"percent", percent_text(line.share)}}));
}

void describe_band(const Words& w, const ExplanationLine& line, LineDescription& out) {
    const Stream& stream = w.b.rules->streams[std::size_t(line.stream)];
    const StreamResult& result = w.b.streams[std::size_t(line.stream)];
    out.rule = "stream." + stream.id + ".band";
    if (line.subject < 0) {
        out.title = w.report.format("line.no_band", {{"points", w.points(line.points)}});
        out.citation = stream.conversion.citation;
        return;
    }
    const Band& band = stream.conversion.bands[std::size_t(line.subject)];
    out.rule += "[" + std::to_string(line.subject) + "]";
    out.citation = band.citation;
    out.title = band.to ? w.report.format("line.band", {{"from", std::to_string(band.from)}, {"to", std::to_string(*band.to)}})
                        : w.report.format("line.band_open", {{"from", std::to_string(band.from)}});
    out.detail = result.points.is_integer()
                     ? w.report.format("line.you_have", {{"points", w.points(result.points)}})
                     : w.report.format("line.you_have_whole", {{"points", w.points(result.points)}, {"whole", w.points(line.points)}});
    out.inputs.emplace_back("points", points_text(result.points));
}

void describe_rule(const Words& w, const ExplanationLine& line, LineDescription& out) {
    const IndicativeBudget& b = w.b;
    const RuleSet& rs = *b.rules;
    const AdjustmentRule& rule = rs.rules[std::size_t(line.subject)];
    out.rule = "rule." + rule.id;
    out.title = std::string(w.text("rule." + rule.id + ".title", rule.title));
    out.citation = rule.citation;
    auto add_references = [&](const expr::Expression* e) {
        if (!e) return;
        for (const auto& ref : e->references()) {
            std::string name = ref.id;
            std::string value;
            switch (ref.kind) {
                case expr::Reference::Kind::Question:
                    value = answer_text(w, b.answers, rs.question_index(ref.id));
                    break;
                case expr::Reference::Kind::Parameter:
                    value = rs.catalogue.parameters.at(ref.id).to_display_string();
                    break;
                case expr::Reference::Kind::Domain: {
                    // The rule may read the points before or after the reduction: show both.
                    const DomainResult& domain = b.domains[std::size_t(rs.catalogue.domain_index(ref.id))];
                    value = w.points(domain.raw_points);
                    if (domain.points != domain.raw_points)
                        value += " (" + w.report.format("line.after_family", {{"points", points_text(domain.points)}}) + ")";
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
    out.detail = rule.when ? w.report.format("line.applies", {{"condition", rule.when->source()}}) : std::string{};
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

bool line_words_key(const IndicativeBudget& b, const ExplanationLine& line, std::string& key) {
    key.clear();
    if (line.kind == LineKind::Rule) return false;
    const auto part = [&key](std::int64_t value) { key.append(reinterpret_cast<const char*>(&value), sizeof value); };
    const RuleSet& rs = *b.rules;
    part(int(line.kind));
    part(line.stream);
    part(line.subject);
    Rational points = line.points;
    if (line.kind == LineKind::DomainPoints) {
        for (int q : rs.domains[std::size_t(line.subject)].questions) part(b.answers.answer_index[std::size_t(q)]);
    } else if (line.kind == LineKind::InformalSupport) {
        part(b.answers.answer_index[std::size_t(rs.domains[std::size_t(line.subject)].informal_support)]);
        points = b.domains[std::size_t(line.subject)].raw_points;
    } else if (line.kind == LineKind::Band) {
        points = b.streams[std::size_t(line.stream)].points;
    }
    part(points.numerator());
    part(points.denominator());
    return true;
}

LineDescription describe_line(const IndicativeBudget& b, const ExplanationLine& line, const ReportWords& words) {
    LineDescription out;
    const Words w{b, words};
    const Stream& stream = b.rules->streams[std::size_t(line.stream)];
    switch (line.kind) {
        case LineKind::Base:
            out.rule = "stream." + stream.id + ".base";
            out.title = words.get("line.base");
            out.citation = stream.conversion.citation;
            break;
        case LineKind::DomainPoints: describe_domain(w, line, out); break;
        case LineKind::InformalSupport: describe_informal(w, line, out); break;
        case LineKind::Band: describe_band(w, line, out); break;
        case LineKind::Rule: describe_rule(w, line, out); break;
        case LineKind::Rounding:
            out.rule = "rounding";
            out.title = words.get("line.rounding");
            out.detail = words.format("line.rounding_detail", {{"rounding", rounding_rule_name(b.rules->header.rounding)}});
            out.citation = b.rules->header.citation;
            if (out.citation.text.empty())
                out.citation.text = std::string("the rule set's rounding rule, rounding = \"") +
                                    rounding_rule_name(b.rules->header.rounding) + "\"";
            break;
    }
    return out;
}

}  // namespace openras
