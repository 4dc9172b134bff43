#include "alloc/budget/budget_json_writer.hpp"

#include "alloc/budget/budget_report.hpp"
#include "alloc/io/dates.hpp"
#include "alloc/io/json_text.hpp"
#include "alloc/report/line_description.hpp"
#include "alloc/report/report_words.hpp"

#include <nlohmann/json.hpp>

#include <array>

namespace openras {
namespace {

// How many described lines, or words for points, a writer keeps at most: a rule set's answers
// give a few hundred different ones; a bound keeps memory flat whatever a rule set does.
constexpr std::size_t kMostKept = 100000;

void append_citation(const Citation& c, std::string& out) {
    out += "{\"text\":";
    append_json_string(c.text, out);
    out += ",\"url\":";
    append_json_string(c.url, out);
    out += '}';
}

void append_decimal(const Rational& value, std::string& out) {
    out += '"';
    out += value.to_decimal_string();
    out += '"';
}

// `,"key":"value"` for a member whose value is a string.
void append_member(const char* key, std::string_view value, std::string& out) {
    out += ",\"";
    out += key;
    out += "\":";
    append_json_string(value, out);
}

}  // namespace

BudgetJsonWriter::BudgetJsonWriter(std::shared_ptr<const RuleSet> rules) : rules_(std::move(rules)) {
    const RuleSet& rs = *rules_;
    // The header, through nlohmann once, so its bytes are dump()'s by construction.
    rule_set_block_ = ",\"rule_set\":" + rule_set_json(rs).dump() + ",\"weekly_pence\":";
    for (const Domain& d : rs.domains) {
        std::string open = "{\"id\":";
        append_json_string(d.id, open);
        append_member("title", d.title, open);
        open += ",\"raw_points\":";
        domain_open_.push_back(std::move(open));
        std::string tail = ",\"citation\":";
        append_citation(d.citation, tail);
        tail += ",\"inputs\":{";
        domain_line_tail_.push_back(std::move(tail));
        // A domain line's rule, title and detail, around its points, from describe_line itself
        // with the points left blank, so the words are its words.
        IndicativeBudget probe;
        probe.rules = rules_;
        probe.answers.answer_index.assign(rs.questions.size(), -1);
        const ExplanationLine line{LineKind::DomainPoints, d.stream, int(&d - rs.domains.data()), {}, {}, {}, {}};
        const LineDescription words = describe_line(probe, line);
        const std::string points_shown = ReportWords::english().count("line.points", Rational(0), points_text(Rational(0)));
        const std::size_t at = words.title.rfind(": " + points_shown);
        std::string line_open = ",\"rule\":";
        append_json_string(words.rule, line_open);
        line_open += ",\"title\":";
        std::string title_start;
        append_json_string(words.title.substr(0, at + 2), title_start);
        title_start.pop_back();  // the closing quote: the points follow
        line_open += title_start;
        std::string rest;
        append_json_string(words.title.substr(at + 2 + points_shown.size()), rest);
        rest.erase(0, 1);  // the opening quote: it continues the title
        rest += ",\"detail\":";
        append_json_string(words.detail, rest);
        domain_line_open_.push_back(std::move(line_open));
        domain_line_rate_.push_back(std::move(rest));
    }
    for (const Stream& s : rs.streams) {
        std::string id;
        append_json_string(s.id, id);
        stream_id_.push_back(id);
        std::string open = "{\"id\":" + id;
        append_member("title", s.title, open);
        append_member("restrictions", s.restrictions, open);
        append_member("method", conversion_method_name(s.conversion.method), open);
        open += ",\"points\":";
        stream_open_.push_back(std::move(open));
        std::vector<std::string> bands;
        for (const Band& band : s.conversion.bands) {
            std::string text = "{\"from\":";
            append_json_integer(band.from, text);
            text += ",\"to\":";
            if (band.to) append_json_integer(*band.to, text);
            else text += "null";
            text += '}';
            bands.push_back(std::move(text));
        }
        band_.push_back(std::move(bands));
    }
    for (const Threshold& t : rs.thresholds) {
        std::string text = "{\"id\":";
        append_json_string(t.id, text);
        append_member("message", t.message, text);
        text += ",\"citation\":";
        append_citation(t.citation, text);
        text += '}';
        referral_.push_back(std::move(text));
    }
    // A domain line's inputs are "question = answer (points)": one text per answer, made here
    // with the same words describe_line uses, so a person's line only picks them.
    for (const Question& q : rs.questions) {
        std::vector<std::string> inputs;
        for (std::size_t a = 0; a < q.answers.size(); ++a) {
            IndicativeBudget probe;
            probe.rules = rules_;
            probe.answers.answer_index.assign(rs.questions.size(), -1);
            probe.answers.answer_index[std::size_t(&q - rs.questions.data())] = int(a);
            std::string text;
            if (q.kind != QuestionKind::InformalSupport) {
                ExplanationLine line{LineKind::DomainPoints, rs.domains[std::size_t(q.domain)].stream, q.domain, {}, {}, {}, {}};
                for (const auto& [name, value] : describe_line(probe, line).inputs)
                    if (name == q.id) {
                        append_json_string(name, text);
                        text += ':';
                        append_json_string(value, text);
                    }
            }
            inputs.push_back(std::move(text));
        }
        answer_input_.push_back(std::move(inputs));
    }
}

// `,"rule":..,"title":..,"detail":..,"citation":{..},"inputs":{..}` for a described line.
void BudgetJsonWriter::append_description(const LineDescription& d, std::string& out) {
    append_member("rule", d.rule, out);
    append_member("title", d.title, out);
    append_member("detail", d.detail, out);
    out += ",\"citation\":";
    append_citation(d.citation, out);
    out += ",\"inputs\":{";
    // As an ordered_json object takes them: a name given twice keeps its first place and its
    // last value.
    for (std::size_t i = 0; i < d.inputs.size(); ++i) {
        bool earlier = false;
        for (std::size_t j = 0; j < i; ++j) earlier = earlier || d.inputs[j].first == d.inputs[i].first;
        if (earlier) continue;
        const std::string* value = &d.inputs[i].second;
        for (std::size_t j = i + 1; j < d.inputs.size(); ++j)
            if (d.inputs[j].first == d.inputs[i].first) value = &d.inputs[j].second;
        if (i) out += ',';
        append_json_string(d.inputs[i].first, out);
        out += ':';
        append_json_string(*value, out);
    }
    out += '}';
}

void BudgetJsonWriter::write_line(const IndicativeBudget& b, const ExplanationLine& line, int number, std::string& out) const {
    const RuleSet& rs = *rules_;
    out += "{\"line\":";
    append_json_integer(number, out);
    out += ",\"stream\":";
    out += stream_id_[std::size_t(line.stream)];
    out += ",\"kind\":\"";
    out += line_kind_name(line.kind);
    out += '"';
    if (line.kind == LineKind::DomainPoints) {
        out += domain_line_open_[std::size_t(line.subject)];
        if (points_words_.size() > kMostKept) points_words_.clear();
        std::string& words = points_words_[{line.points.numerator(), line.points.denominator()}];
        if (words.empty()) {
            append_json_string(ReportWords::english().count("line.points", line.points, points_text(line.points)), words);
            words = words.substr(1, words.size() - 2);  // inside the title's quotes
        }
        out += words;
        out += domain_line_rate_[std::size_t(line.subject)];
        // Citation and inputs from the parts made once: the answers chosen pick their input.
        out += domain_line_tail_[std::size_t(line.subject)];
        bool first = true;
        for (int q : rs.domains[std::size_t(line.subject)].questions) {
            const int chosen = b.answers.answer_index[std::size_t(q)];
            if (!first) out += ',';
            first = false;
            if (chosen >= 0) {
                out += answer_input_[std::size_t(q)][std::size_t(chosen)];
            } else {
                append_json_string(rs.questions[std::size_t(q)].id, out);
                out += ':';
                append_json_string(ReportWords::english().get("line.not_answered"), out);
            }
        }
        out += '}';
    } else if (line.kind == LineKind::Rule) {
        append_description(describe_line(b, line), out);  // its inputs are whatever the rule reads
    } else {
        // The base, the rounding line, a band and a reduction for family help say the same for
        // everyone with the same answer and points: each is described once and kept.
        std::int64_t answer = -1;
        Rational points = line.points;
        if (line.kind == LineKind::InformalSupport) {
            const int q = rs.domains[std::size_t(line.subject)].informal_support;
            answer = b.answers.answer_index[std::size_t(q)];
            points = b.domains[std::size_t(line.subject)].raw_points;  // with the answer, fixes the line
        } else if (line.kind == LineKind::Band) {
            points = b.streams[std::size_t(line.stream)].points;  // with the band, fixes the line
        }
        const std::array<std::int64_t, 6> key{int(line.kind), line.stream, line.subject, answer,
                                              points.numerator(), points.denominator()};
        if (described_lines_.size() > kMostKept) described_lines_.clear();  // a bound on memory, never reached in practice
        std::string& described = described_lines_[key];
        if (described.empty()) append_description(describe_line(b, line), described);
        out += described;
    }
    out += ",\"pence\":";
    append_json_integer(line.amount.pence(), out);
    out += '}';
}

void BudgetJsonWriter::write(const IndicativeBudget& b, std::string& out) const {
    out += "{\"format\":1,\"person\":";
    append_json_string(b.person, out);
    out += ",\"assessment_date\":\"";
    out += iso_date(b.assessment_date);
    out += '"';
    out += rule_set_block_;
    append_json_integer(b.weekly.pence(), out);
    out += ",\"annual_pence\":";
    append_json_integer(b.annual.pence(), out);
    out += ",\"annual_rounding_pence\":";
    append_json_integer(b.annual_rounding().pence(), out);
    out += ",\"weekly\":\"";
    out += b.weekly.to_plain_string();
    out += "\",\"annual\":\"";
    out += b.annual.to_plain_string();
    out += "\",\"total_points\":";
    append_decimal(b.total_points, out);
    out += ",\"domains\":[";
    for (std::size_t d = 0; d < b.domains.size(); ++d) {
        if (d) out += ',';
        out += domain_open_[d];
        append_decimal(b.domains[d].raw_points, out);
        out += ",\"share_kept\":";
        append_decimal(b.domains[d].share_kept, out);
        out += ",\"points\":";
        append_decimal(b.domains[d].points, out);
        out += '}';
    }
    out += "],\"streams\":[";
    for (std::size_t s = 0; s < b.streams.size(); ++s) {
        const StreamResult& r = b.streams[s];
        if (s) out += ',';
        out += stream_open_[s];
        append_decimal(r.points, out);
        out += ",\"weekly_pence\":";
        append_json_integer(r.weekly.pence(), out);
        out += ",\"annual_pence\":";
        append_json_integer(r.annual.pence(), out);
        out += ",\"band\":";
        if (r.band >= 0) out += band_[s][std::size_t(r.band)];
        else out += "null";
        out += '}';
    }
    out += "],\"refer_to_panel\":";
    out += b.refer_to_panel() ? "true" : "false";
    out += ",\"panel_referrals\":[";
    for (std::size_t i = 0; i < b.panel_referrals.size(); ++i) {
        if (i) out += ',';
        out += referral_[std::size_t(b.panel_referrals[i])];
    }
    out += "],\"explanation\":[";
    int number = 1;
    for (std::size_t i = 0; i < b.explanation.size(); ++i) {
        if (i) out += ',';
        write_line(b, b.explanation[i], number++, out);
    }
    out += "]}";
}

}  // namespace openras
