#pragma once
// The compiled form of an expression: a flat vector of fixed-size nodes with child indices,
// every name already resolved to an index or copied in as a constant. Evaluating it reads
// only this and the Inputs, and allocates nothing.
//
// Every value at run time is one Rational "slot": numbers as themselves, money as exact
// pence, true/false as 1/0, and text as an index into `texts` (all text an expression can
// produce is known when it compiles, so equal text has equal index and compares as a number).
#include "rules/expression/expression.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace openras::expr {

enum class Op : std::uint8_t {
    Constant,      // constant
    Answer,        // a: question, b: questions[] entry           -> text index
    AnswerIs,      // a: question, b: answer index (-1 = none)    -> bool
    AnswerIsNot,   // as AnswerIs, negated
    Answered,      // a: question
    Points,        // a: question, b: questions[] entry
    RawPoints,     // a: domain
    DomainPoints,  // a: domain
    TotalPoints,
    WeeklyTotal,
    StreamTotal,   // a: stream
    Lookup,        // a: key node, b: tables[] entry
    Negate,        // a
    Add, Subtract, Multiply, Divide,           // a, b
    Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual,  // a, b
    And, Or,       // a, b; b is evaluated only when needed
    Not,           // a
    If,            // a: condition, b: then, c: else
    Min, Max,      // a, b (longer lists are chained at compile time)
    Floor, Ceil, Round,  // a
    PlanFact,      // a: slot, b: scope (plan_facts.hpp)
    PlanText,      // a: slot, b: scope, c: enumerations[] entry -> text index
};

struct Node {
    Op op = Op::Constant;
    std::int32_t a = -1;
    std::int32_t b = -1;
    std::int32_t c = -1;
    Rational constant;
};

// What the program needs to know about one question. Entry 0 stands for "unanswered".
struct QuestionData {
    std::vector<Rational> points;         // 0, then each answer's points
    std::vector<std::int32_t> text_ids;   // "" , then each answer's id, as text indices
};

struct TableData {
    std::string id;
    Type key_type = Type::Text;
    std::vector<Rational> values;          // one per row, as slots
    std::vector<Rational> number_keys;     // Number keys: rows sorted by key
    std::vector<std::int32_t> key_texts;   // Text keys: each row's key as a text index
    std::vector<std::int32_t> row_by_text; // Text keys: text index -> row, -1 for none
};

struct Program {
    std::vector<Node> nodes;
    std::int32_t root = -1;
    std::vector<QuestionData> questions;
    std::vector<TableData> tables;
    std::vector<std::string> texts;  // texts[0] is ""
    std::vector<std::vector<std::int32_t>> enumerations;  // text plan facts: value ordinal -> text index
    std::vector<std::uint8_t> varies;  // per node: 1 when it reads a plan item's facts (item_dependence)
    RoundingRule rounding = RoundingRule::HalfUp;
};

// Works out the root slot. Throws OpenRasError (Evaluation) as Expression::evaluate says.
Rational run(const Program& program, const Inputs& inputs);
// Works out one node's slot.
Rational run_node(const Program& program, const Inputs& inputs, std::int32_t node);

// Per node, whether its value depends on which plan item is looked at (column_evaluator.cpp).
std::vector<std::uint8_t> item_dependence(const Program& program);
// Works a true/false program out for items 0..count-1 of a for_each plan check at once, a
// node at a time over all the items (a column), instead of item by item: the same results and
// the same errors as `run` with inputs.plan_item = each item, at a fraction of the cost.
// `program.varies` must be filled. out[i] is 1 or 0.
void run_each(const Program& program, const Inputs& inputs, int count, std::vector<char>& out);

}  // namespace openras::expr
