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
#include "rules/text_hash.hpp"

#include <cstdint>
#include <memory>
#include <string>
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
    // A line's JSON but for the values of its number and pence, which go at number_at and pence_at.
    struct RenderedLine {
        std::string text;
        std::size_t number_at = 0, pence_at = 0;
    };
    void describe(const LineDescription& d, LineWords& out) const;
    void write_domain_inputs(const IndicativeBudget& budget, int domain, std::string& out) const;
    void render_line(const IndicativeBudget& budget, const ExplanationLine& line, RenderedLine& out) const;
    void write_line(const IndicativeBudget& budget, const ExplanationLine& line, int number, std::string& out) const;
    // What fixes a line's words, into key_: line_words_key, or for a council rule's line the
    // values its condition and amount read. False when the line is not to be kept.
    bool words_key(const IndicativeBudget& budget, const ExplanationLine& line) const;

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
    // Per council rule, what its line shows (describe_line): the questions, domains and total it
    // reads, as (reference kind, index), in the order it reads them.
    std::vector<std::vector<std::pair<int, int>>> rule_reads_;
    // Lines rendered once for what fixes their words (words_key), found by the key's hash: a
    // batch looks up some thirty lines a person.
    struct KeptLine {
        std::string key;
        RenderedLine line;
    };
    const RenderedLine& kept_line(const IndicativeBudget& budget, const ExplanationLine& line) const;
    mutable std::vector<KeptLine> kept_;
    mutable HashedPlaces kept_places_;
    mutable std::string key_;
    mutable RenderedLine fresh_;
};

}  // namespace openras
