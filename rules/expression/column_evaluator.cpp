// Evaluating a for_each plan check for every item at once. A plan check over 40 support lines
// would otherwise walk its expression tree 40 times; here each node is worked out once, as a
// column of 40 values, in a tight loop. `and`, `or` and `if` keep their meaning exactly: the
// right-hand side is only worked out for the items whose left-hand side needs it (a mask), so
// a division that `and` guards is never done for an item it guards against, just as item by
// item. Parts that do not depend on the item are worked out once and shared.
#include "rules/expression/plan_facts.hpp"
#include "rules/expression/program.hpp"

#include <algorithm>
#include <memory>

namespace openras::expr {
namespace {

Rational truth(bool value) { return Rational(value ? 1 : 0); }

bool is_comparison(Op op) {
    return op == Op::Equal || op == Op::NotEqual || op == Op::Less || op == Op::LessEqual || op == Op::Greater ||
           op == Op::GreaterEqual;
}

// `op` is one of the six comparisons.
bool compare(Op op, const Rational& x, const Rational& y) {
    switch (op) {
        case Op::Equal: return x == y;
        case Op::NotEqual: return x != y;
        case Op::Less: return x < y;
        case Op::LessEqual: return x <= y;
        case Op::Greater: return x > y;
        default: return x >= y;
    }
}

bool has_child_a(Op op) {
    switch (op) {
        case Op::Negate: case Op::Not: case Op::Floor: case Op::Ceil: case Op::Round: case Op::Lookup:
        case Op::Add: case Op::Subtract: case Op::Multiply: case Op::Divide:
        case Op::Equal: case Op::NotEqual: case Op::Less: case Op::LessEqual: case Op::Greater: case Op::GreaterEqual:
        case Op::And: case Op::Or: case Op::If: case Op::Min: case Op::Max:
            return true;
        default:
            return false;
    }
}
bool has_child_b(Op op) { return has_child_a(op) && op != Op::Negate && op != Op::Not && op != Op::Floor &&
                                  op != Op::Ceil && op != Op::Round && op != Op::Lookup; }

using Column = std::vector<Rational>;
using Mask = std::vector<char>;

// Columns and masks are borrowed from storage each thread keeps and handed back in reverse
// order (the evaluation is recursive), so evaluating allocates nothing once warmed up. A
// borrowed column or mask keeps whatever its last user left in it: eval and truth_of write
// every active item of their output and read only the active items of their children's, and
// a mask saying which items are active is written in full before it is read.
template <typename T>
class Pool {
public:
    T& take() {
        if (used_ == items_.size()) items_.push_back(std::make_unique<T>());
        return *items_[used_++];
    }
    void give_back() { --used_; }

private:
    std::vector<std::unique_ptr<T>> items_;
    std::size_t used_ = 0;
};

template <typename T>
class Borrowed {
public:
    Borrowed(Pool<T>& pool, std::size_t size) : pool_(pool), value_(pool.take()) { value_.resize(size); }
    ~Borrowed() { pool_.give_back(); }
    Borrowed(const Borrowed&) = delete;
    Borrowed& operator=(const Borrowed&) = delete;
    T& operator*() { return value_; }

private:
    Pool<T>& pool_;
    T& value_;
};

Pool<Column>& columns() {
    thread_local Pool<Column> pool;
    return pool;
}
Pool<Mask>& masks() {
    thread_local Pool<Mask> pool;
    return pool;
}

class ColumnEvaluator {
public:
    ColumnEvaluator(const Program& program, const Inputs& inputs, int count)
        : p_(program), in_(inputs), count_(std::size_t(count)) {}

    void run(std::vector<char>& out) {
        Borrowed<Mask> all_mask(masks(), count_);
        Mask& all = *all_mask;
        all.assign(count_, 1);
        out.resize(count_);
        truth_of(p_.root, all, out);
    }

private:
    const Node& node(std::int32_t index) const { return p_.nodes[std::size_t(index)]; }

    // The value for one item, worked out item by item: for the rarer operations.
    Rational one_item(std::int32_t index, std::size_t item) const {
        Inputs inputs = in_;
        inputs.plan_item = int(item);
        return run_node(p_, inputs, index);
    }

    void eval(std::int32_t index, const Mask& active, Column& out) {
        out.resize(count_);
        const auto first = std::find(active.begin(), active.end(), char(1));
        if (first == active.end()) return;  // no item needs it: work nothing out, as item by item
        if (!p_.varies[std::size_t(index)]) {
            const Rational value = one_item(index, std::size_t(first - active.begin()));
            for (std::size_t i = 0; i < count_; ++i) out[i] = value;
            return;
        }
        const Node& n = node(index);
        switch (n.op) {
            case Op::PlanFact: return fact(n, active, out, false);
            case Op::PlanText: return fact(n, active, out, true);
            case Op::And: case Op::Or: return logic(n, active, out);
            case Op::If: return conditional(n, active, out);
            case Op::Not: case Op::Negate: return unary(n, active, out);
            default: break;
        }
        if (has_child_b(n.op)) return binary(n, active, out);
        for (std::size_t i = 0; i < count_; ++i)
            if (active[i]) out[i] = one_item(index, i);
    }

    // Whether the node is true (not zero) for each active item. A check's condition is
    // mostly `not`, `and` and `or` over facts and comparisons, so those are worked out as
    // masks here, without a column of numbers for each step; anything else goes through eval.
    void truth_of(std::int32_t index, const Mask& active, Mask& out) {
        out.resize(count_);
        const auto first = std::find(active.begin(), active.end(), char(1));
        if (first == active.end()) return;
        if (!p_.varies[std::size_t(index)]) {
            const bool value = !one_item(index, std::size_t(first - active.begin())).is_zero();
            std::fill(out.begin(), out.end(), char(value ? 1 : 0));
            return;
        }
        const Node& n = node(index);
        switch (n.op) {
            // These loops write inactive items too (nothing reads them), so that they run
            // without a branch per item; reading a fact or a mask has no side effects.
            case Op::PlanFact:
                return fact_truth(n, out, false);
            case Op::Not: {
                if (node(n.a).op == Op::PlanFact) return fact_truth(node(n.a), out, true);
                Borrowed<Mask> value_mask(masks(), count_);
                Mask& value = *value_mask;
                truth_of(n.a, active, value);
                for (std::size_t i = 0; i < count_; ++i) out[i] = value[i] ? 0 : 1;
                return;
            }
            case Op::And: case Op::Or: {
                Borrowed<Mask> left_mask(masks(), count_), right_mask(masks(), count_);
                Mask &left = *left_mask, &right = *right_mask;
                const bool is_and = n.op == Op::And;
                truth_of(n.a, active, left);
                // `and` needs its right-hand side where the left is true, `or` where it is
                // false; the left's mask becomes that.
                Mask& needed = left;
                for (std::size_t i = 0; i < count_; ++i) needed[i] = active[i] && (left[i] != 0) == is_and;
                truth_of(n.b, needed, right);
                const char otherwise = is_and ? 0 : 1;
                for (std::size_t i = 0; i < count_; ++i) out[i] = needed[i] ? right[i] : otherwise;
                return;
            }
            default: {
                if (is_comparison(n.op)) return comparison(n, active, out);
                Borrowed<Column> value_column(columns(), count_);
                Column& value = *value_column;
                eval(index, active, value);
                for (std::size_t i = 0; i < count_; ++i)
                    if (active[i]) out[i] = value[i].is_zero() ? 0 : 1;
                return;
            }
        }
    }

    // A fact's truth for every item, or its negation.
    void fact_truth(const Node& n, Mask& out, bool negate) {
        const PlanFacts& facts = *in_.plan;
        const auto scope = static_cast<PlanScope>(n.b);
        if (int(count_) > facts.count(scope)) throw_missing_item();
        for (std::size_t i = 0; i < count_; ++i) out[i] = facts.get(scope, int(i), n.a).is_zero() == negate ? 1 : 0;
    }

    void comparison(const Node& n, const Mask& active, Mask& out) {
        Borrowed<Column> a_column(columns(), count_), b_column(columns(), count_);
        Column &a = *a_column, &b = *b_column;
        eval(n.a, active, a);
        eval(n.b, active, b);
        for (std::size_t i = 0; i < count_; ++i)
            if (active[i]) out[i] = compare(n.op, a[i], b[i]) ? 1 : 0;
    }

    void fact(const Node& n, const Mask& active, Column& out, bool text) {
        const PlanFacts& facts = *in_.plan;  // varies only through item facts, which need it
        const auto scope = static_cast<PlanScope>(n.b);
        if (int(count_) > facts.count(scope)) throw_missing_item();
        for (std::size_t i = 0; i < count_; ++i) {
            if (!active[i]) continue;
            const Rational& value = facts.get(scope, int(i), n.a);
            out[i] = text ? Rational(p_.enumerations[std::size_t(n.c)][std::size_t(value.numerator())]) : value;
        }
    }

    [[noreturn]] static void throw_missing_item() {
        throw OpenRasError(Error{ErrorCode::Evaluation, "a plan check looked at an item the plan does not have", {}});
    }

    void logic(const Node& n, const Mask& active, Column& out) {
        Borrowed<Column> left_column(columns(), count_), right_column(columns(), count_);
        Borrowed<Mask> needed_mask(masks(), count_);
        Column &left = *left_column, &right = *right_column;
        Mask& needed = *needed_mask;
        eval(n.a, active, left);
        const bool is_and = n.op == Op::And;
        for (std::size_t i = 0; i < count_; ++i) needed[i] = active[i] && (left[i].is_zero() != is_and);
        eval(n.b, needed, right);
        for (std::size_t i = 0; i < count_; ++i)
            if (active[i]) out[i] = needed[i] ? right[i] : truth(!is_and);
    }

    void conditional(const Node& n, const Mask& active, Column& out) {
        Borrowed<Column> c1(columns(), count_), c2(columns(), count_),
            c3(columns(), count_);
        Borrowed<Mask> m1(masks(), count_), m2(masks(), count_);
        Column &condition = *c1, &then_part = *c2, &else_part = *c3;
        Mask &when_true = *m1, &when_false = *m2;
        eval(n.a, active, condition);
        for (std::size_t i = 0; i < count_; ++i) {
            when_true[i] = active[i] && !condition[i].is_zero();
            when_false[i] = active[i] && condition[i].is_zero();
        }
        eval(n.b, when_true, then_part);
        eval(n.c, when_false, else_part);
        for (std::size_t i = 0; i < count_; ++i)
            if (active[i]) out[i] = when_true[i] ? then_part[i] : else_part[i];
    }

    void unary(const Node& n, const Mask& active, Column& out) {
        Borrowed<Column> value_column(columns(), count_);
        Column& value = *value_column;
        eval(n.a, active, value);
        for (std::size_t i = 0; i < count_; ++i)
            if (active[i]) out[i] = n.op == Op::Not ? truth(value[i].is_zero()) : -value[i];
    }

    void binary(const Node& n, const Mask& active, Column& out) {
        Borrowed<Column> a_column(columns(), count_), b_column(columns(), count_);
        Column &a = *a_column, &b = *b_column;
        eval(n.a, active, a);
        eval(n.b, active, b);
        for (std::size_t i = 0; i < count_; ++i) {
            if (!active[i]) continue;
            const Rational& x = a[i];
            const Rational& y = b[i];
            if (is_comparison(n.op)) {
                out[i] = truth(compare(n.op, x, y));
                continue;
            }
            switch (n.op) {
                case Op::Add: out[i] = x + y; break;
                case Op::Subtract: out[i] = x - y; break;
                case Op::Multiply: out[i] = x * y; break;
                case Op::Divide: out[i] = x / y; break;
                case Op::Min: out[i] = std::min(x, y); break;
                case Op::Max: out[i] = std::max(x, y); break;
                default: out[i] = one_item(std::int32_t(&n - p_.nodes.data()), i); break;
            }
        }
    }

    const Program& p_;
    const Inputs& in_;
    std::size_t count_;
};

}  // namespace

std::vector<std::uint8_t> item_dependence(const Program& program) {
    // Children are always emitted before their parent, so one pass in order will do.
    std::vector<std::uint8_t> varies(program.nodes.size(), 0);
    for (std::size_t i = 0; i < program.nodes.size(); ++i) {
        const Node& n = program.nodes[i];
        bool depends = (n.op == Op::PlanFact || n.op == Op::PlanText) && static_cast<PlanScope>(n.b) != PlanScope::Plan;
        if (has_child_a(n.op)) depends = depends || varies[std::size_t(n.a)];
        if (has_child_b(n.op)) depends = depends || varies[std::size_t(n.b)];
        if (n.op == Op::If) depends = depends || varies[std::size_t(n.c)];
        varies[i] = depends ? 1 : 0;
    }
    return varies;
}

void run_each(const Program& program, const Inputs& inputs, int count, std::vector<char>& out) {
    out.assign(std::size_t(count), 0);
    if (count <= 0) return;
    ColumnEvaluator(program, inputs, count).run(out);
}

}  // namespace openras::expr
