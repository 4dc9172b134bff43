#pragma once
// Dates as people and files write them. Parsing goes through Boost.Date_Time, never by hand;
// this only insists on the one written form, YYYY-MM-DD, and turns Boost's exceptions into a
// message that names the field.
#include "rules/error.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace openras {

// Throws OpenRasError(InvalidDate) naming `where` for "2026-02-30", "1/5/2026" and the like.
boost::gregorian::date parse_iso_date(std::string_view text, const SourceLocation& where);
std::string iso_date(const boost::gregorian::date& day);        // "2026-05-01"
std::string long_date(const boost::gregorian::date& day);       // "1 May 2026"
// A moment recorded in UTC ("2026-07-01T09:30:00Z") as the UK's clocks showed it: "1 July
// 2026, 10:30" (British Summer Time from the last Sunday of March to the last Sunday of
// October, 01:00 UTC). Text that is not such a moment is returned as it is.
std::string uk_local_time(const std::string& recorded_at);
// "10:30": the hours and minutes of a time.
std::string hours_minutes(const boost::posix_time::ptime& time);
// The same time as UK local time; none when `recorded_at` is not a recorded UTC time.
std::optional<boost::posix_time::ptime> uk_local(const std::string& recorded_at);

}  // namespace openras
