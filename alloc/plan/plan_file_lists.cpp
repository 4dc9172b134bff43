// Reads the lists in a support plan file: outcomes, support lines, risks, actions and reviews.
#include "alloc/plan/plan_file_parts.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cctype>

namespace openras::plan_file {
namespace {

// "Monday", "mon", "MONDAY" → Boost's weekday number (Sunday = 0).
std::optional<int> weekday_number(std::string text) {
    static constexpr std::string_view names[] = {"sunday",   "monday", "tuesday", "wednesday",
                                                 "thursday", "friday", "saturday"};
    for (char& c : text) c = char(std::tolower(static_cast<unsigned char>(c)));
    for (int d = 0; d < 7; ++d)
        if (text == names[d] || (text.size() == 3 && names[d].substr(0, 3) == text)) return d;
    return std::nullopt;
}

void read_weekdays(PlanFields& f, SupportLine& line) {
    const std::vector<std::string> days = f.texts("days");
    for (std::size_t i = 0; i < days.size(); ++i) {
        const auto day = weekday_number(days[i]);
        if (!day) {
            f.problem("days", ErrorCode::InvalidValue,
                      "\"" + days[i] + "\" is not a day of the week; write for example \"Monday\" or \"Mon\"");
            continue;
        }
        if (line.weekdays >> *day & 1)
            f.problem("days", ErrorCode::Duplicate, "\"" + days[i] + "\" is named twice");
        line.weekdays = std::uint8_t(line.weekdays | 1 << *day);
    }
}

// The days/date/start/end that go with a line's frequency, and nothing that does not.
void read_line_dates(PlanFields& f, SupportLine& line) {
    const bool once = line.frequency == Frequency::Once;
    read_weekdays(f, line);
    line.once_on = f.date("date");
    line.start = f.date("start");
    line.end = f.date("end");
    if (f.has("days") && line.frequency != Frequency::OnDays)
        f.problem("days", ErrorCode::InvalidValue, "`days` goes with frequency = \"on_days\" only");
    if (f.has("date") && !once)
        f.problem("date", ErrorCode::InvalidValue,
                  "`date` goes with frequency = \"once\" only; a line that goes on has `start` and `end`");
    for (const char* key : {"start", "end"})
        if (f.has(key) && once)
            f.problem(key, ErrorCode::InvalidValue, "a one-off line has a `date`, not `start` and `end`");
    if (line.start && line.end && *line.end < *line.start)
        f.problem("end", ErrorCode::InvalidValue, "the line ends before it starts");
}

void read_line_outcomes(Reader& r, PlanFields& f, SupportLine& line) {
    for (const std::string& id : f.texts("outcomes")) {
        const auto& outcomes = r.out.outcomes;
        const auto found = std::find_if(outcomes.begin(), outcomes.end(), [&](const Outcome& o) { return o.id == id; });
        if (found == outcomes.end()) {
            f.problem("outcomes", ErrorCode::UnknownName, "no outcome has the id \"" + id + "\"");
            continue;
        }
        const int index = int(found - outcomes.begin());
        if (std::find(line.outcomes.begin(), line.outcomes.end(), index) == line.outcomes.end())
            line.outcomes.push_back(index);
    }
}

SourceLocation where_of(const PlanFields& f) {
    SourceLocation where = f.at("");
    where.field = f.path();
    return where;
}

void read_line(Reader& r, PlanFields& f) {
    f.reject_unknown_keys({"kind", "description", "provider", "unit_cost", "quantity", "unit", "frequency", "days",
                           "date", "start", "end", "outcomes", "held_as", "option", "provider_close_relative",
                           "provider_lives_with_person", "council_agreement"});
    SupportLine line;
    line.where = where_of(f);
    if (auto kind = f.choice("kind", kSupportKindNames)) line.kind = SupportKind(*kind);
    line.description = f.text("description");
    line.provider = f.text("provider");
    line.unit_cost = f.money("unit_cost");
    line.quantity = f.quantity("quantity");
    if (auto unit = f.choice("unit", kUnitNames)) line.unit = Unit(*unit);
    if (auto frequency = f.choice("frequency", kFrequencyNames)) line.frequency = Frequency(*frequency);
    read_line_dates(f, line);
    read_line_outcomes(r, f, line);
    if (auto held = f.choice("held_as", kMoneyHeldAsNames)) line.held_as = MoneyHeldAs(*held);
    line.option = f.text("option");
    line.provider_close_relative = f.flag("provider_close_relative");
    line.provider_lives_with_person = f.flag("provider_lives_with_person");
    line.council_agreement = f.text("council_agreement");
    r.out.lines.push_back(std::move(line));
}

}  // namespace

void read_outcomes(Reader& r, const toml::table& document) {
    r.for_each(document, "outcomes", [&](PlanFields& f) {
        f.reject_unknown_keys({"id", "title", "met_without_budget"});
        Outcome outcome{f.text("id"), f.text("title"), f.text("met_without_budget"), where_of(f)};
        for (const Outcome& other : r.out.outcomes)
            if (is_given(outcome.id) && other.id == outcome.id)
                f.problem("id", ErrorCode::Duplicate, "two outcomes have the id \"" + outcome.id + "\"");
        r.out.outcomes.push_back(std::move(outcome));
    });
}

void read_lines(Reader& r, const toml::table& document) {
    r.for_each(document, "lines", [&](PlanFields& f) { read_line(r, f); });
}

void read_risks(Reader& r, const toml::table& document) {
    r.for_each(document, "risks", [&](PlanFields& f) {
        f.reject_unknown_keys({"description", "mitigation"});
        r.out.risks.push_back({f.text("description"), f.text("mitigation"), where_of(f)});
    });
}

void read_actions(Reader& r, const toml::table& document) {
    r.for_each(document, "actions", [&](PlanFields& f) {
        f.reject_unknown_keys({"what", "who", "by"});
        r.out.actions.push_back({f.text("what"), f.text("who"), f.date("by"), where_of(f)});
    });
}

void read_reviews(Reader& r, const toml::table& document) {
    r.for_each(document, "reviews", [&](PlanFields& f) {
        f.reject_unknown_keys({"date", "note"});
        const auto day = f.date("date", true);
        r.out.reviews.push_back({day.value_or(Date()), f.text("note"), where_of(f)});
    });
}

}  // namespace openras::plan_file
