// The RFC 4180 reader behind test groups and caseloads: quoted fields, doubled quotes, CRLF,
// notes before the header, and every problem named by line and column.
#include "alloc/io/csv_reader.hpp"

#include <gtest/gtest.h>

namespace openras {
namespace {

CsvTable read_ok(std::string_view text) {
    Diagnostics problems;
    CsvTable table = read_csv(text, "t.csv", problems);
    EXPECT_TRUE(problems.empty()) << (problems.empty() ? "" : problems.errors().front().to_string());
    return table;
}

std::vector<Error> read_bad(std::string_view text) {
    Diagnostics problems;
    read_csv(text, "t.csv", problems);
    EXPECT_FALSE(problems.empty()) << "expected a problem in: " << text;
    return problems.errors();
}

TEST(CsvReader, ReadsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks) {
    const CsvTable t = read_ok("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
    ASSERT_EQ(t.records.size(), 1u);
    EXPECT_EQ(t.records[0].fields, (std::vector<std::string>{"x, y", "say \"hi\"", "two\nlines"}));
}

TEST(CsvReader, AcceptsCrlfLfAndALastLineWithoutABreak) {
    const CsvTable t = read_ok("a,b\r\n1,2\r\n3,4\n5,6");
    ASSERT_EQ(t.records.size(), 3u);
    EXPECT_EQ(t.records[0].fields, (std::vector<std::string>{"1", "2"}));
    EXPECT_EQ(t.records[2].fields, (std::vector<std::string>{"5", "6"}));
    EXPECT_EQ(t.records[2].line, 4);
}

TEST(CsvReader, KeepsHashNotesBeforeTheHeaderAndSkipsBlankLinesAndByteOrderMark) {
    const CsvTable t = read_ok("\xEF\xBB\xBF# SYNTHETIC DATA\n#second note\n\na,b\n\n1,2\n");
    EXPECT_EQ(t.preamble, (std::vector<std::string>{"SYNTHETIC DATA", "second note"}));
    EXPECT_EQ(t.header, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(t.header_line, 4);
    ASSERT_EQ(t.records.size(), 1u);
    EXPECT_EQ(t.records[0].line, 6);
}

TEST(CsvReader, TrimsSpacesAroundUnquotedFieldsButKeepsThemInQuotedOnes) {
    const CsvTable t = read_ok("a,b\n  older people , \" padded \"\n");
    EXPECT_EQ(t.records[0].fields, (std::vector<std::string>{"older people", " padded "}));
}

TEST(CsvReader, EmptyFieldsAndTrailingEmptyFieldCount) {
    const CsvTable t = read_ok("a,b,c\n,,\n1,,\n");
    ASSERT_EQ(t.records.size(), 2u);
    EXPECT_EQ(t.records[1].fields, (std::vector<std::string>{"1", "", ""}));
}

TEST(CsvReader, ARecordIsNumberedByTheLineItStartsOn) {
    const CsvTable t = read_ok("a,b\n\"x\ny\",1\nz,2\n");
    ASSERT_EQ(t.records.size(), 2u);
    EXPECT_EQ(t.records[0].line, 2);
    EXPECT_EQ(t.records[1].line, 4);
}

TEST(CsvReader, UnclosedQuoteIsReportedWithTheLineAndColumnWhereItOpened) {
    const auto errors = read_bad("person,cost\nP1,\"12.00\nP2,13.00\n");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].where.line, 2);
    EXPECT_EQ(errors[0].where.field, "column cost");
    EXPECT_NE(errors[0].message.find("never closed"), std::string::npos) << errors[0].message;
}

TEST(CsvReader, QuoteInsideAnUnquotedFieldIsReported) {
    const auto errors = read_bad("person,note\nP1,6\" tall\n");
    EXPECT_EQ(errors[0].where.line, 2);
    EXPECT_EQ(errors[0].where.field, "column note");
}

TEST(CsvReader, TextAfterAClosingQuoteIsReported) {
    const auto errors = read_bad("person,note\nP1,\"ok\"x\n");
    EXPECT_EQ(errors[0].where.line, 2);
    EXPECT_EQ(errors[0].where.field, "column note");
    EXPECT_NE(errors[0].message.find("after the closing"), std::string::npos);
}

TEST(CsvReader, ALineWithTheWrongNumberOfFieldsIsReportedAndLeftOut) {
    Diagnostics problems;
    const CsvTable t = read_csv("a,b,c\n1,2\n4,5,6\n7,8,9,10\n", "t.csv", problems);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems.errors()[0].where.line, 2);
    EXPECT_EQ(problems.errors()[0].where.field, "column c");  // the first missing column
    EXPECT_NE(problems.errors()[0].message.find("2 fields but the header has 3"), std::string::npos);
    EXPECT_EQ(problems.errors()[1].where.line, 4);
    EXPECT_EQ(problems.errors()[1].where.field, "column 4");
    ASSERT_EQ(t.records.size(), 1u);
    EXPECT_EQ(t.records[0].fields[0], "4");
}

TEST(CsvReader, DuplicateAndEmptyColumnNamesAreReported) {
    const auto errors = read_bad("a,,a\n1,2,3\n");
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].code, ErrorCode::MissingField);
    EXPECT_EQ(errors[0].where.field, "column 2");
    EXPECT_EQ(errors[1].code, ErrorCode::Duplicate);
    EXPECT_EQ(errors[1].where.field, "column a");
}

TEST(CsvReader, AnEmptyFileHasNoHeader) {
    const auto errors = read_bad("# only a note\n\n");
    EXPECT_EQ(errors[0].code, ErrorCode::MissingField);
}

TEST(CsvReader, FieldsAreQuotedOnlyWhenTheyNeedItAndReadBackUnchanged) {
    EXPECT_EQ(csv_field("plain"), "plain");
    EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
    EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csv_field(" padded"), "\" padded\"");
    EXPECT_EQ(csv_field("#not a note"), "\"#not a note\"");
    const std::vector<std::string> awkward{"a,b", "say \"hi\"", "two\nlines", " padded ", "", "£3.20 → £3.30"};
    std::string text = "h1,h2,h3,h4,h5,h6\n";
    for (std::size_t i = 0; i < awkward.size(); ++i) text += (i ? "," : "") + csv_field(awkward[i]);
    const CsvTable t = read_ok(text + "\n");
    ASSERT_EQ(t.records.size(), 1u);
    EXPECT_EQ(t.records[0].fields, awkward);
}

}  // namespace
}  // namespace openras
