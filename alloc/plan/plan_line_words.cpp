// How a support line reads: its title and its terms ("10 hours a week × £14.50 an hour"), in
// the report's language (alloc/report/report_words.hpp).
#include "alloc/io/dates.hpp"
#include "alloc/io/dates_in.hpp"
#include "alloc/report/line_description.hpp"
#include "alloc/plan/plan_report.hpp"

namespace openras {
namespace {

constexpr std::string_view kKindKeys[] = {"support.personal_assistant", "support.agency_care", "support.day_activity",
                                          "support.short_break",        "support.equipment",   "support.one_off",
                                          "support.other"};
constexpr std::string_view kUnitKeys[] = {"support.hours", "support.sessions", "support.nights", "support.items"};
constexpr std::string_view kEachKeys[] = {"support.an_hour", "support.a_session", "support.a_night", "support.an_item"};
constexpr std::string_view kDayKeys[] = {"support.sunday",   "support.monday", "support.tuesday", "support.wednesday",
                                         "support.thursday", "support.friday", "support.saturday"};

std::string date_in(const Date& day, const ReportWords& words) {
    return words.language() == "en-GB" ? long_date(day) : long_date_in(words.language(), day);
}

std::string listed_days(std::uint8_t weekdays, const ReportWords& words) {
    std::vector<std::string> days;
    for (int d : {1, 2, 3, 4, 5, 6, 0})  // Monday first, as people list a week
        if (weekdays >> d & 1) days.push_back(words.get(kDayKeys[d]));
    std::string out;
    for (std::size_t i = 0; i < days.size(); ++i)
        out += std::string(i == 0 ? "" : i + 1 == days.size() ? " " + words.get("support.and") + " " : ", ") + days[i];
    return out;
}

std::string how_often(const SupportLine& line, const ReportWords& words) {
    switch (*line.frequency) {
        case Frequency::Weekly: return " " + words.get("support.a_week");
        case Frequency::Monthly: return " " + words.get("support.a_month");
        case Frequency::OnDays:
            return " " + (line.weekdays ? words.format("support.every", {{"days", listed_days(line.weekdays, words)}})
                                        : words.get("support.days_not_given"));
        case Frequency::Once:
            return " " + (line.once_on ? words.format("support.on", {{"date", date_in(*line.once_on, words)}})
                                       : words.get("support.once_no_date"));
    }
    return {};
}

}  // namespace

std::string support_line_title(const SupportLine& line, std::size_t index, const ReportWords& words) {
    const std::string kind = line.kind ? words.get(kKindKeys[std::size_t(*line.kind)]) : std::string{};
    const bool described = is_given(line.description);
    if (kind.empty() && !described) return words.format("support.line", {{"number", std::to_string(index + 1)}});
    if (kind.empty()) return line.description;
    return described ? kind + ": " + line.description : kind;
}

std::string support_line_terms(const SupportLine& line, const ReportWords& words) {
    std::string out;
    if (line.quantity && line.unit) {
        out = words.count(kUnitKeys[std::size_t(*line.unit)], *line.quantity, points_text(*line.quantity));
    } else if (line.quantity) {
        out = points_text(*line.quantity);
    } else if (line.unit) {
        out = words.count(kUnitKeys[std::size_t(*line.unit)], Rational(2), "?");  // the quantity is not given yet
    }
    if (line.frequency) out += how_often(line, words);
    if (line.unit_cost) {
        out += (out.empty() ? "" : " \u00d7 ") + line.unit_cost->to_string();
        if (line.unit) out += " " + words.get(kEachKeys[std::size_t(*line.unit)]);
    }
    return out;
}

}  // namespace openras
