#pragma once
// The council's expression language: small, safe, exact.
//
// Expressions are written in rule-set strings (`when = '...'`, `amount = '...'`). They are
// type-checked and compiled once when the rule set loads, then evaluated many times. There is
// no loop, no assignment, no I/O and no binary floating point: an expression can only read the
// person's answers, their points, the rule set's own parameters and tables, and (in threshold
// rules) the totals already worked out. That is what makes rationing by availability
// impossible to express: nothing outside the person and the published rules is visible.
//
// Grammar (lowest precedence first):
//   expr       := 'if' expr 'then' expr 'else' expr | or
//   or         := and ('or' and)*
//   and        := not ('and' not)*
//   not        := 'not' not | comparison
//   comparison := additive (('=='|'!='|'<'|'<='|'>'|'>=') additive)?
//   additive   := term (('+'|'-') term)*
//   term       := unary (('*'|'/') unary)*
//   unary      := '-' unary | primary
//   primary    := NUMBER | PERCENT | MONEY | STRING | 'true' | 'false'
//               | IDENT | IDENT '(' args ')' | '(' expr ')'
// Literals: 12, 0.75 (exact decimal), 75% (= 0.75), £12.50 (money), "regular" (text).
// Types: number, money (exact pence), bool, text. money±money, money×number, money÷number give
// money; money÷money gives number; comparisons need matching types. Division is exact; an
// amount becomes whole pence only where the engine rounds it by the rule set's named rule.
//
// Functions:
//   answer("q")          text: the id of the answer given to question q ("" when unanswered)
//   answered("q")        bool
//   points("q")          number: points of the answer given (0 when unanswered)
//   raw_points("d")      number: domain d's points before the informal-support reduction
//   domain_points("d")   number: domain d's points after the reduction
//   lookup("t", key)     the value in table t for key (text or number key); no row is an error
//   min(a, b, ...), max(a, b, ...)   same type throughout (number or money)
//   floor(x), ceil(x)    round a number down/up to a whole number, or money to whole pence
//   round(x)             round to whole number / whole pence by the rule set's rounding rule
// Names: a bare identifier is a parameter id, or one of
//   total_points         number: all points after reductions
//   weekly_total         money: the indicative weekly amount (threshold rules only)
//   stream_total("s")    money: one funding stream's weekly amount (threshold rules only)
//   plan.total, line.unit_cost, ...   facts about a support plan (plan checks only; the list
//                        is in plan_facts.hpp). Dotted names are always plan facts.
#include "rules/error.hpp"
#include "rules/rational.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace openras::expr {

enum class Type { Number, Money, Bool, Text };
const char* type_name(Type type);  // "number", "money", "true/false", "text"

// A value. Money is held as an exact Rational number of pence.
struct Value {
    Type type = Type::Number;
    Rational number;          // Number and Money
    bool boolean = false;     // Bool
    std::string text;         // Text

    static Value of_number(Rational n) { return Value{Type::Number, n, false, {}}; }
    static Value of_money_pence(Rational p) { return Value{Type::Money, p, false, {}}; }
    static Value of_bool(bool b) { return Value{Type::Bool, {}, b, {}}; }
    static Value of_text(std::string t) { return Value{Type::Text, {}, false, std::move(t)}; }
    // "£12.50", "0.75", "yes"/"no", "regular": for explanations.
    std::string to_display_string() const;
    friend bool operator==(const Value&, const Value&) = default;
};

// Everything a rule set lets its expressions name, indexed the way the engine stores answers.
struct Catalogue {
    struct Question {
        std::string id;
        std::vector<std::string> answer_ids;
        std::vector<Rational> answer_points;  // 0 for informal-support questions
    };
    struct Table {
        std::string id;
        Type key_type = Type::Text;   // Text or Number
        Type value_type = Type::Money;
        std::vector<std::pair<Value, Value>> rows;
    };
    std::vector<Question> questions;
    std::vector<std::string> domains;
    std::vector<std::string> streams;
    std::unordered_map<std::string, Value> parameters;
    std::vector<Table> tables;
    RoundingRule rounding = RoundingRule::HalfUp;  // used by round()

    int question_index(std::string_view id) const;  // -1 when unknown
    int domain_index(std::string_view id) const;
    int stream_index(std::string_view id) const;
    int table_index(std::string_view id) const;
};

// Where an expression is used decides what it may read.
enum class Phase {
    Adjustment,  // rules that add money: may not read totals (so they cannot cap a budget)
    Threshold,   // panel thresholds: may also read weekly_total and stream_total
    // Plan checks (expression/plan_facts.hpp): they read facts about a support plan, never the
    // questionnaire. A check run once per plan sees the plan-wide facts; one run for each
    // line (outcome, ...) also sees that item's facts.
    PlanCheck, PlanCheckLine, PlanCheckOutcome, PlanCheckRisk, PlanCheckAction, PlanCheckReview,
    PlanCheckQuestion,
};

class PlanFacts;

// The person's figures at the moment an expression runs. Pointers index as the Catalogue does.
struct Inputs {
    const int* answer_index = nullptr;           // per question, -1 when unanswered
    const Rational* raw_domain_points = nullptr;  // per domain
    const Rational* domain_points = nullptr;      // per domain, after reductions
    Rational total_points;
    const Rational* stream_totals = nullptr;      // per stream, exact pence (Threshold only)
    Rational weekly_total;                        // exact pence (Threshold only)
    const PlanFacts* plan = nullptr;              // plan checks only
    int plan_item = -1;                           // the item a for_each plan check is looking at
};

// Something an expression reads, for the explanation's list of inputs.
struct Reference {
    enum class Kind { Question, Domain, Parameter, Table, TotalPoints, WeeklyTotal, Stream, PlanFact };
    Kind kind;
    std::string id;  // question, domain, parameter, table or stream id, or plan fact name; empty for totals
};

class Expression {
public:
    // Parses and type-checks `source`. `start` is the position of the expression's first
    // character in its file, so problems are reported at file:line:col. On failure every
    // problem is added to `problems` and nullptr is returned.
    static std::shared_ptr<const Expression> compile(std::string_view source, const SourceLocation& start,
                                                     const Catalogue& catalogue, Phase phase,
                                                     Diagnostics& problems);
    virtual ~Expression() = default;

    virtual Type type() const = 0;
    // Throws OpenRasError (ErrorCode::Evaluation) on division by zero, overflow or a table
    // lookup with no matching row.
    virtual Value evaluate(const Inputs& inputs) const = 0;
    // For a true/false expression: evaluate(inputs).boolean, without building a Value. Plan
    // checks run it hundreds of times per plan.
    virtual bool test(const Inputs& inputs) const { return evaluate(inputs).boolean; }
    // For a true/false plan check with for_each: out[i] = test() with inputs.plan_item = i, for
    // i in 0..count-1, worked out for all the items together (see program.hpp's run_each).
    virtual void test_each(const Inputs& inputs, int count, std::vector<char>& out) const {
        out.assign(static_cast<std::size_t>(count > 0 ? count : 0), 0);
        Inputs item = inputs;
        for (int i = 0; i < count; ++i) {
            item.plan_item = i;
            out[static_cast<std::size_t>(i)] = test(item) ? 1 : 0;
        }
    }
    // Distinct references in order of first appearance.
    virtual const std::vector<Reference>& references() const = 0;
    virtual const std::string& source() const = 0;
};

}  // namespace openras::expr
