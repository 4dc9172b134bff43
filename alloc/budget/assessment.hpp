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
#include <string>
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

}  // namespace openras
