// The Expression factory: parse, check, compile; and the compiled expression itself.
#include "rules/expression/expression.hpp"

#include "rules/expression/compiler.hpp"
#include "rules/expression/location.hpp"
#include "rules/expression/parser.hpp"
#include "rules/expression/program.hpp"

namespace openras::expr {
namespace {

class CompiledExpression final : public Expression {
public:
    CompiledExpression(std::string source, SourceLocation start, Compiled compiled)
        : source_(std::move(source)), start_(std::move(start)), compiled_(std::move(compiled)) {
        compiled_.program.varies = item_dependence(compiled_.program);
    }

    Type type() const override { return compiled_.type; }
    const std::vector<Reference>& references() const override { return compiled_.references; }
    const std::string& source() const override { return source_; }

    Value evaluate(const Inputs& inputs) const override { return to_value(slot(inputs)); }
    bool test(const Inputs& inputs) const override { return !slot(inputs).is_zero(); }
    void test_each(const Inputs& inputs, int count, std::vector<char>& out) const override {
        located([&] { run_each(compiled_.program, inputs, count, out); });
    }

private:
    Rational slot(const Inputs& inputs) const {
        Rational out;
        located([&] { out = run(compiled_.program, inputs); });
        return out;
    }

    // Runs `work`, placing any evaluation error at the expression: arithmetic does not know
    // where it was written; the expression does.
    template <typename Work>
    void located(Work work) const {
        try {
            work();
        } catch (const OpenRasError& error) {
            if (!error.error().where.file.empty() || error.error().where.line > 0) throw;
            throw OpenRasError(Error{ErrorCode::Evaluation, error.error().message, start_});
        }
    }

    Value to_value(const Rational& slot) const {
        switch (compiled_.type) {
            case Type::Number: return Value::of_number(slot);
            case Type::Money: return Value::of_money_pence(slot);
            case Type::Bool: return Value::of_bool(!slot.is_zero());
            case Type::Text: return Value::of_text(compiled_.program.texts[static_cast<std::size_t>(slot.numerator())]);
        }
        return {};
    }

    std::string source_;
    SourceLocation start_;
    Compiled compiled_;
};

}  // namespace

std::shared_ptr<const Expression> Expression::compile(std::string_view source, const SourceLocation& start,
                                                      const Catalogue& catalogue, Phase phase,
                                                      Diagnostics& problems) {
    const ParseResult parsed = parse(source);
    if (parsed.error) {
        problems.add(ErrorCode::Syntax, parsed.error->message, locate(source, start, parsed.error->offset));
        return nullptr;
    }
    auto compiled = compile_tree(parsed.tree, source, start, catalogue, phase, problems);
    if (!compiled) return nullptr;
    return std::make_shared<const CompiledExpression>(std::string(source), start, std::move(*compiled));
}

}  // namespace openras::expr
