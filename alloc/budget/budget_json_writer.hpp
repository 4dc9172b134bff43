#pragma once
// The budget's JSON document (budget_report.hpp, format 1) written straight into a buffer,
// without building a tree, in either of the two orders OpenRAS writes it:
//   JsonOrder::AsWritten   budget_json's own member order, byte for byte
//                          budget_json(budget).dump(): `openras budget`, batches, the kiosk
//   JsonOrder::Canonical   every object's members in their keys' byte order, byte for byte
//                          canonical_json(budget_json(budget)): the form the decision record
//                          stores and hashes, so replay can compare without a tree
// The parts that are the same for everyone under one rule set (its header, each domain's and
// stream's id and title, each threshold's referral, each answer's input, each domain's citation)
// are written to text once, when the writer is made; a budget then only adds what is its own.
// For batches, replays and anything else that writes budgets by the thousand
// (tests/budget_json_writer_test.cpp compares both orders with the tree over seeded budgets of
// several rule sets).
#include "rules/indicative_budget.hpp"

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace openras {

struct LineDescription;

enum class JsonOrder { AsWritten, Canonical };

class BudgetJsonWriter {
public:
    explicit BudgetJsonWriter(std::shared_ptr<const RuleSet> rules, JsonOrder order = JsonOrder::AsWritten);

    // Appends the document for `budget`, which must have been worked out under this writer's
    // rule set (with its explanation), and no newline. A writer keeps the words for the points
    // it has seen, so it is used by one thread at a time (a batch gives each thread its own).
    void write(const IndicativeBudget& budget, std::string& out) const;
    const RuleSet& rules() const { return *rules_; }
    JsonOrder order() const { return order_; }

private:
    // A line's words as JSON text, each member's value ready to copy.
    struct LineWords {
        std::string rule, title, detail, citation, inputs;
    };
    void describe(const LineDescription& d, LineWords& out) const;
    void write_domain_inputs(const IndicativeBudget& budget, int domain, std::string& out) const;
    void write_line(const IndicativeBudget& budget, const ExplanationLine& line, int number, std::string& out) const;

    std::shared_ptr<const RuleSet> rules_;
    JsonOrder order_;
    std::string rule_set_;                       // the rule_set member's value
    std::vector<std::string> domain_id_, domain_title_;  // JSON strings
    std::vector<std::string> stream_id_, stream_title_, stream_restrictions_, stream_method_;
    std::vector<std::vector<std::string>> band_;  // per stream, per band: {"from":..,"to":..}
    std::vector<std::string> referral_;           // per threshold: the referral object
    // Per question, per answer: "question":"answer (N points)" as a domain line's input.
    std::vector<std::vector<std::string>> answer_input_;
    // Per domain: its questions in the order its line's inputs are written.
    std::vector<std::vector<int>> domain_inputs_order_;
    // Per domain, its line's words; the title around its points: `"Title: ` and ` × £3.20"`.
    std::vector<LineWords> domain_line_;
    std::vector<std::string> domain_title_start_, domain_title_end_;
    // "8 points", escaped for JSON, by the points' numerator and denominator, as they are met.
    mutable std::map<std::pair<std::int64_t, std::int64_t>, std::string> points_words_;
    // Lines other than domain and rule lines, described once for what fixes their words: kind,
    // stream, subject, the family-help answer, and the points they are about.
    mutable std::unordered_map<std::string, LineWords> described_lines_;  // by line_words_key
    mutable std::string key_;
    mutable LineWords fresh_;  // a council rule's line, described for each budget
};

}  // namespace openras
