#include "alloc/budget/budget_json_writer.hpp"

#include "alloc/budget/budget_report.hpp"
#include "alloc/io/canonical_json.hpp"
#include "alloc/io/dates.hpp"
#include "alloc/io/json_text.hpp"
#include "alloc/report/line_description.hpp"
#include "alloc/report/report_words.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace openras {
namespace {

// How many described lines, or words for points, a writer keeps at most: a rule set's answers
// give a few hundred different ones; a bound keeps memory flat whatever a rule set does.
constexpr std::size_t kMostKept = 50000;

// An object's members as written, `"name":`, in budget_json's order, and the same members in
// their names' byte order (nlohmann::json's, so the canonical form's), worked out when the program
// is compiled.
template <std::size_t N>
struct Shape {
    std::array<std::string_view, N> members;
    std::array<std::uint8_t, N> canonical;
};

constexpr std::string_view name_of(std::string_view member) { return member.substr(1, member.size() - 3); }

template <std::size_t N>
constexpr Shape<N> shape(std::array<std::string_view, N> members) {
    Shape<N> s{members, {}};
    for (std::size_t i = 0; i < N; ++i) s.canonical[i] = std::uint8_t(i);
    std::sort(s.canonical.begin(), s.canonical.end(),
              [&](std::uint8_t a, std::uint8_t b) { return name_of(members[a]) < name_of(members[b]); });
    return s;
}

enum Top { Format, Person, AssessmentDate, RuleSetMember, WeeklyPence, AnnualPence, AnnualRoundingPence, Weekly, Annual,
           TotalPoints, Domains, Streams, ReferToPanel, PanelReferrals, Explanation };
constexpr auto kTop = shape<15>({"\"format\":", "\"person\":", "\"assessment_date\":", "\"rule_set\":",
                                 "\"weekly_pence\":", "\"annual_pence\":", "\"annual_rounding_pence\":", "\"weekly\":",
                                 "\"annual\":", "\"total_points\":", "\"domains\":", "\"streams\":", "\"refer_to_panel\":",
                                 "\"panel_referrals\":", "\"explanation\":"});
enum DomainMember { DomainId, DomainTitle, RawPoints, ShareKept, DomainPoints };
constexpr auto kDomain = shape<5>({"\"id\":", "\"title\":", "\"raw_points\":", "\"share_kept\":", "\"points\":"});
enum StreamMember { StreamId, StreamTitle, Restrictions, Method, StreamPoints, StreamWeekly, StreamAnnual, StreamBand };
constexpr auto kStream = shape<8>({"\"id\":", "\"title\":", "\"restrictions\":", "\"method\":", "\"points\":",
                                   "\"weekly_pence\":", "\"annual_pence\":", "\"band\":"});
enum BandMember { From, To };
constexpr auto kBand = shape<2>({"\"from\":", "\"to\":"});
enum ReferralMember { ReferralId, Message, ReferralCitation };
constexpr auto kReferral = shape<3>({"\"id\":", "\"message\":", "\"citation\":"});
enum CitationMember { CitationText, CitationUrl };
constexpr auto kCitation = shape<2>({"\"text\":", "\"url\":"});
enum LineMember { LineNumber, LineStream, Kind, Rule, LineTitle, Detail, LineCitation, Inputs, Pence };
constexpr auto kLine = shape<9>({"\"line\":", "\"stream\":", "\"kind\":", "\"rule\":", "\"title\":", "\"detail\":", "\"citation\":", "\"inputs\":", "\"pence\":"});
// A line's number comes before its pence in either order, so a rendered line is text with two gaps.
static_assert(std::find(kLine.canonical.begin(), kLine.canonical.end(), LineNumber) <
              std::find(kLine.canonical.begin(), kLine.canonical.end(), Pence));

// `{"key":value,...}` with the members in `order`; `value(m)` appends member m's value.
template <std::size_t N, class Value>
void write_object(const Shape<N>& s, JsonOrder order, std::string& out, Value&& value) {
    out += '{';
    for (std::size_t i = 0; i < N; ++i) {
        const std::size_t m = order == JsonOrder::Canonical ? s.canonical[i] : i;
        if (i) out += ',';
        out += s.members[m];
        value(m);
    }
    out += '}';
}

void append_citation(const Citation& c, JsonOrder order, std::string& out) {
    write_object(kCitation, order, out, [&](std::size_t m) { append_json_string(m == CitationText ? c.text : c.url, out); });
}

void append_decimal(const Rational& value, std::string& out) {
    out += '"';
    value.append_decimal(out);
    out += '"';
}

std::string json_string(std::string_view text) {
    std::string out;
    append_json_string(text, out);
    return out;
}

}  // namespace

BudgetJsonWriter::BudgetJsonWriter(std::shared_ptr<const RuleSet> rules, JsonOrder order)
    : rules_(std::move(rules)), order_(order) {
    const RuleSet& rs = *rules_;
    // The header, through nlohmann once, so its bytes are the tree's by construction.
    rule_set_ = order_ == JsonOrder::Canonical ? canonical_json(rule_set_json(rs)) : rule_set_json(rs).dump();
    for (const Domain& d : rs.domains) {
        domain_id_.push_back(json_string(d.id));
        domain_title_.push_back(json_string(d.title));
        // A domain line's rule, title and detail, around its points, from describe_line itself
        // with the points left blank, so the words are its words.
        IndicativeBudget probe;
        probe.rules = rules_;
        probe.answers.answer_index.assign(rs.questions.size(), -1);
        const ExplanationLine line{LineKind::DomainPoints, d.stream, int(&d - rs.domains.data()), {}, {}, {}, {}};
        const LineDescription words = describe_line(probe, line);
        const std::string points_shown = ReportWords::english().count("line.points", Rational(0), points_text(Rational(0)));
        const std::size_t at = words.title.rfind(": " + points_shown);
        std::string start = json_string(words.title.substr(0, at + 2));
        start.pop_back();  // the closing quote: the points follow
        std::string end = json_string(words.title.substr(at + 2 + points_shown.size()));
        end.erase(0, 1);  // the opening quote: it continues the title
        domain_title_start_.push_back(std::move(start));
        domain_title_end_.push_back(std::move(end));
        LineWords line_words;
        line_words.rule = json_string(words.rule);
        line_words.detail = json_string(words.detail);
        append_citation(d.citation, order_, line_words.citation);
        domain_line_.push_back(std::move(line_words));
        // Its inputs name its questions: in its own order, or in their ids' byte order.
        std::vector<int> questions = d.questions;
        if (order_ == JsonOrder::Canonical)
            std::stable_sort(questions.begin(), questions.end(),
                             [&](int a, int b) { return rs.questions[std::size_t(a)].id < rs.questions[std::size_t(b)].id; });
        domain_inputs_order_.push_back(std::move(questions));
    }
    for (const Stream& s : rs.streams) {
        stream_id_.push_back(json_string(s.id));
        stream_title_.push_back(json_string(s.title));
        stream_restrictions_.push_back(json_string(s.restrictions));
        stream_method_.push_back(json_string(conversion_method_name(s.conversion.method)));
        std::vector<std::string> bands;
        for (const Band& band : s.conversion.bands) {
            std::string text;
            write_object(kBand, order_, text, [&](std::size_t m) {
                if (m == From) append_json_integer(band.from, text);
                else if (band.to) append_json_integer(*band.to, text);
                else text += "null";
            });
            bands.push_back(std::move(text));
        }
        band_.push_back(std::move(bands));
    }
    for (const Threshold& t : rs.thresholds) {
        std::string text;
        write_object(kReferral, order_, text, [&](std::size_t m) {
            if (m == ReferralId) append_json_string(t.id, text);
            else if (m == Message) append_json_string(t.message, text);
            else append_citation(t.citation, order_, text);
        });
        referral_.push_back(std::move(text));
    }
    for (const AdjustmentRule& rule : rs.rules) {
        std::vector<std::pair<int, int>> reads;
        for (const expr::Expression* e : {rule.when.get(), rule.amount.get()}) {
            if (!e) continue;
            for (const expr::Reference& ref : e->references()) {
                using Kind = expr::Reference::Kind;
                if (ref.kind == Kind::Question) reads.emplace_back(int(ref.kind), rs.question_index(ref.id));
                else if (ref.kind == Kind::Domain) reads.emplace_back(int(ref.kind), rs.catalogue.domain_index(ref.id));
                else if (ref.kind == Kind::TotalPoints) reads.emplace_back(int(ref.kind), 0);
            }
        }
        rule_reads_.push_back(std::move(reads));
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

// A described line's members as JSON text. Its inputs as the tree has them: a name given twice
// keeps its first place (or, in canonical order, its name's place) and its last value.
void BudgetJsonWriter::describe(const LineDescription& d, LineWords& out) const {
    out.rule.clear();
    out.title.clear();
    out.detail.clear();
    out.citation.clear();
    out.inputs.clear();
    append_json_string(d.rule, out.rule);
    append_json_string(d.title, out.title);
    append_json_string(d.detail, out.detail);
    append_citation(d.citation, order_, out.citation);
    std::vector<std::size_t> names;  // the first place of each name
    for (std::size_t i = 0; i < d.inputs.size(); ++i) {
        bool earlier = false;
        for (std::size_t j = 0; j < i && !earlier; ++j) earlier = d.inputs[j].first == d.inputs[i].first;
        if (!earlier) names.push_back(i);
    }
    if (order_ == JsonOrder::Canonical)
        std::sort(names.begin(), names.end(), [&](std::size_t a, std::size_t b) { return d.inputs[a].first < d.inputs[b].first; });
    out.inputs += '{';
    for (std::size_t n = 0; n < names.size(); ++n) {
        const std::size_t i = names[n];
        const std::string* value = &d.inputs[i].second;
        for (std::size_t j = i + 1; j < d.inputs.size(); ++j)
            if (d.inputs[j].first == d.inputs[i].first) value = &d.inputs[j].second;
        if (n) out.inputs += ',';
        append_json_string(d.inputs[i].first, out.inputs);
        out.inputs += ':';
        append_json_string(*value, out.inputs);
    }
    out.inputs += '}';
}

// A domain line's inputs, from the parts made once: the answers chosen pick their input.
void BudgetJsonWriter::write_domain_inputs(const IndicativeBudget& b, int domain, std::string& out) const {
    const RuleSet& rs = *rules_;
    out += '{';
    bool first = true;
    for (int q : domain_inputs_order_[std::size_t(domain)]) {
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
}

void BudgetJsonWriter::render_line(const IndicativeBudget& b, const ExplanationLine& line, RenderedLine& rendered) const {
    LineWords words_made;
    const LineWords* words = &words_made;
    std::string points_words;
    const bool domain = line.kind == LineKind::DomainPoints;
    if (domain) {
        words = &domain_line_[std::size_t(line.subject)];
        append_json_string(ReportWords::english().count("line.points", line.points, points_text(line.points)), points_words);
        points_words = points_words.substr(1, points_words.size() - 2);  // inside the title's quotes
    } else {
        describe(describe_line(b, line), words_made);
    }
    std::string& text = rendered.text;
    text.clear();
    write_object(kLine, order_, text, [&](std::size_t m) {
        switch (m) {
        case LineNumber: rendered.number_at = text.size(); break;
        case LineStream: text += stream_id_[std::size_t(line.stream)]; break;
        case Kind:
            text += '"';
            text += line_kind_name(line.kind);
            text += '"';
            break;
        case Rule: text += words->rule; break;
        case LineTitle:
            if (domain) {
                text += domain_title_start_[std::size_t(line.subject)];
                text += points_words;
                text += domain_title_end_[std::size_t(line.subject)];
            } else {
                text += words->title;
            }
            break;
        case Detail: text += words->detail; break;
        case LineCitation: text += words->citation; break;
        case Inputs:
            if (domain) write_domain_inputs(b, line.subject, text);
            else text += words->inputs;
            break;
        default: rendered.pence_at = text.size(); break;
        }
    });
}

bool BudgetJsonWriter::words_key(const IndicativeBudget& b, const ExplanationLine& line) const {
    if (line.kind != LineKind::Rule) return line_words_key(b, line, key_);
    // A council rule's line names what it read: the answers, the points and the total, each
    // read whatever the rule's condition decided (parameters and tables are the rule set's own).
    key_.clear();
    const auto part = [this](std::int64_t value) { key_.append(reinterpret_cast<const char*>(&value), sizeof value); };
    part(int(line.kind));
    part(line.stream);
    part(line.subject);
    using Kind = expr::Reference::Kind;
    for (const auto& [kind, index] : rule_reads_[std::size_t(line.subject)]) {
        if (index < 0) return false;
        if (kind == int(Kind::Question)) {
            part(b.answers.answer_index[std::size_t(index)]);
        } else {
            const Rational& first = kind == int(Kind::Domain) ? b.domains[std::size_t(index)].raw_points : b.total_points;
            const Rational& second = kind == int(Kind::Domain) ? b.domains[std::size_t(index)].points : b.total_points;
            part(first.numerator());
            part(first.denominator());
            part(second.numerator());
            part(second.denominator());
        }
    }
    return true;
}

const BudgetJsonWriter::RenderedLine& BudgetJsonWriter::kept_line(const IndicativeBudget& b, const ExplanationLine& line) const {
    const std::uint64_t hash = text_hash(key_);
    const std::uint32_t place = kept_places_.find(hash, [this](std::uint32_t p) { return kept_[p].key == key_; });
    if (place != HashedPlaces::kNone) return kept_[place].line;
    if (kept_.size() >= kMostKept) {  // a bound on memory, never reached in practice
        kept_.clear();
        kept_places_.clear();
    }
    kept_.push_back(KeptLine{key_, {}});
    render_line(b, line, kept_.back().line);
    kept_places_.add(hash, std::uint32_t(kept_.size() - 1));
    return kept_.back().line;
}

void BudgetJsonWriter::write_line(const IndicativeBudget& b, const ExplanationLine& line, int number, std::string& out) const {
    // Everything but its number and pence is the same for everyone whose line has the same kind,
    // stream, subject and values read: made once, then copied.
    const RenderedLine* rendered = &fresh_;
    if (words_key(b, line)) rendered = &kept_line(b, line);
    else render_line(b, line, fresh_);
    const std::string_view text = rendered->text;
    out.append(text.substr(0, rendered->number_at));
    append_json_integer(number, out);
    out.append(text.substr(rendered->number_at, rendered->pence_at - rendered->number_at));
    append_json_integer(line.amount.pence(), out);
    out.append(text.substr(rendered->pence_at));
}

void BudgetJsonWriter::write(const IndicativeBudget& b, std::string& out) const {
    write_object(kTop, order_, out, [&](std::size_t m) {
        switch (m) {
        case Format: out += '1'; break;
        case Person: append_json_string(b.person, out); break;
        case AssessmentDate:
            out += '"';
            out += iso_date(b.assessment_date);
            out += '"';
            break;
        case RuleSetMember: out += rule_set_; break;
        case WeeklyPence: append_json_integer(b.weekly.pence(), out); break;
        case AnnualPence: append_json_integer(b.annual.pence(), out); break;
        case AnnualRoundingPence: append_json_integer(b.annual_rounding().pence(), out); break;
        case Weekly:
            out += '"';
            out += b.weekly.to_plain_string();
            out += '"';
            break;
        case Annual:
            out += '"';
            out += b.annual.to_plain_string();
            out += '"';
            break;
        case TotalPoints: append_decimal(b.total_points, out); break;
        case Domains:
            out += '[';
            for (std::size_t d = 0; d < b.domains.size(); ++d) {
                if (d) out += ',';
                write_object(kDomain, order_, out, [&](std::size_t dm) {
                    switch (dm) {
                    case DomainId: out += domain_id_[d]; break;
                    case DomainTitle: out += domain_title_[d]; break;
                    case RawPoints: append_decimal(b.domains[d].raw_points, out); break;
                    case ShareKept: append_decimal(b.domains[d].share_kept, out); break;
                    default: append_decimal(b.domains[d].points, out); break;
                    }
                });
            }
            out += ']';
            break;
        case Streams:
            out += '[';
            for (std::size_t s = 0; s < b.streams.size(); ++s) {
                const StreamResult& r = b.streams[s];
                if (s) out += ',';
                write_object(kStream, order_, out, [&](std::size_t sm) {
                    switch (sm) {
                    case StreamId: out += stream_id_[s]; break;
                    case StreamTitle: out += stream_title_[s]; break;
                    case Restrictions: out += stream_restrictions_[s]; break;
                    case Method: out += stream_method_[s]; break;
                    case StreamPoints: append_decimal(r.points, out); break;
                    case StreamWeekly: append_json_integer(r.weekly.pence(), out); break;
                    case StreamAnnual: append_json_integer(r.annual.pence(), out); break;
                    default: out += r.band >= 0 ? band_[s][std::size_t(r.band)] : "null"; break;
                    }
                });
            }
            out += ']';
            break;
        case ReferToPanel: out += b.refer_to_panel() ? "true" : "false"; break;
        case PanelReferrals:
            out += '[';
            for (std::size_t i = 0; i < b.panel_referrals.size(); ++i) {
                if (i) out += ',';
                out += referral_[std::size_t(b.panel_referrals[i])];
            }
            out += ']';
            break;
        default:
            out += '[';
            for (std::size_t i = 0; i < b.explanation.size(); ++i) {
                if (i) out += ',';
                write_line(b, b.explanation[i], int(i) + 1, out);
            }
            out += ']';
            break;
        }
    });
}

}  // namespace openras
