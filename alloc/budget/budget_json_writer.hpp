#pragma once
// The budget's JSON document (budget_report.hpp, format 1) written straight into a buffer,
// byte for byte what budget_json(budget).dump() writes, without building a tree. The parts that
// are the same for everyone under one rule set (its header, each domain's and stream's id and
// title, each threshold's referral, each answer's input, each domain's citation) are written to
// text once, when the writer is made; a budget then only adds what is its own. For batches,
// replays and anything else that writes budgets by the thousand (tests/budget_json_writer_test.cpp
// compares the two writers over seeded budgets of several rule sets).
#include "rules/indicative_budget.hpp"

#include <array>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace openras {

struct LineDescription;

class BudgetJsonWriter {
public:
    explicit BudgetJsonWriter(std::shared_ptr<const RuleSet> rules);

    // Appends the document for `budget`, which must have been worked out under this writer's
    // rule set (with its explanation), and no newline. A writer keeps the words for the points
    // it has seen, so it is used by one thread at a time (a batch gives each thread its own).
    void write(const IndicativeBudget& budget, std::string& out) const;
    const RuleSet& rules() const { return *rules_; }

private:
    static void append_description(const LineDescription& d, std::string& out);
    void write_line(const IndicativeBudget& budget, const ExplanationLine& line, int number, std::string& out) const;

    std::shared_ptr<const RuleSet> rules_;
    std::string rule_set_block_;                 // ,"rule_set":{...},"weekly_pence":
    std::vector<std::string> domain_open_;       // {"id":..,"title":..,"raw_points":
    std::vector<std::string> stream_open_;       // {"id":..,..,"method":..,"points":
    std::vector<std::vector<std::string>> band_; // per stream, per band: {"from":..,"to":..}
    std::vector<std::string> referral_;          // per threshold: {"id":..,"message":..,"citation":{..}}
    std::vector<std::string> stream_id_;         // per stream: "id" as a JSON string
    // Per question, per answer: "question":"answer (N points)" as a domain line's input.
    std::vector<std::vector<std::string>> answer_input_;
    std::vector<std::string> domain_line_tail_;  // per domain: ,"citation":{..},"inputs":{
    // Per domain: ,"rule":"domain.x","title":"Title:  and, after the points,  × £3.20","detail":"..."
    std::vector<std::string> domain_line_open_, domain_line_rate_;
    // "8 points", escaped for JSON, by the points' numerator and denominator, as they are met.
    mutable std::map<std::pair<std::int64_t, std::int64_t>, std::string> points_words_;
    // Lines other than domain and rule lines, described once for what fixes their words: kind,
    // stream, subject, the family-help answer, and the points they are about.
    mutable std::map<std::array<std::int64_t, 6>, std::string> described_lines_;
};

}  // namespace openras
