#include "alloc/impact/impact_explainer.hpp"

#include "alloc/report/line_description.hpp"

#include <algorithm>
#include <charconv>

namespace openras {
namespace {

// "£1,234.56" or "-£5.00", appended without building temporaries: this runs for every changed
// line of every person.
void append_pounds(std::string& out, std::int64_t pence) {
    char text[48];  // made here and appended once: the string grows once, not by the byte
    char* at = text;
    if (pence < 0) {
        *at++ = '-';
        pence = -pence;
    }
    *at++ = '\xC2';  // "£" in UTF-8
    *at++ = '\xA3';
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, pence / 100).ptr;
    const int count = int(end - digits);
    for (int i = 0; i < count; ++i) {
        if (i > 0 && (count - i) % 3 == 0) *at++ = ',';
        *at++ = digits[i];
    }
    const int rest = int(pence % 100);
    *at++ = '.';
    *at++ = char('0' + rest / 10);
    *at++ = char('0' + rest % 10);
    out.append(text, std::size_t(at - text));
}


// Opens the cause list with " (", or separates causes with ", ".
void next_cause(std::string& out, bool& first) {
    out += first ? " (" : ", ";
    first = false;
}

const AnswerOption* chosen(const RuleSet& rules, const IndicativeBudget& budget, int question) {
    if (question < 0) return nullptr;
    const int index = budget.answers.answer_index[std::size_t(question)];
    return index < 0 ? nullptr : &rules.questions[std::size_t(question)].answers[std::size_t(index)];
}

std::string band_words(const Conversion& c, int band) {
    if (band < 0 || std::size_t(band) >= c.bands.size()) return "no band";
    const Band& b = c.bands[std::size_t(band)];
    return "band " + std::to_string(b.from) + (b.to ? " to " + std::to_string(*b.to) : std::string(" or more"));
}

// What changed in a stream's conversion, said once for all of its lines.
std::string conversion_change(const Stream& from, const Stream& to) {
    const Conversion &a = from.conversion, &b = to.conversion;
    std::string out;
    auto add = [&](const std::string& cause) { out += (out.empty() ? to.title + " " : ", ") + cause; };
    if (a.method != b.method)
        add(std::string("conversion ") + conversion_method_name(a.method) + " → " + conversion_method_name(b.method));
    if (a.base != b.base && (a.method == ConversionMethod::BasePlusRate || b.method == ConversionMethod::BasePlusRate))
        add("base " + a.base.to_string() + " → " + b.base.to_string());
    if (a.rate != b.rate && a.method != ConversionMethod::Bands && b.method != ConversionMethod::Bands)
        add("rate " + a.rate.to_string() + " → " + b.rate.to_string() + " a point");
    return out;
}

bool same_table(const expr::Catalogue& a, const expr::Catalogue& b, const std::string& id) {
    const int x = a.table_index(id), y = b.table_index(id);
    if (x < 0 || y < 0) return false;
    return a.tables[std::size_t(x)].rows == b.tables[std::size_t(y)].rows;
}

std::string expression_source(const std::shared_ptr<const expr::Expression>& e) { return e ? e->source() : ""; }

}  // namespace

ImpactExplainer::ImpactExplainer(const RuleSet& from, const RuleSet& to) : from_(from), to_(to) {
    map_rule_set(Side::To, to);  // reading order follows the new rule set
    map_rule_set(Side::From, from);
    add_question_pairs(from, to);
    add_conversion_causes(from, to);
    add_rule_causes(from, to);
}

int ImpactExplainer::intern(const std::string& reference, const std::string& title, LineKind kind) {
    for (std::size_t k = 0; k < references_.size(); ++k)
        if (references_[k] == reference) return int(k);
    references_.push_back(reference);
    titles_.push_back(title);
    facts_.push_back(KeyFacts{});
    facts_.back().kind = kind;
    return int(references_.size()) - 1;
}

void ImpactExplainer::map_rule_set(Side side, const RuleSet& rules) {
    KeyMap& map = maps_[int(side)];
    map.base.assign(rules.streams.size(), -1);
    map.band = map.rounding = map.base;
    map.domain.assign(rules.domains.size(), -1);
    map.informal = map.domain;
    map.rule.assign(rules.rules.size(), -1);
    const bool several = rules.streams.size() > 1;
    for (std::size_t s = 0; s < rules.streams.size(); ++s) {
        const Stream& stream = rules.streams[s];
        auto note_stream = [&](int key) {
            (side == Side::From ? facts_[std::size_t(key)].stream_from : facts_[std::size_t(key)].stream_to) = int(s);
            return key;
        };
        const std::string in_stream = several ? " (" + stream.title + ")" : "";
        map.base[s] = note_stream(intern("stream." + stream.id + ".base", "Starting amount for everyone" + in_stream, LineKind::Base));
        for (int d : stream.domains) {
            const Domain& domain = rules.domains[std::size_t(d)];
            map.domain[std::size_t(d)] = note_stream(intern("domain." + domain.id, domain.title, LineKind::DomainPoints));
            if (domain.informal_support < 0) continue;
            const Question& q = rules.questions[std::size_t(domain.informal_support)];
            const int key = note_stream(intern("question." + q.id, domain.title + ": help from family and friends",
                                               LineKind::InformalSupport));
            map.informal[std::size_t(d)] = key;
            KeyFacts& facts = facts_[std::size_t(key)];
            (side == Side::From ? facts.from_informal : facts.to_informal) = domain.informal_support;
            (side == Side::From ? facts.from_domain : facts.to_domain) = d;
        }
        map.band[s] = note_stream(intern("stream." + stream.id + ".band", stream.title + ": band", LineKind::Band));
        for (std::size_t r = 0; r < rules.rules.size(); ++r)
            if (rules.rules[r].stream == int(s))
                map.rule[r] = intern("rule." + rules.rules[r].id, rules.rules[r].title, LineKind::Rule);
        map.rounding[s] = note_stream(intern("stream." + stream.id + ".rounding", "Rounding to the penny" + in_stream,
                                             LineKind::Rounding));
    }
}

void ImpactExplainer::add_question_pairs(const RuleSet& from, const RuleSet& to) {
    auto add = [&](int key, int from_q, int to_q, const std::string& id) {
        auto& pairs = facts_[std::size_t(key)].questions;
        for (const QuestionPair& p : pairs)
            if (p.id == id) return;
        pairs.push_back(QuestionPair{from_q, to_q, id});
    };
    for (std::size_t d = 0; d < to.domains.size(); ++d)
        for (int q : to.domains[d].questions)
            add(maps_[int(Side::To)].domain[d], from.question_index(to.questions[std::size_t(q)].id), q,
                to.questions[std::size_t(q)].id);
    for (std::size_t d = 0; d < from.domains.size(); ++d)
        for (int q : from.domains[d].questions)
            add(maps_[int(Side::From)].domain[d], q, to.question_index(from.questions[std::size_t(q)].id),
                from.questions[std::size_t(q)].id);
}

void ImpactExplainer::add_conversion_causes(const RuleSet& from, const RuleSet& to) {
    std::vector<std::pair<std::pair<int, int>, int>> seen;  // (from stream, to stream) → shared cause
    for (KeyFacts& facts : facts_) {
        if (facts.stream_from < 0 || facts.stream_to < 0 || facts.kind == LineKind::Rounding) continue;
        const std::pair<int, int> streams{facts.stream_from, facts.stream_to};
        auto known = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == streams; });
        if (known == seen.end()) {
            const std::string cause = conversion_change(from.streams[std::size_t(streams.first)],
                                                        to.streams[std::size_t(streams.second)]);
            if (!cause.empty()) shared_causes_.push_back(cause);
            known = seen.insert(seen.end(), {streams, cause.empty() ? -1 : int(shared_causes_.size()) - 1});
        }
        facts.shared_cause = known->second;
    }
}

void ImpactExplainer::add_rule_causes(const RuleSet& from, const RuleSet& to) {
    for (std::size_t r = 0; r < to.rules.size(); ++r) {
        const AdjustmentRule& rule = to.rules[r];
        std::string& causes = facts_[std::size_t(maps_[int(Side::To)].rule[r])].fixed_causes;
        auto add = [&](const std::string& cause) { causes += (causes.empty() ? "" : ", ") + cause; };
        const AdjustmentRule* before = nullptr;
        for (const AdjustmentRule& old : from.rules) before = old.id == rule.id ? &old : before;
        if (!before) {
            add("a new rule");
            continue;
        }
        if (expression_source(before->when) != expression_source(rule.when)) add("its condition changed");
        if (expression_source(before->amount) != expression_source(rule.amount)) add("its amount changed");
        for (const expr::Expression* e : {rule.when.get(), rule.amount.get()}) {
            if (!e) continue;
            for (const expr::Reference& ref : e->references()) {
                if (ref.kind == expr::Reference::Kind::Table && !same_table(from.catalogue, to.catalogue, ref.id))
                    add("table " + ref.id + " changed");
                if (ref.kind != expr::Reference::Kind::Parameter) continue;
                const auto old_value = from.catalogue.parameters.find(ref.id);
                const expr::Value& value = to.catalogue.parameters.at(ref.id);
                if (old_value != from.catalogue.parameters.end() && !(old_value->second == value))
                    add(ref.id + " " + old_value->second.to_display_string() + " → " + value.to_display_string());
            }
        }
    }
    for (std::size_t r = 0; r < from.rules.size(); ++r)
        if (std::none_of(to.rules.begin(), to.rules.end(),
                         [&](const AdjustmentRule& x) { return x.id == from.rules[r].id; }))
            facts_[std::size_t(maps_[int(Side::From)].rule[r])].fixed_causes = "the rule was removed";
}

int ImpactExplainer::key_for(Side side, const ExplanationLine& line) const {
    const KeyMap& map = maps_[int(side)];
    const auto s = std::size_t(line.stream), subject = std::size_t(line.subject);
    switch (line.kind) {
        case LineKind::Base: return map.base[s];
        case LineKind::DomainPoints: return map.domain[subject];
        case LineKind::InformalSupport: return map.informal[subject];
        case LineKind::Band: return map.band[s];
        case LineKind::Rule: return map.rule[subject];
        case LineKind::Rounding: return map.rounding[s];
    }
    return map.rounding[s];
}

void ImpactExplainer::changed_lines(const IndicativeBudget& before, const IndicativeBudget& after,
                                    std::vector<LineChange>& out, std::vector<std::int64_t>& old_pence,
                                    std::vector<std::int64_t>& new_pence) const {
    old_pence.assign(references_.size(), 0);
    new_pence.assign(references_.size(), 0);
    for (const ExplanationLine& line : before.explanation)
        old_pence[std::size_t(key_for(Side::From, line))] += line.amount.pence();
    for (const ExplanationLine& line : after.explanation)
        new_pence[std::size_t(key_for(Side::To, line))] += line.amount.pence();
    out.clear();
    for (std::size_t k = 0; k < references_.size(); ++k)
        if (old_pence[k] != new_pence[k]) out.push_back(LineChange{int(k), old_pence[k], new_pence[k]});
}

void ImpactExplainer::append_informal_causes(const IndicativeBudget& before, const IndicativeBudget& after,
                                             const KeyFacts& facts, std::string& out, bool& first) const {
    if (facts.kind != LineKind::InformalSupport) return;
    const AnswerOption* was = chosen(from_, before, facts.from_informal);
    const AnswerOption* now = chosen(to_, after, facts.to_informal);
    if (was && now && was->points_remaining != now->points_remaining) {
        next_cause(out, first);
        out += to_.questions[std::size_t(facts.to_informal)].id + " = " + now->id + ": " +
               percent_text(was->points_remaining) + " → " + percent_text(now->points_remaining) + " of points count";
    }
    // The same share of a domain whose points changed: say which points it now reduces.
    if (facts.from_domain < 0 || facts.to_domain < 0) return;
    const Rational& old_raw = before.domains[std::size_t(facts.from_domain)].raw_points;
    const Rational& new_raw = after.domains[std::size_t(facts.to_domain)].raw_points;
    if (old_raw == new_raw) return;
    next_cause(out, first);
    out += "a share of ";
    out += points_text(old_raw);
    out += " → ";
    out += points_text(new_raw);
    out += " points";
}

void ImpactExplainer::append_causes(const IndicativeBudget& before, const IndicativeBudget& after, int key,
                                    std::string& out) const {
    const KeyFacts& facts = facts_[std::size_t(key)];
    bool first = true;
    for (const QuestionPair& pair : facts.questions) {
        const AnswerOption* was = chosen(from_, before, pair.from);
        const AnswerOption* now = chosen(to_, after, pair.to);
        const Rational old_points = was ? was->points : Rational(0), new_points = now ? now->points : Rational(0);
        if (old_points == new_points) continue;
        next_cause(out, first);
        out += pair.id;
        out += " = ";
        out += now ? now->id : was ? was->id : "(not answered)";
        out += ": ";
        out += points_text(old_points);
        out += " → ";
        out += points_text(new_points);
        out += " points";
    }
    append_informal_causes(before, after, facts, out, first);
    if (facts.kind == LineKind::Band && facts.stream_from >= 0 && facts.stream_to >= 0) {
        const int old_band = before.streams[std::size_t(facts.stream_from)].band;
        const int new_band = after.streams[std::size_t(facts.stream_to)].band;
        next_cause(out, first);
        out += band_words(from_.streams[std::size_t(facts.stream_from)].conversion, old_band) + " → " +
               band_words(to_.streams[std::size_t(facts.stream_to)].conversion, new_band) + " points";
    }
    if (!facts.fixed_causes.empty()) {
        next_cause(out, first);
        out += facts.fixed_causes;
    }
    if (!first) out += ')';
}

void ImpactExplainer::append_panel_change(const IndicativeBudget& before, const IndicativeBudget& after,
                                          std::string& out, std::vector<std::size_t>* part_ends) const {
    auto referred = [](const RuleSet& rules, const IndicativeBudget& b, const std::string& id) {
        for (int t : b.panel_referrals)
            if (rules.thresholds[std::size_t(t)].id == id) return true;
        return false;
    };
    for (int t : after.panel_referrals) {
        const std::string& id = to_.thresholds[std::size_t(t)].id;
        if (referred(from_, before, id)) continue;
        out += std::string(out.empty() ? "" : "; ") + "now referred to the panel (" + id + ")";
        if (part_ends) part_ends->push_back(out.size());
    }
    for (int t : before.panel_referrals) {
        const std::string& id = from_.thresholds[std::size_t(t)].id;
        if (referred(to_, after, id)) continue;
        out += std::string(out.empty() ? "" : "; ") + "no longer referred to the panel (" + id + ")";
        if (part_ends) part_ends->push_back(out.size());
    }
}

void ImpactExplainer::describe(const IndicativeBudget& before, const IndicativeBudget& after,
                               const std::vector<LineChange>& changes, std::string& out,
                               std::vector<std::size_t>* part_ends) const {
    std::uint64_t shared = 0;  // the conversion changes to say once, one bit each
    for (const LineChange& change : changes) {
        const KeyFacts& facts = facts_[std::size_t(change.key)];
        if (!out.empty()) out += "; ";
        out += titles_[std::size_t(change.key)];
        out += ": ";
        append_pounds(out, change.old_pence);
        out += " → ";
        append_pounds(out, change.new_pence);
        if (facts.kind != LineKind::Rounding) append_causes(before, after, change.key, out);
        if (facts.shared_cause >= 0 && facts.shared_cause < 64) shared |= std::uint64_t(1) << facts.shared_cause;
        if (part_ends) part_ends->push_back(out.size());
    }
    append_panel_change(before, after, out, part_ends);
    if (shared == 0) return;
    out += ". Why: ";
    bool first = true;
    for (std::size_t c = 0; c < shared_causes_.size() && c < 64; ++c) {
        if (!(shared >> c & 1)) continue;
        out += first ? "" : "; ";
        out += shared_causes_[c];
        first = false;
    }
    out += '.';
    if (part_ends) part_ends->push_back(out.size());
}

}  // namespace openras
