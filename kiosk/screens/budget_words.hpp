#pragma once
// The indicative budget for people: what each amount is for, in money ("Meeting personal care
// needs: £102.40", "Your family and friends help with some of this: −£25.60"), and the charts
// that draw the same figures. Points, rates and shares are for the "How it was worked out" page.
// The charts are made from the explanation lines themselves, so a bar and its lines always agree.
#include "kiosk/ui/bar_chart.hpp"
#include "kiosk/ui/ui.hpp"
#include "rules/indicative_budget.hpp"

#include <string>
#include <vector>

namespace openras::kiosk {

// A line's words for people: the part of life it is for, or what it is ("A starting amount
// that everyone gets"). Never points, rates or percentages.
// Its Easy Read picture: the part of life it is for, the money everyone gets, family's help.
std::string_view line_picture(const Ui& ui, const IndicativeBudget& b, const ExplanationLine& line);
std::string line_for_people(const Ui& ui, const IndicativeBudget& b, const ExplanationLine& line);

// One row per domain: the money its points add after family and friends' help (dark), and that
// help (pale), in pence; the figures written in money.
std::vector<ChartRow> money_chart_rows(const Ui& ui, const IndicativeBudget& b);
// One row per domain: the points that count (dark) and those not counted (pale); the figures
// say all the points and how many are not counted, as the explanation lines do.
std::vector<ChartRow> points_chart_rows(const Ui& ui, const IndicativeBudget& b);

}  // namespace openras::kiosk
