#pragma once
// Why one person's budget differs between two rule sets, in plain words, from the two
// explanations. Lines are matched by the rule they come from (describe_line's reference:
// "domain.personal_care", "rule.waking_nights", "stream.personal_budget.base"); every line whose
// pence changed is named with its old and new amount and, where the rules say, the cause:
//
//   Meeting personal care needs: £144.00 → £150.40 (eating_drinking = regular: 8 → 10 points);
//   Personal budget: band: £267.69 → £270.00 (band 73 to 105 → band 73 to 110 points);
//   Extra for waking nights: £60.00 → £75.00 (night_uplift £60.00 → £75.00).
//   Why: Personal budget rate £3.20 → £3.30 a point.
//
// A change to a stream's conversion touches most of its lines, so it is said once, after "Why:".
// Everything that can be worked out once for the pair of rule sets (the matched lines, titles,
// which answers changed points, which parameters a rule reads) is, so that explaining a person
// costs a pass over two short lists. An ImpactExplainer is immutable and shared by threads.
#include "rules/indicative_budget.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace openras {

struct LineChange {
    int key = 0;  // index into ImpactExplainer::references()
    std::int64_t old_pence = 0;
    std::int64_t new_pence = 0;
};

class ImpactExplainer {
public:
    ImpactExplainer(const RuleSet& from, const RuleSet& to);

    // The lines whose pence differ, in reading order. `old_pence`/`new_pence` are scratch
    // arrays the caller keeps between calls (one pair per thread).
    void changed_lines(const IndicativeBudget& before, const IndicativeBudget& after, std::vector<LineChange>& out,
                       std::vector<std::int64_t>& old_pence, std::vector<std::int64_t>& new_pence) const;
    // Appends the plain words for the changes (and any change of panel referral) to `out`,
    // "; " between items. When `part_ends` is given, where each part ends in `out` is added to
    // it: each change with the "; " before it, each change of referral, and the ". Why: …" said once.
    void describe(const IndicativeBudget& before, const IndicativeBudget& after,
                  const std::vector<LineChange>& changes, std::string& out,
                  std::vector<std::size_t>* part_ends = nullptr) const;

    std::size_t line_count() const { return references_.size(); }
    const std::vector<std::string>& references() const { return references_; }
    const std::vector<std::string>& titles() const { return titles_; }

private:
    enum class Side { From, To };
    struct QuestionPair {
        int from = -1, to = -1;  // question indices, -1 when that rule set does not ask it
        std::string id;
    };
    struct KeyFacts {
        LineKind kind = LineKind::Base;
        std::vector<QuestionPair> questions;  // domain lines: the questions that give its points
        int from_informal = -1, to_informal = -1;  // informal-support lines: the question ...
        int from_domain = -1, to_domain = -1;      // ... and the domain whose points it reduces
        std::string fixed_causes;  // worked out once: a rule's parameters and wording
        int shared_cause = -1;     // index into shared_causes_: the stream's conversion change
        int stream_from = -1, stream_to = -1;
    };

    int key_for(Side side, const ExplanationLine& line) const;
    void map_rule_set(Side side, const RuleSet& rules);
    int intern(const std::string& reference, const std::string& title, LineKind kind);
    void add_question_pairs(const RuleSet& from, const RuleSet& to);
    void add_rule_causes(const RuleSet& from, const RuleSet& to);
    void add_conversion_causes(const RuleSet& from, const RuleSet& to);
    void append_causes(const IndicativeBudget& before, const IndicativeBudget& after, int key, std::string& out) const;
    void append_informal_causes(const IndicativeBudget& before, const IndicativeBudget& after, const KeyFacts& facts,
                                std::string& out, bool& first) const;
    void append_panel_change(const IndicativeBudget& before, const IndicativeBudget& after, std::string& out,
                             std::vector<std::size_t>* part_ends) const;

    const RuleSet& from_;
    const RuleSet& to_;
    std::vector<std::string> references_;
    std::vector<std::string> titles_;
    std::vector<KeyFacts> facts_;
    std::vector<std::string> shared_causes_;  // "Personal budget rate £3.20 → £3.30 a point", said once
    // Per rule set: the key of each line, by kind and subject.
    struct KeyMap {
        std::vector<int> base, band, rounding;  // by stream
        std::vector<int> domain, informal;      // by domain
        std::vector<int> rule;                  // by rule
    } maps_[2];
};

}  // namespace openras
