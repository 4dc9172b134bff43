// Reads `[[rule]]` (the council's adjustments) and `[[threshold]]` (referral to a panel), and
// compiles their expressions against the finished questionnaire.
#include "rules/loader_parts.hpp"

namespace openras::loader {
namespace {

// Byte offset of a 1-based line and character column (TOML counts characters, not bytes).
std::size_t offset_of(std::string_view text, int line, int column) {
    std::size_t at = 0;
    for (int l = 1; l < line && at < text.size(); ++at)
        if (text[at] == '\n') ++l;
    for (int c = 1; c < column && at < text.size(); ++c) {
        ++at;
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    }
    return at;
}

// Where an expression's first character is, given where its TOML string starts: after one
// quote, or after three for a multi-line string, whose first newline TOML drops.
SourceLocation expression_start(std::string_view text, SourceLocation at) {
    const std::size_t offset = offset_of(text, at.line, at.column);
    const std::string_view rest = text.substr(std::min(offset, text.size()));
    if (rest.substr(0, 3) != "'''" && rest.substr(0, 3) != "\"\"\"") {
        at.column += 1;
        return at;
    }
    const std::string_view after = rest.substr(3);
    if (after.substr(0, 1) == "\n" || after.substr(0, 2) == "\r\n") {
        at.line += 1;
        at.column = 1;
    } else {
        at.column += 3;
    }
    return at;
}

// Compiles the expression in `key`, checking that it gives the expected type.
std::shared_ptr<const expr::Expression> compile_field(Builder& b, TomlTableReader& r, std::string_view key,
                                                      expr::Phase phase, expr::Type expected, bool required) {
    auto text = r.string(key, required);
    if (!text) return nullptr;
    const SourceLocation start = expression_start(b.text, r.at(key));
    auto compiled = expr::Expression::compile(*text, start, b.out.catalogue, phase, b.problems);
    if (compiled && compiled->type() != expected) {
        r.problem_at(key, ErrorCode::WrongType,
                     "`" + r.path() + "." + std::string(key) + "` must give " + expr::type_name(expected) +
                         ", but this expression gives " + expr::type_name(compiled->type()));
        return nullptr;
    }
    return compiled;
}

}  // namespace

void read_rules(Builder& b, const toml::table& document) {
    std::unordered_map<std::string, SourceLocation> seen;
    b.for_each_table(document, "rule", "", false, [&](TomlTableReader& r, int) {
        r.reject_unknown_keys({"id", "title", "stream", "when", "amount", "citation"});
        AdjustmentRule rule;
        rule.where = r.here();
        rule.id = r.string("id").value_or("");
        rule.title = r.string("title").value_or("");
        rule.stream = b.stream_named(r);
        rule.citation = r.citation().value_or(Citation{});
        rule.when = compile_field(b, r, "when", expr::Phase::Adjustment, expr::Type::Bool, false);
        rule.amount = compile_field(b, r, "amount", expr::Phase::Adjustment, expr::Type::Money, true);
        if (!rule.id.empty()) b.claim_id(seen, rule.id, "rule", rule.where);
        b.out.rules.push_back(std::move(rule));
    });
}

void read_thresholds(Builder& b, const toml::table& document) {
    std::unordered_map<std::string, SourceLocation> seen;
    b.for_each_table(document, "threshold", "", false, [&](TomlTableReader& r, int) {
        r.reject_unknown_keys({"id", "weekly_above", "when", "message", "citation"});
        Threshold t;
        t.where = r.here();
        t.id = r.string("id").value_or("");
        t.message = r.string("message").value_or("");
        t.citation = r.citation().value_or(Citation{});
        t.weekly_above = r.money("weekly_above", false);
        t.when = compile_field(b, r, "when", expr::Phase::Threshold, expr::Type::Bool, false);
        if (!r.has("weekly_above") && !r.has("when"))
            r.problem(ErrorCode::MissingField, "`" + r.path() + "` needs `weekly_above` or `when`", t.where);
        if (!t.id.empty()) b.claim_id(seen, t.id, "threshold", t.where);
        b.out.thresholds.push_back(std::move(t));
    });
}

}  // namespace openras::loader
