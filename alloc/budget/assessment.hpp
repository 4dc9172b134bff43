#pragma once
// One person's questionnaire answers as written in a file, before they meet a rule set.
//
// The answers file is TOML:
//
//     [assessment]
//     person = "P-0001"        # the person's reference
//     date = 2026-05-01        # the assessment date: picks the rule-set version in force
//
//     [answers]
//     eating = "regular"       # question id = answer id
//
// A batch is JSON Lines, one assessment per line:
//     {"person": "P-0001", "date": "2026-05-01", "answers": {"eating": "regular"}}
#include "rules/answer_sheet.hpp"
#include "rules/error.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace openras {

struct Assessment {
    std::string person;
    boost::gregorian::date date;  // not_a_date_time when the file gives none
    std::vector<GivenAnswer> answers;
    std::string source;  // the file, or "file:line" for a batch line
};

// Throws OpenRasError naming the file, line and field.
Assessment load_assessment_file(const std::string& path);
Assessment assessment_from_toml_text(std::string_view text, const std::string& source);
Assessment assessment_from_json(const nlohmann::json& document, const std::string& source);
// Parses one JSON line, refusing a key given twice in one object (JSON parsers otherwise keep
// the last, which would silently change an answer).
Assessment assessment_from_json_text(std::string_view line, const std::string& source);
// The fast reader assessment_from_json_text tries first: a plain line (an object of text fields,
// nothing given twice, nothing unknown) read without a tree, its answers in their question ids'
// byte order; nothing for anything else, which the full reader then explains.
std::optional<Assessment> read_plain_assessment(std::string_view line, const std::string& source);

// What read_plain_assessment reads, before anything is copied: views into this thread's reader,
// good until it reads its next line. The answers are as written (not sorted, not yet checked for
// a question given twice: AnswerLookup::resolve refuses that).
struct PlainLine {
    std::string_view person;
    boost::gregorian::date date;
    std::span<const std::pair<std::string_view, std::string_view>> answers;
};
bool read_plain_line(std::string_view line, PlainLine& out);

}  // namespace openras
