// The plan's costing and check as text for people.
#include "alloc/io/dates.hpp"
#include "alloc/report/line_description.hpp"
#include "alloc/plan/plan_report.hpp"
#include "alloc/report/text_layout.hpp"

namespace openras {
namespace {

// `first` then `text`, wrapped so that every line of the text starts under its first word.
std::string hanging(const std::string& first, const std::string& text) {
    const int indent = display_width(first);
    std::string out = indent_wrapped(text, indent);
    return out.replace(0, std::size_t(indent), first);
}

// "Label:       text", the text wrapped under itself.
std::string labelled(const std::string& label, const std::string& text) {
    return hanging(label + std::string(14 - label.size(), ' '), text);
}

std::string period_text(const Date& first, const Date& last) {
    const int days = int((last - first).days()) + 1;
    return long_date(first) + " to " + long_date(last) + " (" + std::to_string(days) + (days == 1 ? " day)" : " days)");
}

std::string costing_rules_text(const PlanCosting& c, const RuleSet& rules) {
    return "rounded " + std::string(rounding_rule_name(c.rules.rounding)) + " to the penny; a year is " +
           c.rules.weeks_per_year.to_decimal_string() + " weeks (" + rules.header.id + " version " +
           rules.header.version + ")";
}

constexpr std::string_view kSingularUnits[] = {"hour", "session", "night", "item"};

// Why a line costs what it does, or why it cannot be costed.
std::string line_detail(const SupportLine& line, const LineCosting& c) {
    std::string detail = support_line_terms(line);
    if (!c.costed) return detail + (detail.empty() ? "" : ". ") + "Not costed: no " + std::string(c.missing) + " given.";
    if (!c.first) return detail + ". Its dates are outside the plan period, so it costs nothing in this plan.";
    if (line.frequency != Frequency::Once) detail += ", " + long_date(*c.first) + " to " + long_date(*c.last);
    detail += ": " + points_text(c.units.rational());
    if (line.unit) detail += " " + std::string(c.units == ScaledExact::whole(1) ? kSingularUnits[std::size_t(*line.unit)]
                                                                     : kUnitNames[std::size_t(*line.unit)]);
    detail += " in all";
    if (!c.inside_plan) detail += " (only the days inside the plan period are costed)";
    return detail + ".";
}

void write_lines(const SupportPlan& plan, const PlanCosting& c, std::string& out) {
    out += "Support lines\n";
    for (std::size_t i = 0; i < plan.lines.size(); ++i) {
        const SupportLine& line = plan.lines[i];
        const LineCosting& cost = c.lines[i];
        out += numbered_row(int(i + 1), support_line_title(line, i), cost.costed ? cost.cost.to_string() : "not costed");
        if (is_given(line.provider)) out += indent_wrapped("From: " + line.provider, 7);
        out += indent_wrapped(line_detail(line, cost), 7);
    }
    if (plan.lines.empty()) out += indent_wrapped("The plan has no support lines yet.", 2);
    if (c.rounding != Money{}) out += numbered_row(0, "Rounding to the penny", c.rounding.to_string());
    out += numbered_row(0, "Whole plan period: " + period_text(c.start, c.end), c.total.to_string());
    out += numbered_row(0, "A week (total \u00d7 7 / " + std::to_string(c.days) + " days)", c.weekly.to_string());
    out += numbered_row(0, "A year (a week \u00d7 " + c.rules.weeks_per_year.to_decimal_string() + ")",
                        c.annual.to_string()) + "\n";
}

void write_years(const SupportPlan& plan, const PlanCosting& c, std::string& out) {
    out += "By financial year (1 April to 31 March)\n";
    if (c.years.size() == 1) {
        const FinancialYear& year = c.years.front();
        out += numbered_row(0, year.label() + ": " + period_text(year.first, year.last), c.year_totals.front().to_string());
        out += "\n";
        return;
    }
    for (std::size_t y = 0; y < c.years.size(); ++y) {
        const FinancialYear& year = c.years[y];
        out += "  " + year.label() + ": " + period_text(year.first, year.last) + "\n";
        for (std::size_t i = 0; i < c.lines.size(); ++i) {
            if (c.lines[i].by_year[y] == Money{}) continue;
            out += numbered_row(int(i + 1), support_line_title(plan.lines[i], i), c.lines[i].by_year[y].to_string());
        }
        if (c.year_rounding[y] != Money{})
            out += numbered_row(0, "Rounding to the penny", c.year_rounding[y].to_string());
        out += numbered_row(0, "Total for " + year.label(), c.year_totals[y].to_string());
    }
    out += "\n";
}

void write_costing(const SupportPlan& plan, const PlanCosting& c, std::string& out) {
    write_lines(plan, c, out);
    write_years(plan, c, out);
}

void write_budget(const PlanCheckResult& r, std::string& out) {
    out += "Budget and plan\n";
    if (!r.budget.known) {
        out += indent_wrapped("No budget was given, so the plan cannot be compared with one. Give it in the plan's "
                              "[budget] section, or with --budget or --answers.", 2) + "\n";
        return;
    }
    out += indent_wrapped("The budget is " + r.budget.weekly.to_string() + " a week (" + r.budget.origin + ").", 2);
    out += numbered_row(0, "Budget for the plan period: " + r.budget.weekly.to_string() + " \u00d7 " +
                               std::to_string(r.costing.days) + " days / 7", r.budget_for_period.to_string());
    out += numbered_row(0, "What the plan costs", r.costing.total.to_string());
    const std::string side = r.difference > Money{} ? " (more than the budget)" : r.difference < Money{} ? " (less than the budget)" : "";
    out += numbered_row(0, "Difference" + side, r.difference.to_string()) + "\n";
}

void write_verdict(const PlanCheckResult& r, std::string& out) {
    out += "Can this plan be agreed?\n";
    std::string verdict;
    if (!r.can_be_confirmed())
        verdict = "Not yet. " + std::to_string(r.blockers) + (r.blockers == 1 ? " thing" : " things") +
                  " must be fixed first.";
    else if (r.refer_to_panel)
        verdict = "Yes, once the funding panel agrees it. Nothing must be fixed first.";
    else
        verdict = "Yes. Nothing must be fixed first.";
    if (r.findings.empty()) verdict += " Every check in the rules passed.";
    out += indent_wrapped(verdict, 2) + "\n";
}

void write_findings(const PlanCheckResult& r, std::string& out) {
    static constexpr const char* headings[] = {"Must be fixed before the plan can be agreed", "Please check",
                                               "For information"};
    const int counts[] = {r.blockers, r.warnings, r.information};
    int number = 1;
    for (int s = 0; s < 3; ++s) {
        if (counts[s] == 0) continue;
        out += std::string(headings[s]) + " (" + std::to_string(counts[s]) + ")\n";
        for (const PlanFinding& f : r.findings) {
            if (int(f.severity) != s) continue;
            const std::string bullet = "  " + std::to_string(number++) + ". ";
            const std::string under(bullet.size(), ' ');
            out += hanging(bullet, f.message);
            out += indent_wrapped("Where: " + f.field, int(under.size()));
            std::string figures;
            for (const auto& [name, value] : f.figures) figures += (figures.empty() ? "" : "; ") + name + " = " + value;
            if (!figures.empty()) out += indent_wrapped("Figures: " + figures, int(under.size()));
            if (f.refer_to_panel) out += indent_wrapped("This sends the plan to the funding panel.", int(under.size()));
            out += indent_wrapped("Why: " + f.citation.to_string() + " [" + f.rule + "]", int(under.size()));
        }
        out += "\n";
    }
}

}  // namespace

std::string plan_cost_text(const SupportPlan& plan, const PlanCosting& c, const RuleSet& rules) {
    std::string out = "Support plan costing\n====================\n";
    out += labelled("Person:", plan.person);
    out += labelled("Plan period:", period_text(plan.start, plan.end));
    out += labelled("Costed:", costing_rules_text(c, rules)) + "\n";
    write_costing(plan, c, out);
    return out;
}

std::string plan_check_text(const SupportPlan& plan, const PlanCheckResult& r, const RuleSet& rules) {
    const RuleSetHeader& h = rules.header;
    std::string out = "Support plan check\n==================\n";
    out += labelled("Person:", plan.person);
    out += labelled("Plan period:", period_text(plan.start, plan.end));
    out += labelled("Rules:", h.title);
    out += "              " + h.id + " version " + h.version + ", in force from " + long_date(h.effective_from) +
           (h.effective_to ? " to " + long_date(*h.effective_to) : std::string{}) + "\n";
    out += "              " + rules.hash + "\n";
    out += labelled("Costed:", costing_rules_text(r.costing, rules)) + "\n";
    write_costing(plan, r.costing, out);
    write_budget(r, out);
    write_verdict(r, out);
    write_findings(r, out);
    return out;
}

}  // namespace openras
