// The plan's costing and check as text for people, in the report's language
// (alloc/report/report_words.hpp).
#include "alloc/io/dates.hpp"
#include "alloc/io/dates_in.hpp"
#include "alloc/report/line_description.hpp"
#include "alloc/plan/plan_report.hpp"
#include "alloc/report/text_layout.hpp"

#include <algorithm>

namespace openras {
namespace {

// `first` then `text`, wrapped so that every line of the text starts under its first word.
std::string hanging(const std::string& first, const std::string& text) {
    const int indent = display_width(first);
    std::string out = indent_wrapped(text, indent);
    return out.replace(0, std::size_t(indent), first);
}

// The report's words, and how it writes dates and periods.
struct Writer {
    const ReportWords& words;
    // Labels ("Person:", "Plan period:") padded to one column, however long they are.
    int label_column = 14;

    std::string date(const Date& day) const {
        return words.language() == "en-GB" ? long_date(day) : long_date_in(words.language(), day);
    }
    std::string labelled(const std::string& label_key, const std::string& text) const {
        const std::string label = words.get(label_key);
        return hanging(label + std::string(std::size_t(std::max(1, label_column - display_width(label))), ' '), text);
    }
    std::string period(const Date& first, const Date& last) const {
        const int days = int((last - first).days()) + 1;
        return words.format("plan.period_text", {{"first", date(first)}, {"last", date(last)},
                                                 {"days", words.count("plan.days", Rational(days), std::to_string(days))}});
    }
    std::string costing_rules(const PlanCosting& c, const RuleSet& rules) const {
        return words.format("plan.costed_rule", {{"rounding", rounding_rule_name(c.rules.rounding)},
                                                 {"weeks", c.rules.weeks_per_year.to_decimal_string()},
                                                 {"id", rules.header.id},
                                                 {"version", rules.header.version}});
    }
};

Writer writer_for(const ReportWords& words) {
    Writer w{words};
    for (const char* key : {"plan.person", "plan.period", "plan.rules", "plan.costed"})
        w.label_column = std::max(w.label_column, display_width(words.get(key)) + 1);
    return w;
}

// Why a line costs what it does, or why it cannot be costed.
std::string line_detail(const Writer& w, const SupportLine& line, const LineCosting& c) {
    std::string detail = support_line_terms(line, w.words);
    if (!c.costed)
        return detail + (detail.empty() ? "" : ". ") + w.words.format("plan.not_costed_because", {{"missing", std::string(c.missing)}});
    if (!c.first) return detail + ". " + w.words.get("plan.outside_period");
    if (line.frequency != Frequency::Once)
        detail += ", " + w.words.format("plan.from_to", {{"first", w.date(*c.first)}, {"last", w.date(*c.last)}});
    std::string units = points_text(c.units.rational());
    if (line.unit) {
        SupportLine counted;  // the units alone: "3 hours"
        counted.quantity = c.units.rational();
        counted.unit = line.unit;
        units = support_line_terms(counted, w.words);
    }
    detail += ": " + w.words.format("plan.units_in_all", {{"units", units}});
    if (!c.inside_plan) detail += " " + w.words.get("plan.only_inside");
    return detail + ".";
}

void write_lines(const Writer& w, const SupportPlan& plan, const PlanCosting& c, std::string& out) {
    out += w.words.get("plan.lines") + "\n";
    for (std::size_t i = 0; i < plan.lines.size(); ++i) {
        const SupportLine& line = plan.lines[i];
        const LineCosting& cost = c.lines[i];
        out += numbered_row(int(i + 1), support_line_title(line, i, w.words), cost.costed ? cost.cost.to_string() : w.words.get("plan.not_costed"));
        if (is_given(line.provider)) out += indent_wrapped(w.words.format("plan.from", {{"provider", line.provider}}), 7);
        out += indent_wrapped(line_detail(w, line, cost), 7);
    }
    if (plan.lines.empty()) out += indent_wrapped(w.words.get("plan.no_lines"), 2);
    if (c.rounding != Money{}) out += numbered_row(0, w.words.get("plan.rounding"), c.rounding.to_string());
    out += numbered_row(0, w.words.format("plan.whole_period", {{"period", w.period(c.start, c.end)}}), c.total.to_string());
    out += numbered_row(0, w.words.format("plan.a_week", {{"days", std::to_string(c.days)}}), c.weekly.to_string());
    out += numbered_row(0, w.words.format("plan.a_year", {{"weeks", c.rules.weeks_per_year.to_decimal_string()}}),
                        c.annual.to_string()) + "\n";
}

void write_years(const Writer& w, const SupportPlan& plan, const PlanCosting& c, std::string& out) {
    out += w.words.get("plan.by_year") + "\n";
    if (c.years.size() == 1) {
        const FinancialYear& year = c.years.front();
        out += numbered_row(0, year.label() + ": " + w.period(year.first, year.last), c.year_totals.front().to_string());
        out += "\n";
        return;
    }
    for (std::size_t y = 0; y < c.years.size(); ++y) {
        const FinancialYear& year = c.years[y];
        out += "  " + year.label() + ": " + w.period(year.first, year.last) + "\n";
        for (std::size_t i = 0; i < c.lines.size(); ++i) {
            if (c.lines[i].by_year[y] == Money{}) continue;
            out += numbered_row(int(i + 1), support_line_title(plan.lines[i], i, w.words), c.lines[i].by_year[y].to_string());
        }
        if (c.year_rounding[y] != Money{}) out += numbered_row(0, w.words.get("plan.rounding"), c.year_rounding[y].to_string());
        out += numbered_row(0, w.words.format("plan.year_total", {{"year", year.label()}}), c.year_totals[y].to_string());
    }
    out += "\n";
}

void write_costing(const Writer& w, const SupportPlan& plan, const PlanCosting& c, std::string& out) {
    write_lines(w, plan, c, out);
    write_years(w, plan, c, out);
}

void write_budget(const Writer& w, const PlanCheckResult& r, std::string& out) {
    out += w.words.get("plan.budget_title") + "\n";
    if (!r.budget.known) {
        out += indent_wrapped(w.words.get("plan.no_budget"), 2) + "\n";
        return;
    }
    out += indent_wrapped(w.words.format("plan.budget_is", {{"weekly", r.budget.weekly.to_string()}, {"origin", r.budget.origin}}), 2);
    out += numbered_row(0, w.words.format("plan.budget_for_period", {{"weekly", r.budget.weekly.to_string()},
                                                                     {"days", std::to_string(r.costing.days)}}),
                        r.budget_for_period.to_string());
    out += numbered_row(0, w.words.get("plan.plan_costs"), r.costing.total.to_string());
    const char* side = r.difference > Money{} ? "plan.difference_more" : r.difference < Money{} ? "plan.difference_less" : "plan.difference";
    out += numbered_row(0, w.words.get(side), r.difference.to_string()) + "\n";
}

void write_verdict(const Writer& w, const PlanCheckResult& r, std::string& out) {
    out += w.words.get("plan.verdict_title") + "\n";
    std::string verdict;
    if (!r.can_be_confirmed())
        verdict = w.words.count("plan.verdict_no", Rational(r.blockers), std::to_string(r.blockers));
    else if (r.refer_to_panel)
        verdict = w.words.get("plan.verdict_panel");
    else
        verdict = w.words.get("plan.verdict_yes");
    if (r.findings.empty()) verdict += " " + w.words.get("plan.all_passed");
    out += indent_wrapped(verdict, 2) + "\n";
}

void write_findings(const Writer& w, const PlanCheckResult& r, std::string& out) {
    static constexpr const char* headings[] = {"plan.blockers", "plan.warnings", "plan.information"};
    const int counts[] = {r.blockers, r.warnings, r.information};
    int number = 1;
    for (int s = 0; s < 3; ++s) {
        if (counts[s] == 0) continue;
        out += w.words.format(headings[s], {{"count", std::to_string(counts[s])}}) + "\n";
        for (const PlanFinding& f : r.findings) {
            if (int(f.severity) != s) continue;
            const std::string bullet = "  " + std::to_string(number++) + ". ";
            const int under = display_width(bullet);
            out += hanging(bullet, f.message);
            out += indent_wrapped(w.words.format("plan.where", {{"field", f.field}}), under);
            std::string figures;
            for (const auto& [name, value] : f.figures) figures += (figures.empty() ? "" : "; ") + name + " = " + value;
            if (!figures.empty()) out += indent_wrapped(w.words.format("plan.figures", {{"figures", figures}}), under);
            if (f.refer_to_panel) out += indent_wrapped(w.words.get("plan.to_panel"), under);
            out += indent_wrapped(w.words.format("plan.why", {{"citation", f.citation.to_string()}, {"rule", f.rule}}), under);
        }
        out += "\n";
    }
}

std::string title(const std::string& words, char rule) {
    return words + "\n" + std::string(std::size_t(display_width(words)), rule) + "\n";
}

}  // namespace

std::string plan_cost_text(const SupportPlan& plan, const PlanCosting& c, const RuleSet& rules, const ReportWords& words) {
    const Writer w = writer_for(words);
    std::string out = title(words.get("plan.cost_title"), '=');
    out += w.labelled("plan.person", plan.person);
    out += w.labelled("plan.period", w.period(plan.start, plan.end));
    out += w.labelled("plan.costed", w.costing_rules(c, rules)) + "\n";
    write_costing(w, plan, c, out);
    return out;
}

std::string plan_check_text(const SupportPlan& plan, const PlanCheckResult& r, const RuleSet& rules, const ReportWords& words) {
    const Writer w = writer_for(words);
    const RuleSetHeader& h = rules.header;
    std::string out = title(words.get("plan.check_title"), '=');
    out += w.labelled("plan.person", plan.person);
    out += w.labelled("plan.period", w.period(plan.start, plan.end));
    out += w.labelled("plan.rules", h.title);
    const std::string margin(std::size_t(w.label_column), ' ');
    out += margin + (h.effective_to ? words.format("budget.version_to", {{"id", h.id}, {"version", h.version},
                                                                         {"from", w.date(h.effective_from)},
                                                                         {"to", w.date(*h.effective_to)}})
                                    : words.format("budget.version", {{"id", h.id}, {"version", h.version},
                                                                      {"from", w.date(h.effective_from)}})) + "\n";
    out += margin + rules.hash + "\n";
    out += w.labelled("plan.costed", w.costing_rules(r.costing, rules)) + "\n";
    write_costing(w, plan, r.costing, out);
    write_budget(w, r, out);
    write_verdict(w, r, out);
    write_findings(w, r, out);
    return out;
}

}  // namespace openras
