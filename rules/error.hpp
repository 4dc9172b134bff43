#pragma once
// One way of reporting problems across OpenRAS: an error has a code (what kind of problem),
// a message written for a person, and a location (file:line:col, or a field path such as
// `answers.eating`). A Diagnostics list gathers every problem found in one pass, so a council
// officer sees all the mistakes in a rule set at once, not one per run.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace openras {

enum class ErrorCode {
    Syntax,            // the text cannot be read at all (TOML or expression syntax)
    MissingField,      // a required field is absent
    WrongType,         // a field holds the wrong kind of value
    InvalidValue,      // a value of the right kind that is not allowed (negative, out of range)
    UnknownName,       // a reference to something that does not exist
    Duplicate,         // two things share one id
    MissingCitation,   // a rule element without the policy reference that justifies it
    BandCoverage,      // a band table with a gap or an overlap
    Rationing,         // a rule that depends on supply or capacity
    VersionOverlap,    // two versions of one rule set in force on the same day
    NoVersionInForce,  // no version covers the assessment date
    UnknownQuestion,   // answers name a question the rule set does not ask
    UnknownAnswer,     // an answer that is not among the question's options
    MissingAnswer,     // a required question left unanswered
    InvalidDate,       // a date that does not exist or is badly written
    Evaluation,        // arithmetic that cannot be done (division by zero, overflow)
    Io,                // a file that cannot be read or written
    Permission,        // the person's role may not do this (decision record)
    StoreFormat,       // a file that is not a decision record this program can read, or a damaged one
};

// Stable lower-case name of a code, used in JSON output and golden files.
const char* error_code_name(ErrorCode code);

struct SourceLocation {
    std::string file;   // file name as the user gave it, or a field path root
    int line = 0;       // 1-based; 0 when unknown
    int column = 0;     // 1-based; 0 when unknown
    std::string field;  // a field path such as `domain[2].question[1].answers`, may be empty

    // "file:line:col" or "file" or "field", whichever parts are known.
    std::string to_string() const;
};

struct Error {
    ErrorCode code;
    std::string message;
    SourceLocation where;

    // "where: message", the form every command prints.
    std::string to_string() const;
};

// Thrown when a single problem ends an operation (for example evaluating a budget).
class OpenRasError : public std::runtime_error {
public:
    explicit OpenRasError(Error error);
    const Error& error() const { return error_; }

private:
    Error error_;
};

// Collects every problem found in one pass over an input.
class Diagnostics {
public:
    void add(ErrorCode code, std::string message, SourceLocation where);
    bool empty() const { return errors_.empty(); }
    std::size_t size() const { return errors_.size(); }
    const std::vector<Error>& errors() const { return errors_; }
    void append(const Diagnostics& other);
    // Orders by file, line and column so reports read top to bottom.
    void sort_by_location();

private:
    std::vector<Error> errors_;
};

}  // namespace openras
