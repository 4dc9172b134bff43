#pragma once
// Evaluates indicative budgets for one rule set. Construction compiles the rule set into flat
// arrays once; evaluate() then runs without parsing or looking anything up by name, so it can
// be called millions of times. A BudgetEngine is immutable and safe to share across threads.
#include "rules/indicative_budget.hpp"
#include "rules/ruleset.hpp"

#include <memory>
#include <vector>

namespace openras {

class BudgetEngine {
public:
    explicit BudgetEngine(std::shared_ptr<const RuleSet> rules);

    const RuleSet& rules() const { return *rules_; }

    // Fills `out` (reusing its storage) for one resolved answer sheet. With `explain` the
    // explanation lines are written too. Throws OpenRasError(Evaluation) when a council rule
    // cannot be computed (for example a division by zero); `out` is then not a result.
    void evaluate(const AnswerSheet& answers, IndicativeBudget& out, bool explain) const;

    IndicativeBudget evaluate(const AnswerSheet& answers, bool explain = true) const {
        IndicativeBudget out;
        evaluate(answers, out, explain);
        return out;
    }

private:
    Rational unscale(std::int64_t scaled) const;
    void score_domains(const AnswerSheet& answers, IndicativeBudget& out) const;
    void convert_stream(int stream, IndicativeBudget& out, bool explain) const;
    void apply_rules(int stream, const expr::Inputs& inputs, IndicativeBudget& out, bool explain) const;
    void close_stream(int stream, std::size_t first_line, IndicativeBudget& out, bool explain) const;
    void check_thresholds(expr::Inputs& inputs, IndicativeBudget& out) const;

    std::shared_ptr<const RuleSet> rules_;
    // Flattened rule set: what evaluate() reads instead of the nested model.
    std::vector<int> scored_questions_;    // question indices of scored questions
    std::vector<int> question_domain_;     // per question
    std::int64_t points_scale_ = 1;        // points × scale are whole numbers, shares included
    std::vector<std::size_t> answer_offset_;  // per question, into the two arrays below
    std::vector<std::int64_t> answer_scaled_;  // points × scale (scored questions)
    std::vector<Rational> answer_share_;   // share kept (informal-support questions)
    std::vector<int> domain_informal_;     // per domain: informal-support question or -1
    int scale_shift_ = -1;                 // log2 of the scale when it is a power of two
    // Pence per point as numerator and denominator: a rate such as £4.8833 is 48833/100 pence.
    std::vector<std::int64_t> stream_rate_;
    std::vector<std::int64_t> stream_rate_denominator_;
    std::vector<std::vector<int>> stream_rules_;  // rule indices by stream
};

}  // namespace openras
