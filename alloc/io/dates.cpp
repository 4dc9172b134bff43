#include "alloc/io/dates.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/local_time/local_time.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include <cctype>
#include <cstdio>

namespace openras {

boost::gregorian::date parse_iso_date(std::string_view text, const SourceLocation& where) {
    auto fail = [&](const std::string& why) -> boost::gregorian::date {
        throw OpenRasError(Error{ErrorCode::InvalidDate, "\"" + std::string(text) + "\" " + why, where});
    };
    bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
    for (std::size_t i = 0; shaped && i < text.size(); ++i)
        if (i != 4 && i != 7) shaped = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    if (!shaped) return fail("is not a date written as YYYY-MM-DD");
    // Read digit by digit and made by boost's constructor, which checks the year, month and day
    // as its own reader does: that reader goes through a stream, and batches read a date a line.
    const auto number = [&](std::size_t from, std::size_t digits) {
        int value = 0;
        for (std::size_t i = from; i < from + digits; ++i) value = value * 10 + (text[i] - '0');
        return value;
    };
    try {
        return boost::gregorian::date(boost::gregorian::greg_year(number(0, 4)),
                                      boost::gregorian::greg_month(number(5, 2)),
                                      boost::gregorian::greg_day(number(8, 2)));
    } catch (const boost::gregorian::bad_year&) {
        return fail("is outside the years OpenRAS can handle (1400 to 9999)");
    } catch (const std::exception&) {
        return fail("is not a real date");
    }
}

std::string iso_date(const boost::gregorian::date& day) {
    if (day.is_special()) return boost::gregorian::to_iso_extended_string(day);  // "not-a-date-time" and the like
    // Written digit by digit: boost's writer goes through a stream, and budgets by the thousand
    // each write a date or two. Boost's dates run from 1400 to 9999, so the year has four digits.
    const boost::gregorian::date::ymd_type ymd = day.year_month_day();
    const int year = ymd.year, month = ymd.month, date = ymd.day;
    const char text[10] = {char('0' + year / 1000),     char('0' + year / 100 % 10), char('0' + year / 10 % 10),
                           char('0' + year % 10),       '-',                         char('0' + month / 10),
                           char('0' + month % 10),      '-',                         char('0' + date / 10),
                           char('0' + date % 10)};
    return std::string(text, sizeof text);
}

std::string long_date(const boost::gregorian::date& day) {
    static const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    return std::to_string(int(day.day())) + " " + months[day.month() - 1] + " " + std::to_string(int(day.year()));
}

std::optional<boost::posix_time::ptime> uk_local(const std::string& recorded_at) {
    if (recorded_at.size() != 20 || recorded_at[10] != 'T' || recorded_at[19] != 'Z') return std::nullopt;
    try {
        const boost::posix_time::ptime utc =
            boost::posix_time::time_from_string(recorded_at.substr(0, 10) + " " + recorded_at.substr(11, 8));
        if (utc.is_special()) return std::nullopt;
        // The UK's rule since 1996: GMT, and BST (+1) from 01:00 UTC on the last Sunday of March
        // to 01:00 UTC on the last Sunday of October.
        static const boost::local_time::time_zone_ptr uk(
            new boost::local_time::posix_time_zone("GMT0BST,M3.5.0/1,M10.5.0/2"));
        return boost::local_time::local_date_time(utc, uk).local_time();
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::string hours_minutes(const boost::posix_time::ptime& time) {
    char clock[32];
    std::snprintf(clock, sizeof clock, "%02d:%02d", int(time.time_of_day().hours()), int(time.time_of_day().minutes()));
    return clock;
}

std::string uk_local_time(const std::string& recorded_at) {
    const std::optional<boost::posix_time::ptime> local = uk_local(recorded_at);
    if (!local) return recorded_at;
    return long_date(local->date()) + ", " + hours_minutes(*local);
}

}  // namespace openras
