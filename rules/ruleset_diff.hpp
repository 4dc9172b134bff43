#pragma once
// What changed between two rule sets, part by part, in plain words: the header, parameters,
// tables, streams and their conversions (base, rate, bands), the questionnaire (domains,
// questions, answers, points and informal-support shares), council rules and panel thresholds.
// Parts are matched by id, so a renamed id reads as one part removed and another added.
// `openras rules diff` prints it; the impact report opens with it.
#include "rules/ruleset.hpp"

#include <string>
#include <vector>

namespace openras {

enum class DifferenceKind { Added, Removed, Changed };

struct RuleSetDifference {
    std::string section;  // "Header", "Questions and points", ...
    DifferenceKind kind = DifferenceKind::Changed;
    std::string text;     // "question eating_drinking, answer \"regular\": 8 → 10 points"
};

// In reading order: section by section, and in each the order of the new rule set.
std::vector<RuleSetDifference> diff_rule_sets(const RuleSet& old_rules, const RuleSet& new_rules);

// The differences as a report: a heading naming both rule sets, then each section's lines
// ("  Changed: ..."), then a count. Says so when there is no difference.
std::string rule_set_diff_text(const RuleSet& old_rules, const RuleSet& new_rules,
                               const std::vector<RuleSetDifference>& differences);

// Internal to the diff, shared by its files.
namespace diff_detail {
void diff_questionnaire(const RuleSet& old_rules, const RuleSet& new_rules, std::vector<RuleSetDifference>& out);
std::string quoted(const std::string& text);        // "text" in double quotes
std::string share_text(const Rational& share);      // "75%"
std::string points_words(const Rational& points);   // "8 points", "1 point", "2.5 points"
}  // namespace diff_detail

}  // namespace openras
