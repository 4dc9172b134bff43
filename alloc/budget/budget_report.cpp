#include "alloc/budget/budget_report.hpp"

#include "alloc/io/dates.hpp"
#include "alloc/report/line_description.hpp"
#include "alloc/report/text_layout.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace openras {
namespace {

nlohmann::ordered_json citation_json(const Citation& c) {
    return nlohmann::ordered_json{{"text", c.text}, {"url", c.url}};
}

void write_header(const IndicativeBudget& b, std::string& out) {
    const RuleSetHeader& h = b.rules->header;
    out += "Indicative personal budget\n";
    out += "==========================\n";
    out += "Person:           " + (b.person.empty() ? std::string("(no reference given)") : b.person) + "\n";
    out += "Assessment date:  " + long_date(b.assessment_date) + "\n";
    out += "Rules:            " + h.title + "\n";
    out += "                  " + h.id + " version " + h.version + ", in force from " + long_date(h.effective_from) +
           (h.effective_to ? " to " + long_date(*h.effective_to) : std::string{}) + "\n";
    out += "                  " + b.rules->hash + "\n\n";
    out += "Your indicative budget is " + b.weekly.to_string() + " a week (" + b.annual.to_string() + " a year).\n";
    out += "This is a starting figure. It can go up or down when your plan is agreed.\n\n";
}

void write_stream(const IndicativeBudget& b, int s, int& line_number, std::string& out) {
    const Stream& stream = b.rules->streams[std::size_t(s)];
    const StreamResult& result = b.streams[std::size_t(s)];
    out += stream.title + ": " + result.weekly.to_string() + " a week\n";
    out += indent_wrapped(stream.restrictions, 2) + "\n";
    for (const ExplanationLine& line : b.explanation) {
        if (line.stream != s) continue;
        const LineDescription d = describe_line(b, line);
        const bool points_only = stream.conversion.method == ConversionMethod::Bands &&
                                 (line.kind == LineKind::DomainPoints || line.kind == LineKind::InformalSupport);
        out += numbered_row(line_number++, d.title, points_only ? std::string() : line.amount.to_string());
        if (!d.detail.empty()) out += indent_wrapped(d.detail, 7);
        if (!d.inputs.empty()) {
            std::string used;
            for (const auto& [name, value] : d.inputs) used += (used.empty() ? "" : ", ") + name + " = " + value;
            out += indent_wrapped("Used: " + used, 7);
        }
        out += indent_wrapped("Why: " + d.citation.to_string(), 7);
    }
    out += numbered_row(0, "Total a week for " + stream.title, result.weekly.to_string()) + "\n";
}

void write_totals(const IndicativeBudget& b, std::string& out) {
    const RuleSetHeader& h = b.rules->header;
    out += "A year\n";
    out += indent_wrapped("Each weekly amount is multiplied by " + h.weeks_per_year.to_decimal_string() +
                              " weeks and rounded " + rounding_rule_name(h.rounding) + " to the penny.", 2);
    for (std::size_t s = 0; s < b.streams.size(); ++s)
        out += numbered_row(0, b.rules->streams[s].title + ": " + b.streams[s].weekly.to_string() + " \u00d7 " +
                                   h.weeks_per_year.to_decimal_string(),
                            b.streams[s].annual.to_string());
    if (b.annual_rounding() != Money{})
        out += numbered_row(0, "Rounding to the penny (the total is " + b.weekly.to_string() + " \u00d7 " +
                                   h.weeks_per_year.to_decimal_string() + ")",
                            b.annual_rounding().to_string());
    out += numbered_row(0, "Total a year", b.annual.to_string()) + "\n";
    out += numbered_row(0, "Total a week", b.weekly.to_string()) + "\n";
}

void write_panel(const IndicativeBudget& b, std::string& out) {
    if (!b.refer_to_panel()) {
        out += "Panel: not needed. No threshold in the rules was crossed.\n";
        return;
    }
    out += indent_wrapped("Referred to a panel. Your full amount is still shown above; a panel does not cut it "
                          "without giving reasons.",
                          0);
    for (int t : b.panel_referrals) {
        const Threshold& threshold = b.rules->thresholds[std::size_t(t)];
        out += indent_wrapped(threshold.message, 4);
        out += indent_wrapped("Why: " + threshold.citation.to_string(), 4);
    }
}

}  // namespace

std::string budget_text(const IndicativeBudget& b) {
    std::string out;
    write_header(b, out);
    out += "How it was worked out\n";
    out += "---------------------\n";
    int line_number = 1;
    for (std::size_t s = 0; s < b.streams.size(); ++s) write_stream(b, int(s), line_number, out);
    write_totals(b, out);
    write_panel(b, out);
    return out;
}

nlohmann::ordered_json budget_json(const IndicativeBudget& b) {
    const RuleSet& rs = *b.rules;
    const RuleSetHeader& h = rs.header;
    nlohmann::ordered_json doc;
    doc["format"] = 1;
    doc["person"] = b.person;
    doc["assessment_date"] = iso_date(b.assessment_date);
    doc["rule_set"] = {{"id", h.id},
                       {"version", h.version},
                       {"title", h.title},
                       {"authority", h.authority},
                       {"effective_from", iso_date(h.effective_from)},
                       {"effective_to", h.effective_to ? nlohmann::ordered_json(iso_date(*h.effective_to)) : nullptr},
                       {"hash", rs.hash},
                       {"rounding", rounding_rule_name(h.rounding)},
                       {"weeks_per_year", h.weeks_per_year.to_decimal_string()}};
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
