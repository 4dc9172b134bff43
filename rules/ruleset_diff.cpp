#include "rules/ruleset_diff.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <functional>

namespace openras {
namespace diff_detail {

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

std::string share_text(const Rational& share) {
    const std::string exact = (share * Rational(100)).to_decimal_string(4);
    return exact + "%";
}

std::string points_words(const Rational& points) {
    return points.to_decimal_string(4) + (points == Rational(1) ? " point" : " points");
}

}  // namespace diff_detail

namespace {

using diff_detail::quoted;

// Collects one section's differences.
class Section {
public:
    Section(std::vector<RuleSetDifference>& out, std::string name) : out_(out), name_(std::move(name)) {}
    void added(const std::string& text) { out_.push_back({name_, DifferenceKind::Added, text}); }
    void removed(const std::string& text) { out_.push_back({name_, DifferenceKind::Removed, text}); }
    void changed(const std::string& text) { out_.push_back({name_, DifferenceKind::Changed, text}); }
    // "what: old → new" when the two differ.
    void field(const std::string& what, const std::string& old_text, const std::string& new_text) {
        if (old_text != new_text) changed(what + ": " + old_text + " → " + new_text);
    }

private:
    std::vector<RuleSetDifference>& out_;
    std::string name_;
};

// Calls `both` for items in both lists (new order), `added` and `removed` for the rest.
template <typename Item>
void match_by_id(const std::vector<Item>& old_items, const std::vector<Item>& new_items,
                 const std::function<void(const Item&, const Item&)>& both,
                 const std::function<void(const Item&)>& added, const std::function<void(const Item&)>& removed) {
    auto find = [](const std::vector<Item>& items, const std::string& id) -> const Item* {
        for (const Item& item : items)
            if (item.id == id) return &item;
        return nullptr;
    };
    for (const Item& item : new_items) {
        if (const Item* old_item = find(old_items, item.id)) both(*old_item, item);
        else added(item);
    }
    for (const Item& item : old_items)
        if (!find(new_items, item.id)) removed(item);
}

std::string iso(const boost::gregorian::date& day) { return boost::gregorian::to_iso_extended_string(day); }
std::string source_of(const std::shared_ptr<const expr::Expression>& e) { return e ? "'" + e->source() + "'" : "(none)"; }

void diff_header(const RuleSet& o, const RuleSet& n, std::vector<RuleSetDifference>& out) {
    Section s(out, "Header");
    const RuleSetHeader &a = o.header, &b = n.header;
    s.field("rule-set id", quoted(a.id), quoted(b.id));
    s.field("version", quoted(a.version), quoted(b.version));
    s.field("title", quoted(a.title), quoted(b.title));
    s.field("authority", quoted(a.authority), quoted(b.authority));
    s.field("in force from", iso(a.effective_from), iso(b.effective_from));
    s.field("in force until", a.effective_to ? iso(*a.effective_to) : "(open-ended)",
            b.effective_to ? iso(*b.effective_to) : "(open-ended)");
    s.field("rounding", rounding_rule_name(a.rounding), rounding_rule_name(b.rounding));
    s.field("weeks a year", a.weeks_per_year.to_decimal_string(), b.weeks_per_year.to_decimal_string());
    s.field("citation", quoted(a.citation.to_string()), quoted(b.citation.to_string()));
}

void diff_parameters(const RuleSet& o, const RuleSet& n, std::vector<RuleSetDifference>& out) {
    Section s(out, "Parameters");
    match_by_id<Parameter>(
        o.parameters, n.parameters,
        [&](const Parameter& a, const Parameter& b) {
            s.field("parameter " + b.id, a.value.to_display_string(), b.value.to_display_string());
            s.field("parameter " + b.id + "'s description", quoted(a.description), quoted(b.description));
            s.field("parameter " + b.id + "'s citation", quoted(a.citation.to_string()), quoted(b.citation.to_string()));
        },
        [&](const Parameter& b) { s.added("parameter " + b.id + " = " + b.value.to_display_string() + ": " + b.description); },
        [&](const Parameter& a) { s.removed("parameter " + a.id + " (was " + a.value.to_display_string() + ")"); });
}

struct TableView {
    std::string id;
    const LookupTable* about;
    const expr::Catalogue::Table* rows;
};

std::vector<TableView> tables_of(const RuleSet& rules) {
    std::vector<TableView> out;
    for (std::size_t t = 0; t < rules.tables.size() && t < rules.catalogue.tables.size(); ++t)
        out.push_back({rules.catalogue.tables[t].id, &rules.tables[t], &rules.catalogue.tables[t]});
    return out;
}

void diff_table_rows(const TableView& a, const TableView& b, Section& s) {
    auto find = [](const TableView& t, const expr::Value& key) -> const expr::Value* {
        for (const auto& [k, v] : t.rows->rows)
            if (k == key) return &v;
        return nullptr;
    };
    const std::string name = "table " + b.id + ", row " ;
    for (const auto& [key, value] : b.rows->rows) {
        const std::string row = name + quoted(key.to_display_string());
        if (const expr::Value* old_value = find(a, key)) s.field(row, old_value->to_display_string(), value.to_display_string());
        else s.added(row + " = " + value.to_display_string());
    }
    for (const auto& [key, value] : a.rows->rows)
        if (!find(b, key)) s.removed(name + quoted(key.to_display_string()) + " (was " + value.to_display_string() + ")");
}

void diff_tables(const RuleSet& o, const RuleSet& n, std::vector<RuleSetDifference>& out) {
    Section s(out, "Tables");
    match_by_id<TableView>(
        tables_of(o), tables_of(n),
        [&](const TableView& a, const TableView& b) {
            diff_table_rows(a, b, s);
            s.field("table " + b.id + "'s description", quoted(a.about->description), quoted(b.about->description));
            s.field("table " + b.id + "'s citation", quoted(a.about->citation.to_string()),
                    quoted(b.about->citation.to_string()));
        },
        [&](const TableView& b) { s.added("table " + b.id + " with " + std::to_string(b.rows->rows.size()) + " rows"); },
        [&](const TableView& a) { s.removed("table " + a.id); });
}

std::string band_range(const Band& band) {
    return std::to_string(band.from) + (band.to ? " to " + std::to_string(*band.to) : std::string(" or more")) + " points";
}

void diff_bands(const Stream& a, const Stream& b, Section& s) {
    const auto& old_bands = a.conversion.bands;
    const auto& new_bands = b.conversion.bands;
    const std::string name = "stream " + b.id + ", band ";
    for (std::size_t i = 0; i < new_bands.size(); ++i) {
        const Band& nb = new_bands[i];
        const std::string label = name + std::to_string(i + 1);
        if (i >= old_bands.size()) {
            s.added(label + ": " + band_range(nb) + ", " + nb.weekly.to_string() + " a week");
            continue;
        }
        const Band& ob = old_bands[i];
        s.field(label + "'s points", band_range(ob), band_range(nb));
        s.field(label + "'s weekly amount", ob.weekly.to_string(), nb.weekly.to_string());
        s.field(label + "'s citation", quoted(ob.citation.to_string()), quoted(nb.citation.to_string()));
    }
    for (std::size_t i = new_bands.size(); i < old_bands.size(); ++i)
        s.removed(name + std::to_string(i + 1) + ": " + band_range(old_bands[i]) + ", " +
                  old_bands[i].weekly.to_string() + " a week");
}

void diff_conversion(const Stream& a, const Stream& b, Section& s) {
    const Conversion &x = a.conversion, &y = b.conversion;
    const std::string name = "stream " + b.id + "'s ";
    s.field(name + "conversion", conversion_method_name(x.method), conversion_method_name(y.method));
    const bool old_base = x.method == ConversionMethod::BasePlusRate, new_base = y.method == ConversionMethod::BasePlusRate;
    const bool old_rate = x.method != ConversionMethod::Bands, new_rate = y.method != ConversionMethod::Bands;
    s.field(name + "base a week", old_base ? x.base.to_string() : "(none)", new_base ? y.base.to_string() : "(none)");
    s.field(name + "rate per point a week", old_rate ? x.rate.to_string() : "(none)", new_rate ? y.rate.to_string() : "(none)");
    diff_bands(a, b, s);
    s.field(name + "conversion citation", quoted(x.citation.to_string()), quoted(y.citation.to_string()));
}

void diff_streams(const RuleSet& o, const RuleSet& n, std::vector<RuleSetDifference>& out) {
    Section s(out, "Streams and conversions");
    match_by_id<Stream>(
        o.streams, n.streams,
        [&](const Stream& a, const Stream& b) {
            s.field("stream " + b.id + "'s title", quoted(a.title), quoted(b.title));
            s.field("stream " + b.id + "'s restrictions", quoted(a.restrictions), quoted(b.restrictions));
            s.field("stream " + b.id + "'s citation", quoted(a.citation.to_string()), quoted(b.citation.to_string()));
            diff_conversion(a, b, s);
        },
        [&](const Stream& b) { s.added("stream " + b.id + " " + quoted(b.title) + ", " + conversion_method_name(b.conversion.method)); },
        [&](const Stream& a) { s.removed("stream " + a.id + " " + quoted(a.title)); });
    if (!o.streams.empty() && !n.streams.empty() && o.streams.front().id != n.streams.front().id)
        s.changed("the main stream (the first): " + o.streams.front().id + " → " + n.streams.front().id);
}

void diff_rules(const RuleSet& o, const RuleSet& n, std::vector<RuleSetDifference>& out) {
    Section s(out, "Council rules");
    auto stream_id = [](const RuleSet& rules, int stream) { return rules.streams[std::size_t(stream)].id; };
    match_by_id<AdjustmentRule>(
        o.rules, n.rules,
        [&](const AdjustmentRule& a, const AdjustmentRule& b) {
            const std::string name = "rule " + b.id + "'s ";
            s.field(name + "title", quoted(a.title), quoted(b.title));
            s.field(name + "stream", stream_id(o, a.stream), stream_id(n, b.stream));
            s.field(name + "condition", source_of(a.when), source_of(b.when));
            s.field(name + "amount", source_of(a.amount), source_of(b.amount));
            s.field(name + "citation", quoted(a.citation.to_string()), quoted(b.citation.to_string()));
        },
        [&](const AdjustmentRule& b) {
            s.added("rule " + b.id + " " + quoted(b.title) + ": " + source_of(b.amount) + " when " + source_of(b.when));
        },
        [&](const AdjustmentRule& a) { s.removed("rule " + a.id + " " + quoted(a.title)); });
}

std::string above_text(const Threshold& t) { return t.weekly_above ? t.weekly_above->to_string() : "(none)"; }

void diff_thresholds(const RuleSet& o, const RuleSet& n, std::vector<RuleSetDifference>& out) {
    Section s(out, "Panel thresholds");
    match_by_id<Threshold>(
        o.thresholds, n.thresholds,
        [&](const Threshold& a, const Threshold& b) {
            const std::string name = "threshold " + b.id + "'s ";
            s.field(name + "weekly amount above which the panel decides", above_text(a), above_text(b));
            s.field(name + "condition", source_of(a.when), source_of(b.when));
            s.field(name + "message", quoted(a.message), quoted(b.message));
            s.field(name + "citation", quoted(a.citation.to_string()), quoted(b.citation.to_string()));
        },
        [&](const Threshold& b) { s.added("threshold " + b.id + ": " + quoted(b.message)); },
        [&](const Threshold& a) { s.removed("threshold " + a.id + ": " + quoted(a.message)); });
}

const char* kind_word(DifferenceKind kind) {
    switch (kind) {
        case DifferenceKind::Added: return "Added";
        case DifferenceKind::Removed: return "Removed";
        case DifferenceKind::Changed: return "Changed";
    }
    return "Changed";
}

std::string name_of(const RuleSet& rules) {
    return rules.header.id + " version " + rules.header.version + " (" + rules.source_name + ")";
}

}  // namespace

std::vector<RuleSetDifference> diff_rule_sets(const RuleSet& old_rules, const RuleSet& new_rules) {
    std::vector<RuleSetDifference> out;
    diff_header(old_rules, new_rules, out);
    diff_parameters(old_rules, new_rules, out);
    diff_tables(old_rules, new_rules, out);
    diff_streams(old_rules, new_rules, out);
    diff_detail::diff_questionnaire(old_rules, new_rules, out);
    diff_rules(old_rules, new_rules, out);
    diff_thresholds(old_rules, new_rules, out);
    if (out.empty() && old_rules.hash != new_rules.hash)
        out.push_back({"Other", DifferenceKind::Changed,
                       "the canonical hashes differ in a detail this comparison does not name (for example a "
                       "citation's address or the order of items)"});
    return out;
}

std::string rule_set_diff_text(const RuleSet& old_rules, const RuleSet& new_rules,
                               const std::vector<RuleSetDifference>& differences) {
    std::string out = "From: " + name_of(old_rules) + "\n      " + old_rules.hash + "\n";
    out += "To:   " + name_of(new_rules) + "\n      " + new_rules.hash + "\n\n";
    if (differences.empty()) return out + "The two rule sets are the same.\n";
    std::string section;
    std::size_t count[3] = {0, 0, 0};
    for (const RuleSetDifference& d : differences) {
        if (d.section != section) {
            out += (section.empty() ? "" : "\n") + d.section + "\n";
            section = d.section;
        }
        out += "  " + std::string(kind_word(d.kind)) + ": " + d.text + "\n";
        ++count[int(d.kind)];
    }
    out += "\n" + std::to_string(differences.size()) + (differences.size() == 1 ? " difference: " : " differences: ") +
           std::to_string(count[0]) + " added, " + std::to_string(count[1]) + " removed, " + std::to_string(count[2]) +
           " changed.\n";
    return out;
}

}  // namespace openras
