#pragma once
// Costing a support plan exactly over its dates.
//
// What a line costs (docs/support-plans.md says the same for people). Only the days that lie
// both in the line's own dates and in the plan period are costed. Within them:
//   weekly   quantity × unit cost for each week, paid by the day: a day costs one seventh of a
//            week, so a part week costs its share. 10 days of a £70-a-week line cost £100.
//   monthly  quantity × unit cost for each calendar month, paid by the day of THAT month: a
//            whole calendar month costs exactly one month's amount whatever its length, and a
//            part month costs days / days in that month. 14 days of February 2027 cost half a
//            month; 14 days of March cost 14/31 of one.
//   on_days  quantity × unit cost on every date that falls on one of the named weekdays.
//   once     quantity × unit cost on the one date, if it lies in the costed days.
// Every amount is an exact fraction of a penny until the end (no floating point anywhere), so
// costs add up exactly over days: costing a period in two parts gives exactly the cost of the
// whole (plan_property_test proves it). The fractions are held as ScaledExact, whole counts of
// a fixed small part of a penny, so that costing adds integers; quantities therefore have at
// most two decimal places (the plan file insists on it too).
//
// Rounding to the penny, by the rule set's rule (half-up when the rule set says so):
//   - each line's cost over the plan is its exact cost rounded once;
//   - the plan total is the sum of the exact line costs rounded once; what the rounded lines
//     leave over is the `rounding` row, so lines + rounding = total, to the penny;
//   - by financial year (1 April to 31 March), figures are rounded on the running total: a
//     year's figure is the rounded cost up to the end of that year minus the rounded cost up to
//     the end of the year before. So each line's years add up to the line, the plan's years to
//     the plan total, and each year's lines plus that year's rounding row to the year's total;
//   - a week is the exact total × 7 / days in the plan; a year is that exact weekly amount ×
//     the rule set's weeks_per_year (as budgets are), each rounded once.
// Guarantees: exact costs are additive over any split of the period at a day boundary; rounded
// totals of two parts differ from the rounded whole by at most a penny, and not at all when the
// first part's exact cost is a whole number of pence.
#include "alloc/plan/scaled_exact.hpp"
#include "alloc/plan/support_plan.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace openras {

struct CostingRules {
    RoundingRule rounding = RoundingRule::HalfUp;
    Rational weeks_per_year{52};
};

// A financial year as far as it overlaps the plan: 1 April `first_year` to 31 March after.
struct FinancialYear {
    int first_year = 0;
    Date first, last;  // clipped to the plan period
    int days() const { return int((last - first).days()) + 1; }
    std::string label() const;  // "2026/27"
};

struct LineCosting {
    bool costed = false;           // unit cost, quantity, unit and frequency (with days/date) given
    std::string_view missing;      // the first costing field not given: "unit_cost", ..., or ""
    std::optional<Date> first, last;  // the days costed; none when the line misses the plan
    bool inside_plan = true;       // the line's own dates (or date) lie inside the plan period
    ScaledExact units;             // units bought over the costed days
    ScaledExact exact;             // pence
    Money cost;                    // rounded
    Money weekly;                  // exact × 7 / plan days, rounded
    std::vector<ScaledExact> exact_by_year;  // per PlanCosting::years
    std::vector<Money> by_year;           // rounded on the running total
};

struct PlanCosting {
    CostingRules rules;
    Date start, end;
    int days = 0;
    std::vector<FinancialYear> years;
    std::vector<LineCosting> lines;
    ScaledExact exact_total;
    Money total;
    Money rounding;                  // total − the sum of the lines' costs
    std::vector<Money> year_totals;  // rounded on the running total; they add up to `total`
    std::vector<Money> year_rounding;  // year total − the sum of the lines' figures that year
    Money weekly;
    Money annual;
};

// Fills `out`, reusing its storage. Throws OpenRasError(InvalidValue) for a quantity with more
// than two decimal places, and OpenRasError(Evaluation) if a rounded figure outgrows 64 bits.
void cost_plan(const SupportPlan& plan, const CostingRules& rules, PlanCosting& out);
PlanCosting cost_plan(const SupportPlan& plan, const CostingRules& rules);

// Units a costed line buys on the days first..last (both included; first <= last).
ScaledExact line_units(const SupportLine& line, Date first, Date last);

// The financial years (1 April to 31 March) that the days first..last touch, clipped to them.
std::vector<FinancialYear> financial_years(Date first, Date last);

// The first costing field a line leaves out, or "" when it can be costed.
std::string_view missing_cost_field(const SupportLine& line);

}  // namespace openras
