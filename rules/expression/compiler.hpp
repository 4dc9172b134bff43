#pragma once
// Checks a parsed expression against the catalogue and turns it into a Program.
//
// The walk goes on after a problem so that every unknown name and type error is reported in
// one pass. A sub-expression that already failed has no type, and operators over it stay
// quiet rather than pile a second message on the first.
#include "rules/expression/expression.hpp"
#include "rules/expression/plan_facts.hpp"
#include "rules/expression/program.hpp"
#include "rules/expression/syntax.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace openras::expr {

struct Compiled {
    Program program;
    Type type = Type::Number;
    std::vector<Reference> references;
};

// nullopt when any problem was added to `problems`.
std::optional<Compiled> compile_tree(const SyntaxTree& tree, std::string_view source,
                                     const SourceLocation& start, const Catalogue& catalogue,
                                     Phase phase, Diagnostics& problems);

// A compiled sub-expression: its node and type, or no type when it already failed.
struct Typed {
    std::int32_t node = -1;
    std::optional<Type> type;
    bool ok() const { return type.has_value(); }
};

// The built-in functions, for "did you mean" and for a function name written without brackets.
inline constexpr std::string_view function_names[] = {
    "answer", "answered", "points", "raw_points", "domain_points", "lookup",
    "min", "max", "floor", "ceil", "round", "stream_total",
};

// Things an expression names in quotes as a function's first argument.
enum class Catalogued { Question, Domain, Table, Stream };

class Compiler {
public:
    Compiler(const SyntaxTree& tree, std::string_view source, const SourceLocation& start,
             const Catalogue& catalogue, Phase phase, Diagnostics& problems);
    std::optional<Compiled> run();

private:
    // compiler.cpp: the shape of the language
    Typed visit(int index);
    Typed literal(const SyntaxNode& node);
    Typed name(const SyntaxNode& node);
    Typed unary(const SyntaxNode& node);
    Typed binary(const SyntaxNode& node);
    Typed conditional(const SyntaxNode& node);
    std::optional<Typed> answer_test(const SyntaxNode& node);
    bool totals_allowed(const SyntaxNode& node, std::string_view what);
    bool answers_allowed(const SyntaxNode& node);

    // plan_facts_compile.cpp: facts about a support plan, in plan checks
    Typed plan_fact(const SyntaxNode& node);
    std::optional<Typed> plan_text_test(const SyntaxNode& node);
    std::int32_t enumeration_entry(const PlanFactInfo& fact);

    // calls.cpp: the functions
    Typed call(const SyntaxNode& node);
    Typed question_function(const SyntaxNode& node, Op op);
    Typed domain_function(const SyntaxNode& node, Op op);
    Typed stream_total(const SyntaxNode& node);
    Typed lookup(const SyntaxNode& node);
    void check_literal_key(const Catalogue::Table& table, const SyntaxNode& key);
    Typed min_max(const SyntaxNode& node, Op op);
    Typed rounding(const SyntaxNode& node, Op op);
    std::optional<int> catalogued(const SyntaxNode& call, Catalogued what, std::size_t arity);
    int find_catalogued(Catalogued what, std::string_view id) const;
    std::vector<std::string_view> catalogued_ids(Catalogued what) const;

    // program_data.cpp: what the program carries besides its nodes
    std::int32_t emit(Op op, std::int32_t a = -1, std::int32_t b = -1, std::int32_t c = -1,
                      Rational constant = {});
    std::int32_t intern(std::string_view text);
    Rational slot_of(const Value& value);
    std::int32_t question_entry(int question);
    std::int32_t table_entry(int table);
    void finish_tables();
    void refer(Reference::Kind kind, std::string_view id);
    void problem(ErrorCode code, std::size_t offset, std::string message);

    const SyntaxTree& tree_;
    std::string_view source_;
    const SourceLocation& start_;
    const Catalogue& catalogue_;
    Phase phase_;
    Diagnostics& problems_;
    bool failed_ = false;

    Program program_;
    std::vector<Reference> references_;
    std::map<std::string, std::int32_t, std::less<>> text_index_;
    std::map<int, std::int32_t> question_entries_;
    std::map<int, std::int32_t> table_entries_;
    std::map<const PlanFactInfo*, std::int32_t> enumeration_entries_;
};

}  // namespace openras::expr
