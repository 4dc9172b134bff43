#include "alloc/io/dates_in.hpp"

#include "alloc/io/dates.hpp"

#include <unicode/datefmt.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <memory>

namespace openras {

std::string long_date_in(std::string_view language, const boost::gregorian::date& day) {
    if (language.rfind("en", 0) == 0 || day.is_special()) return long_date(day);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(std::string(language), status);
    std::unique_ptr<icu::DateFormat> format(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale));
    if (U_FAILURE(status) || !format) return long_date(day);
    format->setTimeZone(*icu::TimeZone::getGMT());
    // Noon UTC on the day, in milliseconds since 1970: the same day in any time zone near the UK.
    const long long days = (day - boost::gregorian::date(1970, 1, 1)).days();
    const UDate moment = UDate(days * 86400000LL + 12LL * 3600000LL);
    icu::UnicodeString text;
    format->format(moment, text);
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string uk_local_time_in(std::string_view language, const std::string& recorded_at) {
    if (language.rfind("en", 0) == 0) return uk_local_time(recorded_at);
    const auto local = uk_local(recorded_at);
    if (!local) return recorded_at;
    return long_date_in(language, local->date()) + ", " + hours_minutes(*local);
}

}  // namespace openras
