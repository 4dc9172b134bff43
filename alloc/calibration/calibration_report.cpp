#include "alloc/calibration/calibration_report.hpp"

#include "alloc/io/dates.hpp"
#include "alloc/report/line_description.hpp"
#include "alloc/report/report_format.hpp"
#include "alloc/report/text_layout.hpp"

#include <cmath>

namespace openras {
namespace {

std::string heading(const std::string& title, char underline = '-') {
    return title + "\n" + std::string(std::size_t(display_width(title)), underline) + "\n";
}

std::string scale_words(const Calibration& c) {
    return "× " + exact_decimal(c.settings.affordability) + " × (1 − " + percent_text(c.settings.contingency) +
           ") ÷ " + c.weeks_per_year.to_decimal_string();
}

std::string method_words(CalibrationMethod method) {
    switch (method) {
        case CalibrationMethod::Rate: return "rate (one price per point)";
        case CalibrationMethod::BaseRate: return "base-rate (a least-squares base plus a rate per point)";
        case CalibrationMethod::Bands: return "bands (band boundaries from the test group's points)";
    }
    return "rate";
}

void write_title(const CalibrationReport& r, std::string& out) {
    const RuleSet& rules = *r.old_rules;
    const Calibration& c = *r.calibration;
    out += heading("Calibration of " + rules.header.id + " version " + rules.header.version, '=');
    if (r.test_group.synthetic) out += "SYNTHETIC DATA: the test group is made up; these figures describe no real people.\n";
    out += "Rule set:    " + rules.source_name + "\n";
    out += "             " + rules.hash + "\n";
    out += "Test group:  " + r.test_group.name + ", " + whole_number(std::int64_t(c.people)) +
           (c.people == 1 ? " person\n" : " people\n");
    out += "             " + r.test_group.sha256 + "\n";
    out += "Method:      " + method_words(c.settings.method) + "\n";
    out += "Settings:    affordability " + exact_decimal(c.settings.affordability) + ", contingency " +
           percent_text(c.settings.contingency) + ": the RAS hands out " + percent_text(c.scale) +
           " of today's cost\n";
    out += "Points:      each person's points in \"" + rules.streams.front().title +
           "\" (the main stream), after help from family and friends\n\n";
}

void write_rate(const Calibration& c, std::string& out) {
    out += "  Weekly price per point\n";
    out += "    = (sum of current annual cost × affordability × (1 − contingency) ÷ weeks a year)\n";
    out += "      ÷ sum of points\n";
    out += "    = (" + Money::from_pence(c.total_cost_pence).to_string() + " " + scale_words(c) + ") ÷ " +
           grouped_points(c.total_points) + " points\n";
    out += "    = " + exact_pounds(c.exact_rate_pence) + "\n";
    out += "    → " + c.rate.to_string() + " a point a week, rounded " + rounding_rule_name(c.rounding) +
           " to a hundredth of a penny\n";
}

void write_base_rate(const Calibration& c, std::string& out) {
    const Rational base = Rational(std::llround(c.fit_base_pence * 1000.0), 1000);
    const Rational rate = Rational(std::llround(c.fit_rate_pence * 1000.0), 1000);
    out += "  Least-squares line through the test group (current annual cost against points):\n";
    out += "    cost a year ≈ " + exact_pounds(base, 5) + " + " + exact_pounds(rate, 5) + " × points\n";
    out += "  Weekly base = " + exact_pounds(base, 5) + " " + scale_words(c) + " = " + exact_pounds(c.exact_base_pence) +
           " → " + c.base.to_string() + "\n";
    out += "  Weekly rate = " + exact_pounds(rate, 5) + " " + scale_words(c) + " = " + exact_pounds(c.exact_rate_pence) +
           " → " + c.rate.to_string() + " a point\n";
    out += "  (rounded " + std::string(rounding_rule_name(c.rounding)) +
           ": the base to the penny, the rate to a hundredth of a penny)\n";
}

void write_bands(const Calibration& c, std::string& out) {
    out += indent_wrapped("Bands start at the quantiles of the test group's whole points (" +
                              std::to_string(c.settings.band_count) + " to begin with). Each band pays the mean "
                              "current cost of the people in it " + scale_words(c) + " a week.", 2);
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < c.bands.size(); ++i) {
        const CalibratedBand& b = c.bands[i];
        rows.push_back({std::to_string(i + 1),
                        std::to_string(b.from) + (b.to ? " to " + std::to_string(*b.to) : std::string(" or more")),
                        whole_number(std::int64_t(b.people)),
                        exact_pounds(Rational(b.annual_cost_pence) / Rational(std::int64_t(b.people)), 2),
                        exact_pounds(b.exact_weekly_pence), b.weekly.to_string()});
    }
    out += text_table({"Band", "Points", "People", "Mean cost a year", "Exact a week", "A week"}, rows, "ll");
}

void write_figures(const Calibration& c, std::string& out) {
    out += heading("The fitted figures");
    out += "  Sum of current annual cost:  " + Money::from_pence(c.total_cost_pence).to_string() + "\n";
    out += "  Sum of points:               " + grouped_points(c.total_points) + "\n\n";
    if (c.conversion == ConversionMethod::Bands) write_bands(c, out);
    else if (c.conversion == ConversionMethod::BasePlusRate) write_base_rate(c, out);
    else write_rate(c, out);
    for (const std::string& note : c.notes) out += "\n" + indent_wrapped("Note: " + note, 2);
    out += "\n";
}

void write_fit(const Calibration& c, std::string& out) {
    out += heading("How well points explain today's costs");
    std::string sentence = "R² = " + share_not_rounded_up(c.r_squared, 2) + ": ";
    const std::string percent = share_not_rounded_up(c.r_squared * 100.0, 0);
    if (c.r_squared >= 0)
        sentence += "the fit explains " + percent + "% of the differences in current cost between people.";
    else
        sentence += "the fit explains the differences in current cost worse than everyone's average would.";
    out += indent_wrapped(sentence, 2);
    out += indent_wrapped("Correlation between points and current cost: r = " + fixed(c.correlation, 2) + ".", 2);
    if (c.r_squared < 0.5)
        out += indent_wrapped("Points explain less than half of today's differences in cost. Look at the people far "
                              "from the line before relying on this RAS.", 2);
    out += "\n";
}

std::vector<std::string> funding_row(const std::string& name, const GroupFunding& g) {
    return {name, whole_number(std::int64_t(g.people)), Money::from_pence(g.current_pence).to_string(),
            Money::from_pence(g.new_pence).to_string(), signed_money_pence(g.difference_pence()),
            percent_change(g.current_pence, g.new_pence), whole_number(std::int64_t(g.over)),
            whole_number(std::int64_t(g.under))};
}

void write_funding(const CalibrationReport& r, std::string& out) {
    const FundingComparison& f = *r.funding;
    out += heading("Funding by client group, a year");
    out += indent_wrapped(
        r.amounts_include_rules
            ? "New amounts are the whole \"" + r.old_rules->streams.front().title +
                  "\" stream as the new rule set works it out, council rules in that stream included."
            : "New amounts come from each person's points alone: the test group gives points, not answers, so "
              "council rules that read answers are not included.", 2);
    std::vector<std::vector<std::string>> rows;
    for (const GroupFunding& g : f.groups) rows.push_back(funding_row(client_group_title(g.group), g));
    rows.push_back(funding_row("Everyone", f.everyone));
    out += text_table({"Client group", "People", "Current cost", "New amount", "Difference", "Change", "More",
                       "Less"}, rows, "l");
    out += indent_wrapped("More and Less count the people the new amount would give more or less than their "
                          "support costs today.", 2) + "\n";
}

void write_shortfalls(const CalibrationReport& r, std::string& out) {
    const FundingComparison& f = *r.funding;
    out += heading("Who would get less than today by more than " + f.margin.to_string());
    if (f.shortfalls.empty()) {
        out += "  Nobody.\n\n";
        return;
    }
    out += "  " + whole_number(std::int64_t(f.shortfalls.size())) + (f.shortfalls.size() == 1 ? " person" : " people") +
           ", the largest shortfall first:\n";
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < f.shortfalls.size() && i < r.shortfall_rows; ++i) {
        const Shortfall& s = f.shortfalls[i];
        const CalibrationCase& person = (*r.group)[s.person];
        rows.push_back({person.person, client_group_title(person.group), points_text(person.points),
                        s.current_annual.to_string(), s.new_annual.to_string(), s.shortfall().to_string(),
                        percent_change(s.current_annual.pence(), s.new_annual.pence())});
    }
    out += text_table({"Person", "Client group", "Points", "Current cost", "New amount", "Short by", "Change"}, rows,
                      "ll");
    if (f.shortfalls.size() > r.shortfall_rows)
        out += "  … and " + whole_number(std::int64_t(f.shortfalls.size() - r.shortfall_rows)) +
               " more (--shortfalls FILE writes them all as CSV).\n";
    out += "\n";
}

void write_new_version(const CalibrationReport& r, std::string& out) {
    const RuleSetHeader& h = r.new_rules->header;
    out += heading("The new rule-set version");
    out += r.written_to.empty() ? "  Not written (give --out FILE to write it). It would be:\n"
                                : "  Written to " + r.written_to + ":\n";
    out += "  " + h.id + " version " + h.version + ", in force from " + long_date(h.effective_from) +
           (h.effective_to ? " to " + long_date(*h.effective_to) : std::string{}) + "\n";
    out += "  " + r.new_rules->hash + "\n";
    out += "  Main conversion: " + conversion_summary(r.new_rules->streams.front().conversion) + "\n";
    out += "  It was:          " + conversion_summary(r.old_rules->streams.front().conversion) + "\n";
    out += "  Everything else (questions, points, reductions, other streams, rules, thresholds) is unchanged.\n";
    if (r.old_effective_to)
        out += indent_wrapped("Before the new version is used, give the old version effective_to = " +
                                  iso_date(*r.old_effective_to) + " (" + long_date(*r.old_effective_to) +
                                  "), the day before the new one starts, so that decisions made under it can still be "
                                  "replayed.", 2);
}

}  // namespace

std::string conversion_summary(const Conversion& c) {
    switch (c.method) {
        case ConversionMethod::PricePerPoint: return "a price per point: " + c.rate.to_string() + " a point a week";
        case ConversionMethod::BasePlusRate:
            return "a base plus a rate per point: " + c.base.to_string() + " + " + c.rate.to_string() + " a point a week";
        case ConversionMethod::Bands: {
            std::string out = std::to_string(c.bands.size()) + " bands:";
            for (const Band& b : c.bands)
                out += " " + std::to_string(b.from) + (b.to ? "–" + std::to_string(*b.to) : std::string("+")) + " " +
                       b.weekly.to_string() + ";";
            out.pop_back();
            return out;
        }
    }
    return "";
}

std::string calibration_report_text(const CalibrationReport& r) {
    std::string out;
    write_title(r, out);
    write_figures(*r.calibration, out);
    write_fit(*r.calibration, out);
    write_funding(r, out);
    write_shortfalls(r, out);
    write_new_version(r, out);
    return out;
}

}  // namespace openras
