#pragma once
// Dates in the language shown: "18 May 2026", "18 Mai 2026", "18 maja 2026", by ICU's long
// date form for the language (the month's name, and its case where the language needs one).
// English stays exactly as the rest of OpenRAS writes it (alloc/io/dates.hpp).
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <string>
#include <string_view>

namespace openras {

std::string long_date_in(std::string_view language, const boost::gregorian::date& day);
// A moment recorded in UTC as the UK's clocks showed it, in the language: "1 Mai 2026, 10:30".
std::string uk_local_time_in(std::string_view language, const std::string& recorded_at);

}  // namespace openras
