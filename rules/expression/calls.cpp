// The built-in functions: checking their arguments and compiling them.
#include "rules/expression/compiler.hpp"

#include "rules/expression/suggest.hpp"
#include "rules/expression/types.hpp"

#include <algorithm>

namespace openras::expr {
namespace {

struct Noun {
    const char* name;     // "question"
    const char* example;  // what a correct first argument looks like
};

Noun noun(Catalogued what) {
    switch (what) {
        case Catalogued::Question: return {"question", "\"eating\""};
        case Catalogued::Domain: return {"domain", "\"personal_care\""};
        case Catalogued::Table: return {"table", "\"equipment_allowance\", answer(\"equipment\")"};
        case Catalogued::Stream: return {"funding stream", "\"personal_budget\""};
    }
    return {"name", "\"...\""};
}

bool is_literal_of(const SyntaxNode& node, Type type) {
    return node.kind == SyntaxKind::Literal && node.value.type == type;
}

std::string key_text(const Value& key) {
    return key.type == Type::Text ? "\"" + key.text + "\"" : key.number.to_decimal_string();
}

}  // namespace

Typed Compiler::call(const SyntaxNode& node) {
    const std::string_view fn = node.name;
    if (fn == "answer") return question_function(node, Op::Answer);
    if (fn == "answered") return question_function(node, Op::Answered);
    if (fn == "points") return question_function(node, Op::Points);
    if (fn == "raw_points") return domain_function(node, Op::RawPoints);
    if (fn == "domain_points") return domain_function(node, Op::DomainPoints);
    if (fn == "stream_total") return stream_total(node);
    if (fn == "lookup") return lookup(node);
    if (fn == "min") return min_max(node, Op::Min);
    if (fn == "max") return min_max(node, Op::Max);
    if (fn == "floor") return rounding(node, Op::Floor);
    if (fn == "ceil") return rounding(node, Op::Ceil);
    if (fn == "round") return rounding(node, Op::Round);
    const std::string written(fn);
    if (fn == "total_points" || fn == "weekly_total" || catalogue_.parameters.count(written) != 0) {
        problem(ErrorCode::Syntax, node.at, written + " is not a function; write it without brackets");
        return {};
    }
    problem(ErrorCode::UnknownName, node.at,
            "unknown function \"" + written + "\"" +
                did_you_mean(fn, {std::begin(function_names), std::end(function_names)}));
    return {};
}

// Checks that `call` has `arity` arguments, the first an id in quotes naming something in
// the catalogue, and records the reference. Returns the catalogue index.
std::optional<int> Compiler::catalogued(const SyntaxNode& call, Catalogued what, std::size_t arity) {
    const Noun n = noun(what);
    const std::string fn(call.name);
    if (call.children.size() != arity || !is_literal_of(tree_[call.children[0]], Type::Text)) {
        problem(ErrorCode::WrongType, call.at,
                fn + "(...) needs " + (arity == 1 ? "one " : "a ") + n.name + " id in quotes" +
                    (arity == 1 ? "" : " and a key") + ", for example " + fn + "(" + n.example + ")");
        return std::nullopt;
    }
    const SyntaxNode& argument = tree_[call.children[0]];
    const std::string& id = argument.value.text;
    const int index = find_catalogued(what, id);
    if (index < 0) {
        problem(ErrorCode::UnknownName, argument.at,
                std::string("unknown ") + n.name + " \"" + id + "\" in " + fn + "(...)" +
                    did_you_mean(id, catalogued_ids(what)));
        return std::nullopt;
    }
    static constexpr Reference::Kind kinds[] = {Reference::Kind::Question, Reference::Kind::Domain,
                                                Reference::Kind::Table, Reference::Kind::Stream};
    refer(kinds[static_cast<int>(what)], id);
    return index;
}

int Compiler::find_catalogued(Catalogued what, std::string_view id) const {
    switch (what) {
        case Catalogued::Question: return catalogue_.question_index(id);
        case Catalogued::Domain: return catalogue_.domain_index(id);
        case Catalogued::Table: return catalogue_.table_index(id);
        case Catalogued::Stream: return catalogue_.stream_index(id);
    }
    return -1;
}

std::vector<std::string_view> Compiler::catalogued_ids(Catalogued what) const {
    std::vector<std::string_view> ids;
    switch (what) {
        case Catalogued::Question: for (const auto& q : catalogue_.questions) ids.push_back(q.id); break;
        case Catalogued::Domain: ids.assign(catalogue_.domains.begin(), catalogue_.domains.end()); break;
        case Catalogued::Table: for (const auto& t : catalogue_.tables) ids.push_back(t.id); break;
        case Catalogued::Stream: ids.assign(catalogue_.streams.begin(), catalogue_.streams.end()); break;
    }
    return ids;
}

Typed Compiler::question_function(const SyntaxNode& node, Op op) {
    if (!answers_allowed(node)) return {};
    const auto question = catalogued(node, Catalogued::Question, 1);
    if (!question) return {};
    switch (op) {
        case Op::Answer: return {emit(op, *question, question_entry(*question)), Type::Text};
        case Op::Points: return {emit(op, *question, question_entry(*question)), Type::Number};
        default: return {emit(op, *question), Type::Bool};
    }
}

Typed Compiler::domain_function(const SyntaxNode& node, Op op) {
    if (!answers_allowed(node)) return {};
    const auto domain = catalogued(node, Catalogued::Domain, 1);
    if (!domain) return {};
    return {emit(op, *domain), Type::Number};
}

Typed Compiler::stream_total(const SyntaxNode& node) {
    const bool allowed = totals_allowed(node, "stream_total(...)");
    const auto stream = catalogued(node, Catalogued::Stream, 1);  // checked either way
    if (!allowed || !stream) return {};
    return {emit(Op::StreamTotal, *stream), Type::Money};
}

Typed Compiler::lookup(const SyntaxNode& node) {
    const auto table = catalogued(node, Catalogued::Table, 2);
    const Typed key = node.children.size() == 2 ? visit(node.children[1]) : Typed{};
    if (!table || !key.ok()) return {};
    const Catalogue::Table& data = catalogue_.tables[static_cast<std::size_t>(*table)];
    if (*key.type != data.key_type) {
        problem(ErrorCode::WrongType, tree_[node.children[1]].start,
                "table \"" + data.id + "\" is looked up by " + a_type(data.key_type) + ", but this key is " +
                    a_type(*key.type));
        return {};
    }
    check_literal_key(data, tree_[node.children[1]]);
    return {emit(Op::Lookup, key.node, table_entry(*table)), data.value_type};
}

// A key written out in full can be checked now instead of failing for every person later.
void Compiler::check_literal_key(const Catalogue::Table& table, const SyntaxNode& key) {
    if (key.kind != SyntaxKind::Literal) return;
    std::vector<std::string> keys;
    for (const auto& [row_key, value] : table.rows) {
        if (row_key == key.value) return;
        keys.push_back(row_key.type == Type::Text ? row_key.text : row_key.number.to_decimal_string());
    }
    std::string message = "table \"" + table.id + "\" has no row for " + key_text(key.value);
    if (!keys.empty() && keys.size() <= 12) {
        message += " (its keys are ";
        for (std::size_t i = 0; i < keys.size(); ++i) message += (i ? ", " : "") + keys[i];
        message += ")";
    }
    problem(ErrorCode::InvalidValue, key.at, message);
}

Typed Compiler::min_max(const SyntaxNode& node, Op op) {
    const std::string fn(node.name);
    if (node.children.empty()) {
        problem(ErrorCode::WrongType, node.at, fn + "(...) needs at least one value");
        return {};
    }
    std::vector<Typed> values;
    for (int child : node.children) values.push_back(visit(child));
    std::optional<Type> type = values[0].type;
    if (type && *type != Type::Number && *type != Type::Money) {
        problem(ErrorCode::WrongType, tree_[node.children[0]].start,
                fn + "(...) works on numbers or money, not " + a_type(*type));
        return {};
    }
    bool good = type.has_value();
    for (std::size_t i = 1; i < values.size(); ++i) {
        if (!values[i].ok()) good = false;
        else if (type && *values[i].type != *type) {
            problem(ErrorCode::WrongType, tree_[node.children[i]].start,
                    fn + "(...) needs values of one type: this is " + a_type(*values[i].type) +
                        " but the first is " + a_type(*type));
            good = false;
        }
    }
    if (!good) return {};
    std::int32_t result = values[0].node;
    for (std::size_t i = 1; i < values.size(); ++i) result = emit(op, result, values[i].node);
    return {result, *type};
}

Typed Compiler::rounding(const SyntaxNode& node, Op op) {
    const std::string fn(node.name);
    if (node.children.size() != 1) {
        problem(ErrorCode::WrongType, node.at, fn + "(...) needs exactly one value");
        return {};
    }
    const Typed value = visit(node.children[0]);
    if (!value.ok()) return {};
    if (*value.type != Type::Number && *value.type != Type::Money) {
        problem(ErrorCode::WrongType, tree_[node.children[0]].start,
                fn + "(...) works on a number or money, not " + a_type(*value.type));
        return {};
    }
    return {emit(op, value.node), *value.type};
}

}  // namespace openras::expr
