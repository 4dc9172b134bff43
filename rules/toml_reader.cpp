#include "rules/toml_reader.hpp"

#include <algorithm>
#include <charconv>

namespace openras {

SourceLocation location_of(const toml::node& node, const std::string& file, const std::string& field) {
    const auto& begin = node.source().begin;
    return SourceLocation{file, int(begin.line), int(begin.column), field};
}

TomlTableReader::TomlTableReader(const toml::table& table, std::string path, const std::string& file,
                                 Diagnostics& problems)
    : table_(table), path_(std::move(path)), file_(file), problems_(problems) {}

std::string TomlTableReader::field(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

SourceLocation TomlTableReader::here() const { return location_of(table_, file_); }

SourceLocation TomlTableReader::at(std::string_view key) const {
    const toml::node* value = table_.get(key);
    return value ? location_of(*value, file_) : here();
}

void TomlTableReader::problem(ErrorCode code, std::string message, SourceLocation where) {
    problems_.add(code, std::move(message), std::move(where));
}

void TomlTableReader::problem_at(std::string_view key, ErrorCode code, std::string message) {
    problem(code, std::move(message), at(key));
}

const toml::node* TomlTableReader::require(std::string_view key, bool required) {
    const toml::node* value = table_.get(key);
    if (!value && required)
        problem(ErrorCode::MissingField, "`" + field(key) + "` is missing", here());
    return value;
}

std::optional<std::string> TomlTableReader::string(std::string_view key, bool required) {
    const toml::node* value = require(key, required);
    if (!value) return std::nullopt;
    if (const auto* text = value->as_string()) return text->get();
    problem_at(key, ErrorCode::WrongType, "`" + field(key) + "` must be text in quotes");
    return std::nullopt;
}

std::optional<std::int64_t> TomlTableReader::integer(std::string_view key, bool required) {
    const toml::node* value = require(key, required);
    if (!value) return std::nullopt;
    if (const auto* whole = value->as_integer()) return whole->get();
    problem_at(key, ErrorCode::WrongType, "`" + field(key) + "` must be a whole number");
    return std::nullopt;
}

std::optional<bool> TomlTableReader::boolean(std::string_view key, bool required) {
    const toml::node* value = require(key, required);
    if (!value) return std::nullopt;
    if (const auto* flag = value->as_boolean()) return flag->get();
    problem_at(key, ErrorCode::WrongType, "`" + field(key) + "` must be true or false");
    return std::nullopt;
}

std::optional<Rational> exact_decimal_from(const toml::node& node, std::string& problem) {
    if (const auto* whole = node.as_integer()) return Rational(whole->get());
    if (node.is_floating_point()) {
        char written[64];
        const auto end = std::to_chars(written, written + sizeof written, node.as_floating_point()->get()).ptr;
        problem = "write this decimal in quotes, for example \"" + std::string(written, end) +
                  "\", so that it stays exact";
        return std::nullopt;
    }
    if (const auto* text = node.as_string()) {
        if (auto exact = Rational::parse_decimal(text->get())) return exact;
        problem = "\"" + text->get() + "\" is not a number; write for example \"0.75\" or \"75%\"";
        return std::nullopt;
    }
    problem = "must be a number, for example 8 or \"0.75\"";
    return std::nullopt;
}

namespace {

// Why a quoted amount did not read; `example` is how to write one.
std::string not_money(const std::string& text, std::string_view example) {
    const std::size_t point = text.find('.');
    if (PreciseMoney::parse(text) && point != std::string::npos)
        return "\"" + text + "\" has " + std::to_string(text.size() - point - 1) +
               " decimal places; an amount here is in pounds and pence, for example \"£82.91\"";
    return "\"" + text + "\" is not an amount of money; write for example \"" + std::string(example) + "\"";
}

}  // namespace

std::optional<PreciseMoney> precise_money_from(const toml::node& node, std::string& problem) {
    if (const auto* text = node.as_string()) {
        if (auto amount = PreciseMoney::parse(text->get())) return amount;
        problem = "\"" + text->get() + "\" is not an amount of money; write for example \"£82.91\", or \"£4.8833\" " +
                  "for a fraction of a penny (at most six decimal places)";
        return std::nullopt;
    }
    if (node.is_floating_point() || node.is_integer()) {
        problem = "write money in quotes with a pound sign, for example \"£4.8833\", so that it stays exact";
        return std::nullopt;
    }
    problem = "must be an amount of money, for example \"£4.8833\"";
    return std::nullopt;
}

std::optional<Money> money_from(const toml::node& node, std::string& problem) {
    if (const auto* text = node.as_string()) {
        if (auto amount = Money::parse(text->get())) return amount;
        problem = not_money(text->get(), "£82.91");
        return std::nullopt;
    }
    if (node.is_floating_point() || node.is_integer()) {
        problem = "write money in quotes with a pound sign, for example \"£82.91\", so that it stays exact";
        return std::nullopt;
    }
    problem = "must be an amount of money, for example \"£82.91\"";
    return std::nullopt;
}

std::optional<Rational> TomlTableReader::decimal(std::string_view key, bool required) {
    const toml::node* value = require(key, required);
    if (!value) return std::nullopt;
    std::string why;
    auto exact = exact_decimal_from(*value, why);
    if (!exact) problem_at(key, ErrorCode::WrongType, "`" + field(key) + "`: " + why);
    return exact;
}

std::optional<Money> TomlTableReader::money(std::string_view key, bool required) {
    const toml::node* value = require(key, required);
    if (!value) return std::nullopt;
    std::string why;
    auto amount = money_from(*value, why);
    if (!amount) problem_at(key, ErrorCode::WrongType, "`" + field(key) + "`: " + why);
    return amount;
}

std::optional<PreciseMoney> TomlTableReader::precise_money(std::string_view key, bool required) {
    const toml::node* value = require(key, required);
    if (!value) return std::nullopt;
    std::string why;
    auto amount = precise_money_from(*value, why);
    if (!amount) problem_at(key, ErrorCode::WrongType, "`" + field(key) + "`: " + why);
    return amount;
}

std::optional<boost::gregorian::date> TomlTableReader::date(std::string_view key, bool required) {
    const toml::node* value = require(key, required);
    if (!value) return std::nullopt;
    if (const auto* day = value->as_date()) {
        const toml::date d = day->get();
        try {
            return boost::gregorian::date(d.year, d.month, d.day);
        } catch (const std::exception&) {
            problem_at(key, ErrorCode::InvalidDate, "`" + field(key) + "` is not a real date");
            return std::nullopt;
        }
    }
    problem_at(key, ErrorCode::WrongType,
               "`" + field(key) + "` must be a date written like 2026-04-01 (no quotes)");
    return std::nullopt;
}

std::optional<Citation> TomlTableReader::citation() {
    const toml::node* value = table_.get("citation");
    if (!value) {
        problem(ErrorCode::MissingCitation,
                "`" + path_ + "` has no citation: say which policy or law justifies it", here());
        return std::nullopt;
    }
    if (const auto* text = value->as_string()) {
        if (text->get().empty()) {
            problem_at("citation", ErrorCode::MissingCitation, "`" + field("citation") + "` is empty");
            return std::nullopt;
        }
        return Citation{text->get(), {}};
    }
    if (const auto* parts = value->as_table()) {
        TomlTableReader inner(*parts, field("citation"), file_, problems_);
        inner.reject_unknown_keys({"text", "url"});
        auto text = inner.string("text");
        auto url = inner.string("url", false);
        if (!text) return std::nullopt;
        if (text->empty()) {
            inner.problem_at("text", ErrorCode::MissingCitation, "`" + field("citation.text") + "` is empty");
            return std::nullopt;
        }
        return Citation{*text, url.value_or("")};
    }
    problem_at("citation", ErrorCode::WrongType,
               "`" + field("citation") + "` must be text, or { text = \"...\", url = \"...\" }");
    return std::nullopt;
}

const toml::array* TomlTableReader::array(std::string_view key, bool required) {
    const toml::node* value = require(key, required);
    if (!value) return nullptr;
    if (const auto* items = value->as_array()) return items;
    problem_at(key, ErrorCode::WrongType, "`" + field(key) + "` must be a list");
    return nullptr;
}

const toml::table* TomlTableReader::table(std::string_view key, bool required) {
    const toml::node* value = require(key, required);
    if (!value) return nullptr;
    if (const auto* inner = value->as_table()) return inner;
    problem_at(key, ErrorCode::WrongType, "`" + field(key) + "` must be a table");
    return nullptr;
}

void TomlTableReader::reject_unknown_keys(std::initializer_list<std::string_view> known) {
    for (const auto& [key, value] : table_) {
        if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
        std::string allowed;
        for (auto name : known) allowed += (allowed.empty() ? "" : ", ") + std::string(name);
        problem(ErrorCode::UnknownName,
                "unknown field `" + field(key.str()) + "` (expected one of: " + allowed + ")",
                key.source().begin.line > 0
                    ? SourceLocation{file_, int(key.source().begin.line), int(key.source().begin.column), {}}
                    : location_of(value, file_));
    }
}

}  // namespace openras
