// Reads `[[parameter]]` and `[[table]]`: the named constants and lookup tables that the
// council's expressions may use.
#include "rules/loader_parts.hpp"

namespace openras::loader {
namespace {

bool looks_like_money(const toml::node& node) {
    const auto* text = node.as_string();
    return text && (text->get().find("\u00a3") != std::string::npos);
}

// A constant's value: "£12.50" is money, 3 / "0.5" / "50%" a number, true/false a yes/no.
std::optional<expr::Value> constant_from(const toml::node& node, std::string& why) {
    if (const auto* flag = node.as_boolean()) return expr::Value::of_bool(flag->get());
    if (looks_like_money(node)) {
        if (auto amount = precise_money_from(node, why)) return expr::Value::of_money_pence(amount->exact());
        return std::nullopt;
    }
    if (auto number = exact_decimal_from(node, why)) return expr::Value::of_number(*number);
    return std::nullopt;
}

}  // namespace

void read_parameters(Builder& b, const toml::table& document) {
    std::unordered_map<std::string, SourceLocation> seen;
    b.for_each_table(document, "parameter", "", false, [&](TomlTableReader& r, int) {
        r.reject_unknown_keys({"id", "value", "description", "citation"});
        Parameter p;
        p.where = r.here();
        p.id = r.string("id").value_or("");
        p.description = r.string("description", false).value_or("");
        p.citation = r.citation().value_or(Citation{});
        if (const toml::node* value = r.node("value")) {
            std::string why;
            if (auto constant = constant_from(*value, why))
                p.value = *constant;
            else
                r.problem_at("value", ErrorCode::WrongType, "`" + r.path() + ".value`: " + why);
        } else {
            r.problem(ErrorCode::MissingField, "`" + r.path() + ".value` is missing", r.here());
        }
        if (p.id.empty()) return;
        if (!b.claim_id(seen, p.id, "parameter", p.where)) return;
        b.out.catalogue.parameters.emplace(p.id, p.value);
        b.out.parameters.push_back(std::move(p));
    });
}

namespace {

std::optional<expr::Value> table_key(TomlTableReader& row) {
    const toml::node* key = row.node("key");
    if (!key) {
        row.problem(ErrorCode::MissingField, "`" + row.path() + ".key` is missing", row.here());
        return std::nullopt;
    }
    if (const auto* text = key->as_string()) return expr::Value::of_text(text->get());
    if (const auto* whole = key->as_integer()) return expr::Value::of_number(Rational(whole->get()));
    row.problem_at("key", ErrorCode::WrongType, "`" + row.path() + ".key` must be text or a whole number");
    return std::nullopt;
}

std::optional<expr::Value> table_value(TomlTableReader& row) {
    const toml::node* value = row.node("value");
    if (!value) {
        row.problem(ErrorCode::MissingField, "`" + row.path() + ".value` is missing", row.here());
        return std::nullopt;
    }
    std::string why;
    std::optional<expr::Value> out;
    if (looks_like_money(*value)) {
        if (auto amount = precise_money_from(*value, why)) out = expr::Value::of_money_pence(amount->exact());
    } else if (auto number = exact_decimal_from(*value, why)) {
        out = expr::Value::of_number(*number);
    }
    if (!out) row.problem_at("value", ErrorCode::WrongType, "`" + row.path() + ".value`: " + why);
    return out;
}

void read_table_rows(Builder& b, TomlTableReader& r, expr::Catalogue::Table& table) {
    const toml::array* rows = r.array("rows");
    if (!rows) return;
    for (std::size_t i = 0; i < rows->size(); ++i) {
        const toml::table* cells = rows->get(i)->as_table();
        if (!cells) {
            r.problem(ErrorCode::WrongType, "each row of `" + r.path() + ".rows` must be { key = ..., value = ... }",
                      location_of(*rows->get(i), b.file));
            continue;
        }
        TomlTableReader row(*cells, r.path() + ".rows[" + std::to_string(i) + "]", b.file, b.problems);
        row.reject_unknown_keys({"key", "value"});
        auto key = table_key(row);
        auto value = table_value(row);
        if (!key || !value) continue;
        if (table.rows.empty()) {
            table.key_type = key->type;
            table.value_type = value->type;
        } else if (key->type != table.key_type || value->type != table.value_type) {
            row.problem(ErrorCode::WrongType, "every row of a table must have the same kinds of key and value",
                        row.here());
            continue;
        }
        for (const auto& existing : table.rows)
            if (existing.first == *key)
                row.problem_at("key", ErrorCode::Duplicate, "the key " + key->to_display_string() + " appears twice");
        table.rows.emplace_back(std::move(*key), std::move(*value));
    }
    if (rows->empty()) r.problem_at("rows", ErrorCode::MissingField, "`" + r.path() + ".rows` is empty");
}

}  // namespace

void read_tables(Builder& b, const toml::table& document) {
    std::unordered_map<std::string, SourceLocation> seen;
    b.for_each_table(document, "table", "", false, [&](TomlTableReader& r, int) {
        r.reject_unknown_keys({"id", "description", "rows", "citation"});
        LookupTable info;
        info.where = r.here();
        info.description = r.string("description", false).value_or("");
        info.citation = r.citation().value_or(Citation{});
        expr::Catalogue::Table table;
        table.id = r.string("id").value_or("");
        read_table_rows(b, r, table);
        if (table.id.empty() || !b.claim_id(seen, table.id, "table", info.where)) return;
        b.out.catalogue.tables.push_back(std::move(table));
        b.out.tables.push_back(std::move(info));
    });
}

}  // namespace openras::loader
