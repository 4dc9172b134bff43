// How a support line reads: its title and its terms ("10 hours a week × £14.50 an hour").
#include "alloc/io/dates.hpp"
#include "alloc/report/line_description.hpp"
#include "alloc/plan/plan_report.hpp"

namespace openras {
namespace {

constexpr std::string_view kSingular[] = {"hour", "session", "night", "item"};
constexpr std::string_view kEach[] = {"an hour", "a session", "a night", "an item"};
constexpr std::string_view kDayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

std::string listed_days(std::uint8_t weekdays) {
    std::vector<std::string_view> days;
    for (int d : {1, 2, 3, 4, 5, 6, 0})  // Monday first, as people list a week
        if (weekdays >> d & 1) days.push_back(kDayNames[d]);
    std::string out;
    for (std::size_t i = 0; i < days.size(); ++i)
        out += std::string(i == 0 ? "" : i + 1 == days.size() ? " and " : ", ") + std::string(days[i]);
    return out;
}

std::string how_often(const SupportLine& line) {
    switch (*line.frequency) {
        case Frequency::Weekly: return " a week";
        case Frequency::Monthly: return " a month";
        case Frequency::OnDays: return line.weekdays ? " every " + listed_days(line.weekdays) : " on days not given";
        case Frequency::Once: return line.once_on ? " on " + long_date(*line.once_on) : " once, on a date not given";
    }
    return {};
}

}  // namespace

std::string support_line_title(const SupportLine& line, std::size_t index) {
    static constexpr std::string_view kinds[] = {"Personal assistant", "Agency care", "Day activity", "Short break",
                                                 "Equipment", "One-off purchase", "Other"};
    const std::string kind = line.kind ? std::string(kinds[std::size_t(*line.kind)]) : std::string{};
    const bool described = is_given(line.description);
    if (kind.empty() && !described) return "Line " + std::to_string(index + 1);
    if (kind.empty()) return line.description;
    return described ? kind + ": " + line.description : kind;
}

std::string support_line_terms(const SupportLine& line) {
    std::string out;
    if (line.quantity && line.unit) {
        const std::size_t unit = std::size_t(*line.unit);
        out = points_text(*line.quantity) + " " +
              std::string(*line.quantity == Rational(1) ? kSingular[unit] : kUnitNames[unit]);
    } else if (line.quantity) {
        out = points_text(*line.quantity);
    } else if (line.unit) {
        out = "? " + std::string(kUnitNames[std::size_t(*line.unit)]);  // the quantity is not given yet
    }
    if (line.frequency) out += how_often(line);
    if (line.unit_cost) {
        out += (out.empty() ? "" : " \u00d7 ") + line.unit_cost->to_string();
        if (line.unit) out += " " + std::string(kEach[std::size_t(*line.unit)]);
    }
    return out;
}

}  // namespace openras
