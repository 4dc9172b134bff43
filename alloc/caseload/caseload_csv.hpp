#pragma once
// The test-group and caseload file, format 1: the people a council calibrates its RAS on, or
// whose budgets it recomputes to see the impact of a rule-set change. One CSV layout serves
// both (csv_reader.hpp gives the dialect: RFC 4180, `#` notes before the header).
//
//   # SYNTHETIC DATA: made by `openras generate caseload --seed 7`. Not real people.
//   person,client_group,current_annual_cost,eating_drinking,washing_dressing,...
//   P-0001,older-people,14250.00,regular,none,...
//
// Columns, in any order, named in the header line:
//   person               required. The person's reference, unique in the file.
//   client_group         required. older-people, learning-disability, physical-disability,
//                        mental-health or other; case, spaces and underscores do not matter.
//   current_annual_cost  the current cost of the person's support for a year, in pounds and
//                        pence: 14250.00, £14,250.00 or 14250 (at most two decimal places, not
//                        negative). Required by `openras calibrate`; optional for `impact`.
//   points               `calibrate` only, optional: the person's points in the main stream
//                        after the informal-support reductions (42, 37.5). A file may give points
//                        instead of answers; when it gives both, they must agree.
//   <question id>        one column per question of the rule set: the id of the answer given
//                        (regular, some_nights). An empty cell means not answered, which is
//                        refused for a required question.
// Any other column is refused, so that a misspelt question id cannot silently lose answers.
// A file whose `#` notes say "synthetic" is marked synthetic, and every output made from it
// says so. Every problem names the file, the line (a spreadsheet's row number) and the column.
#include "alloc/caseload/client_group.hpp"
#include "alloc/io/csv_reader.hpp"
#include "rules/answer_sheet.hpp"
#include "rules/money.hpp"
#include "rules/ruleset.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace openras {

struct CaseRecord {
    int line = 0;
    std::string person;
    ClientGroup group = ClientGroup::Other;
    std::optional<Money> annual_cost;
    std::optional<Rational> points;
    std::vector<std::string> answers;  // one per Caseload::question_columns, "" when unanswered
};

struct Caseload {
    std::string source;
    std::vector<std::string> notes;  // the `#` lines before the header
    bool synthetic = false;
    CsvTable layout;                 // the header, for naming columns in messages (no records)
    std::vector<std::string> question_columns;       // question ids, in file order
    std::vector<std::size_t> question_column_index;  // where each one is in the file
    std::size_t points_column = 0;
    bool has_costs = false;
    bool has_points = false;
    std::vector<CaseRecord> people;  // every row that has the header's number of fields
};

struct CaseloadNeeds {
    bool cost_required = false;  // calibration needs every person's current cost
    bool points_allowed = false; // calibration may take points instead of answers
};

// Reads and checks everything that does not depend on a rule set's answers: columns (each must
// be a known column or a question of one of `rule_sets`), references, client groups, amounts
// and points. Every problem goes to `problems`.
Caseload parse_caseload(std::string_view text, const std::string& source,
                        const std::vector<const RuleSet*>& rule_sets, const CaseloadNeeds& needs,
                        Diagnostics& problems);

// Each person's answers resolved against one rule set. Columns the rule set does not ask are
// ignored (another rule set asks them); an unknown answer, or a required question with no
// column or an empty cell, is a problem naming the line and column.
std::vector<AnswerSheet> resolve_caseload(const Caseload& caseload, const RuleSet& rules, Diagnostics& problems);

}  // namespace openras
