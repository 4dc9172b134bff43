// Dates as people and files write them: YYYY-MM-DD only, real days only.
#include "alloc/io/dates.hpp"

#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <string>

namespace openras {
namespace {

using boost::gregorian::date;

const SourceLocation kField{"answers.toml", 3, 8, "assessment.date"};

// The InvalidDate error for `text`, failing the test when it parses.
Error refused(const std::string& text) {
    try {
        const date parsed = parse_iso_date(text, kField);
        ADD_FAILURE() << "\"" << text << "\" was accepted as " << iso_date(parsed);
    } catch (const OpenRasError& e) {
        return e.error();
    }
    return Error{ErrorCode::Syntax, "<accepted>", {}};
}

TEST(Dates, ParsesIsoDates) {
    EXPECT_EQ(parse_iso_date("2026-05-01", kField), date(2026, 5, 1));
    EXPECT_EQ(parse_iso_date("2026-12-31", kField), date(2026, 12, 31));
    EXPECT_EQ(parse_iso_date("2026-01-01", kField), date(2026, 1, 1));
}

TEST(Dates, AcceptsLeapDayInALeapYear) {
    EXPECT_EQ(parse_iso_date("2024-02-29", kField), date(2024, 2, 29));
    EXPECT_EQ(parse_iso_date("2000-02-29", kField), date(2000, 2, 29));  // divisible by 400
}

TEST(Dates, RefusesDaysThatDoNotExist) {
    for (const char* text : {"2026-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
                             "1900-02-29"}) {
        SCOPED_TRACE(text);
        const Error e = refused(text);
        EXPECT_EQ(e.code, ErrorCode::InvalidDate);
        EXPECT_NE(e.message.find("not a real date"), std::string::npos) << e.message;
        EXPECT_NE(e.message.find(text), std::string::npos) << "should quote what was written: " << e.message;
    }
}

TEST(Dates, RefusesEveryOtherWayOfWritingADate) {
    for (const char* text : {"2026-4-1", "01/05/2026", "1/5/2026", "", "2026/05/01", "20260501", " 2026-05-01",
                             "2026-05-01 ", "2026-05-01T00:00", "1 May 2026", "2026-O5-01", "+2026-05-01"}) {
        SCOPED_TRACE(text);
        const Error e = refused(text);
        EXPECT_EQ(e.code, ErrorCode::InvalidDate);
        EXPECT_NE(e.message.find("YYYY-MM-DD"), std::string::npos) << e.message;
    }
}

TEST(Dates, ErrorNamesTheFieldItCameFrom) {
    const Error e = refused("2026-02-30");
    EXPECT_EQ(e.where.file, "answers.toml");
    EXPECT_EQ(e.where.line, 3);
    EXPECT_EQ(e.where.column, 8);
    EXPECT_EQ(e.where.field, "assessment.date");
    EXPECT_EQ(e.to_string(), "answers.toml:3:8: assessment.date: \"2026-02-30\" is not a real date");
}

TEST(Dates, LongDateIsDayMonthNameYear) {
    EXPECT_EQ(long_date(date(2026, 5, 1)), "1 May 2026");  // no leading zero
    EXPECT_EQ(long_date(date(2026, 12, 25)), "25 December 2026");
    EXPECT_EQ(long_date(date(2024, 2, 29)), "29 February 2024");
    EXPECT_EQ(long_date(date(2027, 1, 9)), "9 January 2027");
}

TEST(Dates, IsoDateRoundTrips) {
    EXPECT_EQ(iso_date(date(2026, 5, 1)), "2026-05-01");
    for (const char* text : {"2024-02-29", "2026-04-01", "2026-12-31"})
        EXPECT_EQ(iso_date(parse_iso_date(text, kField)), text);
}

}  // namespace
}  // namespace openras

namespace openras {
namespace {

TEST(UkLocalTime, WinterIsGmtAndSummerIsAnHourAhead) {
    EXPECT_EQ(uk_local_time("2026-12-06T21:57:18Z"), "6 December 2026, 21:57");
    EXPECT_EQ(uk_local_time("2026-07-01T09:30:00Z"), "1 July 2026, 10:30");
    EXPECT_EQ(uk_local_time("2026-07-01T23:30:00Z"), "2 July 2026, 00:30");  // the next day in the UK
}

TEST(UkLocalTime, TheClocksChangeAtOneInTheMorningUtc) {
    // 2026: the last Sunday of March is the 29th, of October the 25th.
    EXPECT_EQ(uk_local_time("2026-03-29T00:59:00Z"), "29 March 2026, 00:59");
    EXPECT_EQ(uk_local_time("2026-03-29T01:00:00Z"), "29 March 2026, 02:00");
    EXPECT_EQ(uk_local_time("2026-10-25T00:59:00Z"), "25 October 2026, 01:59");
    EXPECT_EQ(uk_local_time("2026-10-25T01:00:00Z"), "25 October 2026, 01:00");
}

TEST(UkLocalTime, TextThatIsNotAMomentIsShownAsItIs) {
    EXPECT_EQ(uk_local_time("yesterday"), "yesterday");
    EXPECT_EQ(uk_local_time("2026-13-45T99:00:00Z"), "2026-13-45T99:00:00Z");
}

// iso_date writes its digits itself: the same text as boost's writer for every day it can hold,
// and boost's words for a date that is not one.
TEST(Dates, IsoDateIsBoostsTextForEveryKindOfDay) {
    for (date day(1400, 1, 1); day <= date(9999, 12, 31); day += boost::gregorian::days(997))
        ASSERT_EQ(iso_date(day), boost::gregorian::to_iso_extended_string(day));
    for (const date& day : {date(1400, 1, 1), date(2024, 2, 29), date(2026, 12, 7), date(9999, 12, 31)})
        EXPECT_EQ(iso_date(day), boost::gregorian::to_iso_extended_string(day));
    EXPECT_EQ(iso_date(date(2026, 5, 1)), "2026-05-01");
    EXPECT_EQ(iso_date(date(boost::date_time::not_a_date_time)), boost::gregorian::to_iso_extended_string(date()));
}

}  // namespace
}  // namespace openras
