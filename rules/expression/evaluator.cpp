#include "rules/expression/plan_facts.hpp"
#include "rules/expression/program.hpp"

#include <algorithm>
#include <string>

namespace openras::expr {
namespace {

[[noreturn]] void fail(std::string message) {
    throw OpenRasError(Error{ErrorCode::Evaluation, std::move(message), {}});
}

Rational truth(bool value) { return Rational(value ? 1 : 0); }

template <typename T>
const T* require(const T* pointer, const char* what) {
    if (pointer == nullptr) fail(std::string("the expression needs ") + what + ", which were not supplied");
    return pointer;
}

// Walks the node vector from the root. Recursion depth is bounded by the parser's limits.
class Evaluator {
public:
    Evaluator(const Program& program, const Inputs& inputs) : p_(program), in_(inputs) {}

    Rational eval(std::int32_t index) const {
        const Node& n = p_.nodes[static_cast<std::size_t>(index)];
        switch (n.op) {
            case Op::Constant: return n.constant;
            case Op::Answer: return p_.questions[entry(n.b)].text_ids[answer_slot(n)];
            case Op::AnswerIs: return truth(answer_of(n.a) == n.b);
            case Op::AnswerIsNot: return truth(answer_of(n.a) != n.b);
            case Op::Answered: return truth(answer_of(n.a) >= 0);
            case Op::Points: return p_.questions[entry(n.b)].points[answer_slot(n)];
            case Op::RawPoints: return require(in_.raw_domain_points, "domain points")[n.a];
            case Op::DomainPoints: return require(in_.domain_points, "domain points")[n.a];
            case Op::TotalPoints: return in_.total_points;
            case Op::WeeklyTotal: return in_.weekly_total;
            case Op::StreamTotal: return require(in_.stream_totals, "stream totals")[n.a];
            case Op::Lookup: return lookup(p_.tables[entry(n.b)], eval(n.a));
            case Op::Negate: return -eval(n.a);
            case Op::Add: return eval(n.a) + eval(n.b);
            case Op::Subtract: return eval(n.a) - eval(n.b);
            case Op::Multiply: return eval(n.a) * eval(n.b);
            case Op::Divide: return eval(n.a) / eval(n.b);
            case Op::Equal: return truth(eval(n.a) == eval(n.b));
            case Op::NotEqual: return truth(eval(n.a) != eval(n.b));
            case Op::Less: return truth(eval(n.a) < eval(n.b));
            case Op::LessEqual: return truth(eval(n.a) <= eval(n.b));
            case Op::Greater: return truth(eval(n.a) > eval(n.b));
            case Op::GreaterEqual: return truth(eval(n.a) >= eval(n.b));
            case Op::And: return eval(n.a).is_zero() ? truth(false) : eval(n.b);
            case Op::Or: return eval(n.a).is_zero() ? eval(n.b) : truth(true);
            case Op::Not: return truth(eval(n.a).is_zero());
            case Op::If: return eval(eval(n.a).is_zero() ? n.c : n.b);
            case Op::Min: return std::min(eval(n.a), eval(n.b));
            case Op::Max: return std::max(eval(n.a), eval(n.b));
            case Op::Floor: return Rational(eval(n.a).round(RoundingRule::Floor));
            case Op::Ceil: return Rational(eval(n.a).round(RoundingRule::Ceiling));
            case Op::Round: return Rational(eval(n.a).round(p_.rounding));
            case Op::PlanFact: return plan_fact(n);
            case Op::PlanText:
                return Rational(p_.enumerations[entry(n.c)][static_cast<std::size_t>(plan_fact(n).numerator())]);
        }
        fail("the expression could not be worked out");
    }

private:
    static std::size_t entry(std::int32_t index) { return static_cast<std::size_t>(index); }

    int answer_of(std::int32_t question) const {
        return require(in_.answer_index, "the answers")[question];
    }

    // Index into a QuestionData vector: 0 when unanswered, 1 + the answer otherwise.
    std::size_t answer_slot(const Node& n) const {
        const int answer = answer_of(n.a);
        const std::size_t count = p_.questions[entry(n.b)].points.size() - 1;
        if (answer < -1 || answer >= static_cast<int>(count)) fail("an answer is out of range");
        return static_cast<std::size_t>(answer + 1);
    }

    const Rational& plan_fact(const Node& n) const {
        const PlanFacts& facts = *require(in_.plan, "the facts of a support plan");
        const auto scope = static_cast<PlanScope>(n.b);
        const int item = scope == PlanScope::Plan ? 0 : in_.plan_item;
        if (item < 0 || item >= facts.count(scope)) fail("a plan check looked at an item the plan does not have");
        return facts.get(scope, item, n.a);
    }

    Rational lookup(const TableData& table, const Rational& key) const {
        if (table.key_type == Type::Text) {
            const auto text = static_cast<std::size_t>(key.numerator());
            const std::int32_t row = table.row_by_text[text];
            if (row < 0) fail("table \"" + table.id + "\" has no row for \"" + p_.texts[text] + "\"");
            return table.values[entry(row)];
        }
        const auto found = std::lower_bound(table.number_keys.begin(), table.number_keys.end(), key);
        if (found == table.number_keys.end() || *found != key)
            fail("table \"" + table.id + "\" has no row for " + key.to_decimal_string());
        return table.values[static_cast<std::size_t>(found - table.number_keys.begin())];
    }

    const Program& p_;
    const Inputs& in_;
};

}  // namespace

Rational run(const Program& program, const Inputs& inputs) {
    return Evaluator(program, inputs).eval(program.root);
}

Rational run_node(const Program& program, const Inputs& inputs, std::int32_t node) {
    return Evaluator(program, inputs).eval(node);
}

}  // namespace openras::expr
