#pragma once
// The explanation for people as text (budget_report.hpp's budget_text), written by the thousand:
// byte for byte budget_text(budget, words), with what is the same for everyone under one rule
// set and one language (headings, labels, each stream's restrictions, the year's rule, each
// referral's words) laid out once when the writer is made, and each explanation line's wrapped
// words (its title, detail, inputs and citation) laid out once for what fixes them and kept.
// tests/budget_text_writer_test.cpp compares the two over seeded budgets of several rule sets
// in every language.
#include "alloc/report/report_words.hpp"
#include "alloc/report/text_layout.hpp"
#include "rules/indicative_budget.hpp"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace openras {

class BudgetTextWriter {
public:
    BudgetTextWriter(std::shared_ptr<const RuleSet> rules, const ReportWords& words = ReportWords::english());

    // Appends the text for `budget`, worked out under this writer's rule set with its
    // explanation. A writer keeps the lines it has laid out, so one thread uses it at a time.
    void write(const IndicativeBudget& budget, std::string& out) const;

private:
    // An explanation line laid out: its title's rows (the number and amount go around them)
    // and the wrapped paragraphs under it.
    struct LaidOutLine {
        WrappedTitle title;
        std::string below;
    };
    LaidOutLine lay_out(const IndicativeBudget& budget, const ExplanationLine& line) const;
    void write_lines(const IndicativeBudget& budget, int stream, int& number, std::string& out) const;
    std::string date(const boost::gregorian::date& day) const;

    std::shared_ptr<const RuleSet> rules_;
    const ReportWords& words_;
    std::string title_block_;        // the title, underlined
    std::string person_label_, date_label_;  // padded to one column
    std::string rules_block_;        // the rule set's row, version and hash, and a blank line
    std::string starting_block_;     // "this is where it starts", and the heading of the lines
    std::vector<std::string> stream_title_, restrictions_;  // per stream, in the language
    std::vector<WrappedTitle> stream_total_;
    std::vector<bool> points_only_;  // per stream: its points lines show no amount (bands)
    std::string year_block_, weeks_;
    WrappedTitle total_year_, total_week_;
    std::string panel_none_, panel_heading_;
    std::vector<std::string> referral_;  // per threshold: its message and why, wrapped
    mutable std::unordered_map<std::string, LaidOutLine> laid_out_;
    mutable std::string key_;
};

}  // namespace openras
