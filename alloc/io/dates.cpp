#include "alloc/io/dates.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cctype>

namespace openras {

boost::gregorian::date parse_iso_date(std::string_view text, const SourceLocation& where) {
    auto fail = [&](const std::string& why) -> boost::gregorian::date {
        throw OpenRasError(Error{ErrorCode::InvalidDate, "\"" + std::string(text) + "\" " + why, where});
    };
    bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
    for (std::size_t i = 0; shaped && i < text.size(); ++i)
        if (i != 4 && i != 7) shaped = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    if (!shaped) return fail("is not a date written as YYYY-MM-DD");
    try {
        return boost::gregorian::from_simple_string(std::string(text));
    } catch (const boost::gregorian::bad_year&) {
        return fail("is outside the years OpenRAS can handle (1400 to 9999)");
    } catch (const std::exception&) {
        return fail("is not a real date");
    }
}

std::string iso_date(const boost::gregorian::date& day) { return boost::gregorian::to_iso_extended_string(day); }

std::string long_date(const boost::gregorian::date& day) {
    static const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    return std::to_string(int(day.day())) + " " + months[day.month() - 1] + " " + std::to_string(int(day.year()));
}

}  // namespace openras
