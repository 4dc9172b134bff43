// The plan's costing and check as a stable JSON document (the key order is in plan_report.hpp).
#include "alloc/budget/budget_report.hpp"
#include "alloc/io/dates.hpp"
#include "alloc/plan/plan_report.hpp"

namespace openras {
namespace {

using Json = nlohmann::ordered_json;

Json date_or_null(const std::optional<Date>& day) { return day ? Json(iso_date(*day)) : Json(nullptr); }

Json header_json(const SupportPlan& plan) {
    Json doc;
    doc["format"] = 1;
    doc["person"] = plan.person;
    doc["plan_period"] = {{"start", iso_date(plan.start)}, {"end", iso_date(plan.end)}, {"days", plan.days()}};
    return doc;
}

Json line_json(const SupportPlan& plan, const PlanCosting& c, std::size_t i) {
    const SupportLine& line = plan.lines[i];
    const LineCosting& cost = c.lines[i];
    Json years = Json::array();
    for (std::size_t y = 0; y < c.years.size(); ++y)
        years.push_back({{"year", c.years[y].label()}, {"pence", cost.by_year[y].pence()}});
    return {{"line", i + 1},
            {"field", "lines[" + std::to_string(i) + "]"},
            {"kind", line.kind ? Json(std::string(kSupportKindNames[std::size_t(*line.kind)])) : Json(nullptr)},
            {"description", line.description},
            {"provider", line.provider},
            {"costed", cost.costed},
            {"missing", cost.costed ? Json(nullptr) : Json(std::string(cost.missing))},
            {"first", date_or_null(cost.first)},
            {"last", date_or_null(cost.last)},
            {"inside_plan", cost.inside_plan},
            {"units", cost.units.rational().to_decimal_string()},
            {"exact_pence", cost.exact.rational().to_decimal_string()},
            {"pence", cost.cost.pence()},
            {"weekly_pence", cost.weekly.pence()},
            {"by_year", years}};
}

Json costing_json(const SupportPlan& plan, const PlanCosting& c, const RuleSet& rules) {
    Json doc;
    doc["costed_with"] = {{"rule_set", rules.header.id},
                          {"version", rules.header.version},
                          {"hash", rules.hash},
                          {"rounding", rounding_rule_name(c.rules.rounding)},
                          {"weeks_per_year", c.rules.weeks_per_year.to_decimal_string()}};
    Json& lines = doc["lines"] = Json::array();
    for (std::size_t i = 0; i < plan.lines.size(); ++i) lines.push_back(line_json(plan, c, i));
    doc["rounding_pence"] = c.rounding.pence();
    doc["total_pence"] = c.total.pence();
    doc["weekly_pence"] = c.weekly.pence();
    doc["annual_pence"] = c.annual.pence();
    Json& years = doc["years"] = Json::array();
    for (std::size_t y = 0; y < c.years.size(); ++y)
        years.push_back({{"year", c.years[y].label()},
                         {"first", iso_date(c.years[y].first)},
                         {"last", iso_date(c.years[y].last)},
                         {"days", c.years[y].days()},
                         {"pence", c.year_totals[y].pence()},
                         {"rounding_pence", c.year_rounding[y].pence()}});
    return doc;
}

Json finding_json(const PlanFinding& f) {
    Json figures = Json::array();
    for (const auto& [name, value] : f.figures) figures.push_back({{"name", name}, {"value", value}});
    return {{"severity", severity_name(f.severity)},
            {"rule", f.rule},
            {"field", f.field},
            {"message", f.message},
            {"figures", figures},
            {"citation", {{"text", f.citation.text}, {"url", f.citation.url}}},
            {"refer_to_panel", f.refer_to_panel}};
}

}  // namespace

Json plan_cost_json(const SupportPlan& plan, const PlanCosting& costing, const RuleSet& rules) {
    Json doc = header_json(plan);
    const Json costs = costing_json(plan, costing, rules);
    for (auto item = costs.begin(); item != costs.end(); ++item) doc[item.key()] = item.value();
    return doc;
}

Json plan_check_json(const SupportPlan& plan, const PlanCheckResult& r, const RuleSet& rules) {
    Json doc = header_json(plan);
    doc["rule_set"] = rule_set_json(rules);
    doc["budget"] = {{"known", r.budget.known},
                     {"origin", r.budget.origin},
                     {"weekly_pence", r.budget.weekly.pence()},
                     {"for_period_pence", r.budget_for_period.pence()},
                     {"difference_pence", r.difference.pence()}};
    doc["costing"] = costing_json(plan, r.costing, rules);
    doc["can_be_confirmed"] = r.can_be_confirmed();
    doc["refer_to_panel"] = r.refer_to_panel;
    doc["counts"] = {{"blocker", r.blockers}, {"warning", r.warnings}, {"information", r.information}};
    Json& findings = doc["findings"] = Json::array();
    for (const PlanFinding& f : r.findings) findings.push_back(finding_json(f));
    return doc;
}

}  // namespace openras
