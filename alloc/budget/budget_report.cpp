#include "alloc/budget/budget_report.hpp"

#include "alloc/io/dates.hpp"
#include "alloc/io/dates_in.hpp"
#include "alloc/report/line_description.hpp"
#include "alloc/report/text_layout.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace openras {
namespace {

nlohmann::ordered_json citation_json(const Citation& c) {
    return nlohmann::ordered_json{{"text", c.text}, {"url", c.url}};
}

// The report's words in `report`'s language; the rule set's (stream titles and what the money
// is for, panel messages) from its texts in that language; dates as the language writes them.
struct Words {
    const IndicativeBudget& b;
    const ReportWords& report;
    std::string_view text(const std::string& key, const std::string& english) const {
        return b.rules->text_in(report.language(), key, english);
    }
    std::string date(const boost::gregorian::date& day) const {
        return report.language() == "en-GB" ? long_date(day) : long_date_in(report.language(), day);
    }
    std::string stream_title(const Stream& s) const { return std::string(text("stream." + s.id + ".title", s.title)); }
};

void write_header(const Words& w, std::string& out) {
    const IndicativeBudget& b = w.b;
    const ReportWords& r = w.report;
    const RuleSetHeader& h = b.rules->header;
    const std::string title = r.get("budget.title");
    out += title + "\n" + std::string(std::size_t(display_width(title)), '=') + "\n";
    // Labels padded to one column, however long they are in the language.
    const std::string labels[] = {r.get("budget.person"), r.get("budget.date"), r.get("budget.rules")};
    int column = 0;
    for (const std::string& label : labels) column = std::max(column, display_width(label) + 2);
    const auto row = [&](const std::string& label, const std::string& value) {
        return label + std::string(std::size_t(column - display_width(label)), ' ') + value + "\n";
    };
    const std::string margin(std::size_t(column), ' ');
    out += row(labels[0], b.person.empty() ? r.get("budget.no_person") : b.person);
    out += row(labels[1], w.date(b.assessment_date));
    out += row(labels[2], h.title);
    out += margin + (h.effective_to ? r.format("budget.version_to", {{"id", h.id}, {"version", h.version},
                                                                     {"from", w.date(h.effective_from)},
                                                                     {"to", w.date(*h.effective_to)}})
                                    : r.format("budget.version", {{"id", h.id}, {"version", h.version},
                                                                  {"from", w.date(h.effective_from)}})) + "\n";
    out += margin + b.rules->hash + "\n\n";
    out += r.format("budget.total", {{"weekly", b.weekly.to_string()}, {"annual", b.annual.to_string()}}) + "\n";
    out += r.get("budget.starting") + "\n\n";
}

void write_stream(const Words& w, int s, int& line_number, std::string& out) {
    const IndicativeBudget& b = w.b;
    const Stream& stream = b.rules->streams[std::size_t(s)];
    const StreamResult& result = b.streams[std::size_t(s)];
    out += w.report.format("budget.stream", {{"stream", w.stream_title(stream)}, {"amount", result.weekly.to_string()}}) + "\n";
    out += indent_wrapped(std::string(w.text("stream." + stream.id + ".restrictions", stream.restrictions)), 2) + "\n";
    for (const ExplanationLine& line : b.explanation) {
        if (line.stream != s) continue;
        const LineDescription d = describe_line(b, line, w.report);
        const bool points_only = stream.conversion.method == ConversionMethod::Bands &&
                                 (line.kind == LineKind::DomainPoints || line.kind == LineKind::InformalSupport);
        out += numbered_row(line_number++, d.title, points_only ? std::string() : line.amount.to_string());
        if (!d.detail.empty()) out += indent_wrapped(d.detail, 7);
        if (!d.inputs.empty()) {
            std::string used;
            for (const auto& [name, value] : d.inputs) used += (used.empty() ? "" : ", ") + name + " = " + value;
            out += indent_wrapped(w.report.format("budget.used", {{"inputs", used}}), 7);
        }
        out += indent_wrapped(w.report.format("budget.why", {{"citation", d.citation.to_string()}}), 7);
    }
    out += numbered_row(0, w.report.format("budget.stream_total", {{"stream", w.stream_title(stream)}}), result.weekly.to_string()) + "\n";
}

void write_totals(const Words& w, std::string& out) {
    const IndicativeBudget& b = w.b;
    const ReportWords& r = w.report;
    const RuleSetHeader& h = b.rules->header;
    const std::string weeks = h.weeks_per_year.to_decimal_string();
    out += r.get("budget.year") + "\n";
    out += indent_wrapped(r.format("budget.year_rule", {{"weeks", weeks}, {"rounding", rounding_rule_name(h.rounding)}}), 2);
    for (std::size_t s = 0; s < b.streams.size(); ++s)
        out += numbered_row(0, w.stream_title(b.rules->streams[s]) + ": " + b.streams[s].weekly.to_string() + " \u00d7 " + weeks,
                            b.streams[s].annual.to_string());
    if (b.annual_rounding() != Money{})
        out += numbered_row(0, r.format("budget.year_rounding", {{"weekly", b.weekly.to_string()}, {"weeks", weeks}}),
                            b.annual_rounding().to_string());
    out += numbered_row(0, r.get("budget.total_year"), b.annual.to_string()) + "\n";
    out += numbered_row(0, r.get("budget.total_week"), b.weekly.to_string()) + "\n";
}

void write_panel(const Words& w, std::string& out) {
    const IndicativeBudget& b = w.b;
    if (!b.refer_to_panel()) {
        out += w.report.get("budget.panel_none") + "\n";
        return;
    }
    out += indent_wrapped(w.report.get("budget.panel"), 0);
    for (int t : b.panel_referrals) {
        const Threshold& threshold = b.rules->thresholds[std::size_t(t)];
        out += indent_wrapped(std::string(w.text("threshold." + threshold.id + ".message", threshold.message)), 4);
        out += indent_wrapped(w.report.format("budget.why", {{"citation", threshold.citation.to_string()}}), 4);
    }
}

}  // namespace

std::string budget_text(const IndicativeBudget& b, const ReportWords& words) {
    const Words w{b, words};
    std::string out;
    write_header(w, out);
    const std::string how = words.get("budget.how");
    out += how + "\n" + std::string(std::size_t(display_width(how)), '-') + "\n";
    int line_number = 1;
    for (std::size_t s = 0; s < b.streams.size(); ++s) write_stream(w, int(s), line_number, out);
    write_totals(w, out);
    write_panel(w, out);
    return out;
}

nlohmann::ordered_json rule_set_json(const RuleSet& rs) {
    const RuleSetHeader& h = rs.header;
    return {{"id", h.id},
            {"version", h.version},
            {"title", h.title},
            {"authority", h.authority},
            {"effective_from", iso_date(h.effective_from)},
            {"effective_to", h.effective_to ? nlohmann::ordered_json(iso_date(*h.effective_to)) : nullptr},
            {"hash", rs.hash},
            {"rounding", rounding_rule_name(h.rounding)},
            {"weeks_per_year", h.weeks_per_year.to_decimal_string()}};
}

nlohmann::ordered_json budget_json(const IndicativeBudget& b) {
    const RuleSet& rs = *b.rules;
    nlohmann::ordered_json doc;
    doc["format"] = 1;
    doc["person"] = b.person;
    doc["assessment_date"] = iso_date(b.assessment_date);
    doc["rule_set"] = rule_set_json(rs);
    doc["weekly_pence"] = b.weekly.pence();
    doc["annual_pence"] = b.annual.pence();
    doc["annual_rounding_pence"] = b.annual_rounding().pence();
    doc["weekly"] = b.weekly.to_plain_string();
    doc["annual"] = b.annual.to_plain_string();
    doc["total_points"] = b.total_points.to_decimal_string();
    auto& domains = doc["domains"] = nlohmann::ordered_json::array();
    for (std::size_t d = 0; d < b.domains.size(); ++d)
        domains.push_back({{"id", rs.domains[d].id},
                           {"title", rs.domains[d].title},
                           {"raw_points", b.domains[d].raw_points.to_decimal_string()},
                           {"share_kept", b.domains[d].share_kept.to_decimal_string()},
                           {"points", b.domains[d].points.to_decimal_string()}});
    auto& streams = doc["streams"] = nlohmann::ordered_json::array();
    for (std::size_t s = 0; s < b.streams.size(); ++s) {
        const Stream& stream = rs.streams[s];
        const StreamResult& r = b.streams[s];
        nlohmann::ordered_json band = nullptr;
        if (r.band >= 0) {
            const Band& chosen = stream.conversion.bands[std::size_t(r.band)];
            band = {{"from", chosen.from}, {"to", chosen.to ? nlohmann::ordered_json(*chosen.to) : nullptr}};
        }
        streams.push_back({{"id", stream.id},
                           {"title", stream.title},
                           {"restrictions", stream.restrictions},
                           {"method", conversion_method_name(stream.conversion.method)},
                           {"points", r.points.to_decimal_string()},
                           {"weekly_pence", r.weekly.pence()},
                           {"annual_pence", r.annual.pence()},
                           {"band", band}});
    }
    doc["refer_to_panel"] = b.refer_to_panel();
    auto& referrals = doc["panel_referrals"] = nlohmann::ordered_json::array();
    for (int t : b.panel_referrals) {
        const Threshold& threshold = rs.thresholds[std::size_t(t)];
        referrals.push_back({{"id", threshold.id}, {"message", threshold.message}, {"citation", citation_json(threshold.citation)}});
    }
    auto& lines = doc["explanation"] = nlohmann::ordered_json::array();
    int number = 1;
    for (const ExplanationLine& line : b.explanation) {
        const LineDescription d = describe_line(b, line);
        nlohmann::ordered_json inputs = nlohmann::ordered_json::object();
        for (const auto& [name, value] : d.inputs) inputs[name] = value;
        lines.push_back({{"line", number++},
                         {"stream", rs.streams[std::size_t(line.stream)].id},
                         {"kind", line_kind_name(line.kind)},
                         {"rule", d.rule},
                         {"title", d.title},
                         {"detail", d.detail},
                         {"citation", citation_json(d.citation)},
                         {"inputs", inputs},
                         {"pence", line.amount.pence()}});
    }
    return doc;
}

}  // namespace openras
