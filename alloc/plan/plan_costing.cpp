#include "alloc/plan/plan_costing.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace openras {
namespace {

using boost::gregorian::gregorian_calendar;

constexpr std::int64_t kMonthParts = 755160;  // lcm(28, 29, 30, 31): a day of any month is whole parts
constexpr std::int64_t kHundredths = 100;     // quantities have at most two decimal places

struct Ymd {
    int year, month, day;
};

// Boost works the year, month and day out from a day number on every call, so once per date.
Ymd ymd_of(const Date& day) {
    const auto parts = day.year_month_day();
    return {int(parts.year), int(parts.month), int(parts.day)};
}

int month_length(int year, int month) { return gregorian_calendar::end_of_month_day(year, month); }

// Calendar months in first..last, each counted as days in it / days in that month, in 1/755,160
// parts of a month.
std::int64_t month_parts(const Date& first, const Date& last) {
    const Ymd a = ymd_of(first), b = ymd_of(last);
    const int first_month = a.year * 12 + a.month, last_month = b.year * 12 + b.month;
    const int a_length = month_length(a.year, a.month);
    if (first_month == last_month) return std::int64_t(b.day - a.day + 1) * (kMonthParts / a_length);
    const std::int64_t head = std::int64_t(a_length - a.day + 1) * (kMonthParts / a_length);
    const std::int64_t tail = std::int64_t(b.day) * (kMonthParts / month_length(b.year, b.month));
    return head + std::int64_t(last_month - first_month - 1) * kMonthParts + tail;
}

// Dates in first..last that fall on a weekday in `weekdays` (bit 0 = Sunday, as Boost counts).
std::int64_t matching_days(const Date& first, const Date& last, std::uint8_t weekdays) {
    const std::int64_t days = (last - first).days() + 1;
    // Boost's day_of_week() works out the year, month and day first; the Julian day number
    // gives the weekday directly (day number 2451545, 1 January 2000, was a Saturday, 6).
    const int first_weekday = int((first.day_number() + 1) % 7);
    std::int64_t count = 0;
    for (int weekday = 0; weekday < 7; ++weekday) {
        if ((weekdays >> weekday & 1) == 0) continue;
        const int offset = (weekday - first_weekday + 7) % 7;  // days until the first such date
        count += days / 7 + (offset < days % 7 ? 1 : 0);
    }
    return count;
}

// The quantity in hundredths.
std::int64_t hundredths(const Rational& quantity) {
    const Rational scaled = quantity * Rational(kHundredths);
    if (!scaled.is_integer())
        throw OpenRasError(Error{ErrorCode::InvalidValue,
                                 "a quantity has at most two decimal places, not " + quantity.to_decimal_string(), {}});
    return scaled.numerator();
}

// The days a line is costed on: its own dates (or its one date) within the plan.
bool costed_days(const SupportLine& line, const SupportPlan& plan, LineCosting& out) {
    Date from = line.start.value_or(plan.start);
    Date to = line.end.value_or(plan.end);
    if (line.frequency == Frequency::Once && line.once_on) from = to = *line.once_on;
    out.inside_plan = from >= plan.start && to <= plan.end;
    from = std::max(from, plan.start);
    to = std::min(to, plan.end);
    if (from > to) return false;
    out.first = from;
    out.last = to;
    return true;
}

// Figures rounded on the running total: each is round(sum so far) − round(sum before), so they
// add up to the rounded whole.
void round_running(const std::vector<ScaledExact>& exact, RoundingRule rule, std::vector<Money>& out) {
    out.resize(exact.size());
    ScaledExact sum;
    Money before;
    for (std::size_t i = 0; i < exact.size(); ++i) {
        sum += exact[i];
        const Money upto = Money::from_pence(sum.round(rule));
        out[i] = upto - before;
        before = upto;
    }
}

void cost_line(const SupportPlan& plan, std::size_t index, PlanCosting& out) {
    const SupportLine& line = plan.lines[index];
    LineCosting& c = out.lines[index];
    c.missing = missing_cost_field(line);
    c.costed = c.missing.empty();
    c.first.reset();
    c.last.reset();
    c.units = c.exact = ScaledExact{};
    c.exact_by_year.assign(out.years.size(), ScaledExact{});
    const bool meets_plan = costed_days(line, plan, c);
    if (c.costed && meets_plan) {
        const std::int64_t unit_pence = line.unit_cost->pence();
        for (std::size_t y = 0; y < out.years.size(); ++y) {
            const Date from = std::max(*c.first, out.years[y].first);
            const Date to = std::min(*c.last, out.years[y].last);
            if (from > to) continue;
            const ScaledExact units = line_units(line, from, to);
            c.units += units;
            c.exact_by_year[y] = units * unit_pence;
            c.exact += c.exact_by_year[y];
        }
    }
    const RoundingRule rule = out.rules.rounding;
    c.cost = Money::from_pence(c.exact.round(rule));
    c.weekly = Money::from_pence(c.exact.round_scaled(7, out.days, rule));
    round_running(c.exact_by_year, rule, c.by_year);
}

void add_up(PlanCosting& out) {
    const RoundingRule rule = out.rules.rounding;
    out.exact_total = ScaledExact{};
    Money line_sum;
    thread_local std::vector<ScaledExact> exact_years;
    exact_years.assign(out.years.size(), ScaledExact{});
    out.year_rounding.assign(out.years.size(), Money{});
    for (const LineCosting& line : out.lines) {
        out.exact_total += line.exact;
        line_sum += line.cost;
        for (std::size_t y = 0; y < out.years.size(); ++y) {
            exact_years[y] += line.exact_by_year[y];
            out.year_rounding[y] = out.year_rounding[y] - line.by_year[y];
        }
    }
    out.total = Money::from_pence(out.exact_total.round(rule));
    out.rounding = out.total - line_sum;
    round_running(exact_years, rule, out.year_totals);
    for (std::size_t y = 0; y < out.years.size(); ++y) out.year_rounding[y] += out.year_totals[y];
    const Rational& weeks = out.rules.weeks_per_year;
    out.weekly = Money::from_pence(out.exact_total.round_scaled(7, out.days, rule));
    out.annual = Money::from_pence(
        out.exact_total.round_scaled(WideInt(7) * weeks.numerator(), WideInt(out.days) * weeks.denominator(), rule));
}

void fill_financial_years(Date first, Date last, std::vector<FinancialYear>& years) {
    years.clear();
    const Ymd a = ymd_of(first), b = ymd_of(last);
    const int from = a.month >= 4 ? a.year : a.year - 1;
    const int to = b.month >= 4 ? b.year : b.year - 1;
    for (int year = from; year <= to; ++year) {
        const Date starts(boost::gregorian::greg_year(year), 4, 1);
        const Date ends(boost::gregorian::greg_year(year + 1), 3, 31);
        years.push_back({year, std::max(first, starts), std::min(last, ends)});
    }
}

}  // namespace

std::string FinancialYear::label() const {
    const int next = (first_year + 1) % 100;
    return std::to_string(first_year) + "/" + (next < 10 ? "0" : "") + std::to_string(next);
}

std::vector<FinancialYear> financial_years(Date first, Date last) {
    std::vector<FinancialYear> years;
    fill_financial_years(first, last, years);
    return years;
}

std::string_view missing_cost_field(const SupportLine& line) {
    if (!line.unit_cost) return "unit_cost";
    if (!line.quantity) return "quantity";
    if (!line.unit) return "unit";
    if (!line.frequency) return "frequency";
    if (*line.frequency == Frequency::OnDays && line.weekdays == 0) return "days";
    if (*line.frequency == Frequency::Once && !line.once_on) return "date";
    return {};
}

// In ScaledExact parts (1/kScale): a hundredth of a unit on one day of a weekly line is
// kScale / 700 parts; a hundredth of a unit over 1/755,160 of a month is 7 parts.
ScaledExact line_units(const SupportLine& line, Date first, Date last) {
    static_assert(ScaledExact::kScale == kHundredths * 7 * kMonthParts);
    const WideInt quantity = hundredths(line.quantity.value_or(Rational(0)));
    constexpr std::int64_t per_hundredth = ScaledExact::kScale / kHundredths;
    switch (line.frequency.value_or(Frequency::Once)) {
        case Frequency::Weekly:
            return ScaledExact::from_parts(quantity * ((last - first).days() + 1) * (per_hundredth / 7));
        case Frequency::Monthly:
            return ScaledExact::from_parts(quantity * month_parts(first, last) * (per_hundredth / kMonthParts));
        case Frequency::OnDays:
            return ScaledExact::from_parts(quantity * matching_days(first, last, line.weekdays) * per_hundredth);
        case Frequency::Once:
            if (line.once_on && *line.once_on >= first && *line.once_on <= last)
                return ScaledExact::from_parts(quantity * per_hundredth);
            return {};
    }
    return {};
}

void cost_plan(const SupportPlan& plan, const CostingRules& rules, PlanCosting& out) {
    out.rules = rules;
    out.start = plan.start;
    out.end = plan.end;
    out.days = plan.days();
    fill_financial_years(plan.start, plan.end, out.years);
    out.lines.resize(plan.lines.size());
    for (std::size_t i = 0; i < plan.lines.size(); ++i) cost_line(plan, i, out);
    add_up(out);
}

PlanCosting cost_plan(const SupportPlan& plan, const CostingRules& rules) {
    PlanCosting out;
    cost_plan(plan, rules, out);
    return out;
}

}  // namespace openras
