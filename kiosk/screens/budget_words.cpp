#include "kiosk/screens/budget_words.hpp"

#include "kiosk/screens/rule_words.hpp"
#include "kiosk/ui/widgets.hpp"

#include "alloc/report/line_description.hpp"

namespace openras::kiosk {
namespace {

double as_double(const Rational& r) { return double(r.numerator()) / double(r.denominator()); }

std::string domain_title(const Ui& ui, const RuleSet& rules, const Domain& domain) {
    return std::string(domain_words(ui, rules, domain));
}

}  // namespace

std::string line_for_people(const Ui& ui, const IndicativeBudget& b, const ExplanationLine& line) {
    const RuleSet& rules = *b.rules;
    switch (line.kind) {
        case LineKind::Base: return std::string(ui.tr("budget.line_base"));
        case LineKind::DomainPoints: return domain_title(ui, rules, rules.domains[std::size_t(line.subject)]);
        case LineKind::InformalSupport: return std::string(ui.tr("budget.line_informal"));
        case LineKind::Band: return std::string(ui.tr("budget.line_band"));
        case LineKind::Rule: return std::string(rule_words(ui, rules, rules.rules[std::size_t(line.subject)]));
        case LineKind::Rounding: return std::string(ui.tr("budget.line_rounding"));
    }
    return {};
}

std::string_view line_picture(const Ui& ui, const IndicativeBudget& b, const ExplanationLine& line) {
    switch (line.kind) {
        case LineKind::Base: return picture_for(ui, "budget.line_base");
        case LineKind::DomainPoints: return picture_for(ui, "domain." + b.rules->domains[std::size_t(line.subject)].id);
        case LineKind::InformalSupport: return picture_for(ui, "budget.line_informal");
        default: return {};
    }
}

std::vector<ChartRow> money_chart_rows(const Ui& ui, const IndicativeBudget& b) {
    std::vector<ChartRow> rows(b.domains.size());
    std::vector<Money> added(b.domains.size()), taken(b.domains.size());
    for (const ExplanationLine& line : b.explanation) {
        if (line.subject < 0 || std::size_t(line.subject) >= rows.size()) continue;
        if (line.kind == LineKind::DomainPoints) added[std::size_t(line.subject)] += line.amount;
        else if (line.kind == LineKind::InformalSupport) taken[std::size_t(line.subject)] = taken[std::size_t(line.subject)] - line.amount;
    }
    for (std::size_t d = 0; d < rows.size(); ++d) {
        ChartRow& row = rows[d];
        row.label = domain_title(ui, *b.rules, b.rules->domains[d]);
        const Money kept = added[d] - taken[d];
        row.counted = double(kept.pence());
        row.not_counted = double(taken[d].pence());
        row.figures = kept.to_string();
        if (taken[d] != Money{}) row.figures += " " + ui.trf("budget.chart_taken_away", {{"amount", taken[d].to_string()}});
    }
    return rows;
}

std::vector<ChartRow> points_chart_rows(const Ui& ui, const IndicativeBudget& b) {
    std::vector<ChartRow> rows;
    for (std::size_t d = 0; d < b.domains.size(); ++d) {
        const DomainResult& r = b.domains[d];
        ChartRow row;
        row.label = domain_title(ui, *b.rules, b.rules->domains[d]);
        row.counted = as_double(r.points);
        row.not_counted = as_double(r.raw_points - r.points);
        row.figures = ui.trf("budget.chart_points", {{"points", points_text(r.raw_points)}});
        if (r.points != r.raw_points)
            row.figures += " " + ui.trf("budget.chart_not_counted", {{"points", points_text(r.raw_points - r.points)}});
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace openras::kiosk
