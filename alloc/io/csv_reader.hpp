#pragma once
// Comma-separated values as RFC 4180 writes them, read with every problem reported by line and
// column. No CSV library in Debian fits: the Fast C++ CSV Parser (libfccp-dev) fixes the number
// of columns at compile time, and libcsv (libcsv-dev) is a callback-driven C library that stops
// at the first problem. This reader is small and holds nothing else.
//
// The dialect, RFC 4180 plus three things spreadsheets and people do:
//   - fields are separated by commas; records end with CRLF or LF (both are accepted);
//   - a field in double quotes may hold commas, line breaks and quotes written twice ("");
//   - a quote inside an unquoted field, or anything but a comma or line end after a closing
//     quote, is a problem (it is almost always a field someone forgot to quote);
//   - every record has as many fields as the header;
//   - lines starting with `#` before the header are a preamble of notes (for example
//     "# SYNTHETIC DATA"), kept for the caller; a UTF-8 byte-order mark is skipped;
//   - blank lines are skipped, and the last record may end without a line break.
#include "rules/error.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace openras {

struct CsvRecord {
    int line = 0;  // the file line the record starts on (a spreadsheet's row number)
    std::vector<std::string> fields;
};

struct CsvTable {
    std::string source;                 // the file name, for messages
    std::vector<std::string> preamble;  // `#` lines before the header, without the `#`
    int header_line = 0;
    std::vector<std::string> header;
    std::vector<CsvRecord> records;

    // The column's header name, or "column N" past the header's end. `column` is 0-based.
    std::string column_name(std::size_t column) const;
    // A location naming the file, the line and the column by its header name.
    SourceLocation at(int line, std::size_t column) const;
};

// Adds every problem to `problems`. A table with problems is still returned, without the
// records that could not be read, so the caller can report its own problems too.
CsvTable read_csv(std::string_view text, const std::string& source, Diagnostics& problems);

// One field written for CSV: quoted (with quotes doubled) only when it needs to be.
std::string csv_field(std::string_view text);

}  // namespace openras
