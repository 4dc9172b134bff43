#pragma once
// Turns an explanation line (indices and numbers) into words: the rule it comes from, a plain
// title, a sentence of detail, the citation and the inputs it used. The text report, the JSON
// document and the kiosk all describe lines through this one function, so they never disagree.
#include "alloc/report/report_words.hpp"
#include "rules/indicative_budget.hpp"

#include <string>
#include <utility>
#include <vector>

namespace openras {

struct LineDescription {
    std::string rule;    // a stable reference: "domain.personal_care", "rule.waking_nights", ...
    std::string title;   // "Meeting personal care needs: 45 points × £3.20"
    std::string detail;  // one plain sentence, may be empty
    Citation citation;
    std::vector<std::pair<std::string, std::string>> inputs;  // name → value, in reading order
};

// In `words`' language: the report's own words from it, the rule set's (domain and rule titles,
// answers) from the rule set's texts in that language; ids, figures and citations as they are.
LineDescription describe_line(const IndicativeBudget& budget, const ExplanationLine& line,
                              const ReportWords& words = ReportWords::english());

// What fixes a line's words, written to `key` (cleared first) for writers that describe each line
// once and keep it: its kind, stream and subject, the answers it reads (a domain's questions, a
// family-help question) and the points it is about (a band's stream points, a family-help
// line's domain points before the reduction). False for a council rule's line, whose words show
// whatever the rule reads and are described afresh.
bool line_words_key(const IndicativeBudget& budget, const ExplanationLine& line, std::string& key);

// "74.5" for points; fractions that have no short decimal as "74 1/3".
std::string points_text(const Rational& points);
// "75%" for a share kept.
std::string percent_text(const Rational& share);

}  // namespace openras
