#include "alloc/plan/plan_fields.hpp"

#include "rules/toml_reader.hpp"

#include <algorithm>

namespace openras {

PlanFields::PlanFields(const toml::table& table, std::string path, const std::string& file, Diagnostics& problems)
    : table_(table), path_(std::move(path)), file_(file), problems_(problems) {}

std::string PlanFields::field(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

SourceLocation PlanFields::at(std::string_view key) const {
    const toml::node* value = table_.get(key);
    return location_of(value ? *value : static_cast<const toml::node&>(table_), file_, field(key));
}

void PlanFields::problem(std::string_view key, ErrorCode code, std::string message) {
    problems_.add(code, std::move(message), at(key));
}

const toml::node* PlanFields::get(std::string_view key, bool required) {
    const toml::node* value = table_.get(key);
    if (!value && required) problem(key, ErrorCode::MissingField, "this field is missing");
    return value;
}

std::string PlanFields::text(std::string_view key, bool required) {
    const toml::node* value = get(key, required);
    if (!value) return {};
    if (const auto* text = value->as_string()) return text->get();
    problem(key, ErrorCode::WrongType, "write this as text in quotes");
    return {};
}

std::optional<Date> PlanFields::date(std::string_view key, bool required) {
    const toml::node* value = get(key, required);
    if (!value) return std::nullopt;
    if (const auto* day = value->as_date()) {
        const toml::date d = day->get();
        try {
            return Date(d.year, d.month, d.day);
        } catch (const std::exception&) {
            problem(key, ErrorCode::InvalidDate, "this is not a real date");
            return std::nullopt;
        }
    }
    problem(key, ErrorCode::WrongType, "write a date like 2026-06-01, without quotes");
    return std::nullopt;
}

std::optional<Money> PlanFields::money(std::string_view key) {
    const toml::node* value = get(key, false);
    if (!value) return std::nullopt;
    std::string why;
    auto amount = money_from(*value, why);
    if (!amount) {
        problem(key, ErrorCode::WrongType, why);
        return std::nullopt;
    }
    if (*amount < Money{}) {
        problem(key, ErrorCode::InvalidValue, "a cost cannot be negative (" + amount->to_string() + ")");
        return std::nullopt;
    }
    return amount;
}

// A whole number, or a decimal in quotes with at most two places ("1.5", "0.25").
std::optional<Rational> PlanFields::quantity(std::string_view key) {
    const toml::node* value = get(key, false);
    if (!value) return std::nullopt;
    if (const auto* text = value->as_string()) {
        const std::string& written = text->get();
        const std::size_t point = written.find('.');
        if (written.find('%') != std::string::npos || (point != std::string::npos && written.size() - point - 1 > 2)) {
            problem(key, ErrorCode::InvalidValue,
                    "\"" + written + "\" is not a quantity; write a number with at most two decimal places, such as \"1.5\"");
            return std::nullopt;
        }
    }
    std::string why;
    auto number = exact_decimal_from(*value, why);
    if (!number) {
        problem(key, ErrorCode::WrongType, why);
        return std::nullopt;
    }
    if (number->is_negative()) {
        problem(key, ErrorCode::InvalidValue, "a quantity cannot be negative (" + number->to_decimal_string() + ")");
        return std::nullopt;
    }
    return number;
}

bool PlanFields::flag(std::string_view key) {
    const toml::node* value = get(key, false);
    if (!value) return false;
    if (const auto* yes = value->as_boolean()) return yes->get();
    problem(key, ErrorCode::WrongType, "write true or false, without quotes");
    return false;
}

std::vector<std::string> PlanFields::texts(std::string_view key) {
    std::vector<std::string> out;
    const toml::node* value = get(key, false);
    if (!value) return out;
    const auto* items = value->as_array();
    if (!items) {
        problem(key, ErrorCode::WrongType, "write a list in square brackets, such as [\"a\", \"b\"]");
        return out;
    }
    for (std::size_t i = 0; i < items->size(); ++i) {
        if (const auto* text = items->get(i)->as_string()) {
            out.push_back(text->get());
            continue;
        }
        problems_.add(ErrorCode::WrongType, "each item of this list must be text in quotes",
                      location_of(*items->get(i), file_, field(key) + "[" + std::to_string(i) + "]"));
    }
    return out;
}

std::optional<int> PlanFields::choice(std::string_view key, std::span<const std::string_view> names) {
    const std::string written = text(key);
    if (written.empty() && !has(key)) return std::nullopt;
    const auto found = std::find(names.begin(), names.end(), written);
    if (found != names.end()) return int(found - names.begin());
    std::string allowed;
    for (auto name : names) allowed += (allowed.empty() ? "\"" : ", \"") + std::string(name) + "\"";
    if (has(key) && table_.get(key)->is_string())
        problem(key, ErrorCode::InvalidValue, "\"" + written + "\" is not one of " + allowed);
    return std::nullopt;
}

void PlanFields::reject_unknown_keys(std::initializer_list<std::string_view> known) {
    for (const auto& [key, value] : table_) {
        if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
        std::string allowed;
        for (auto name : known) allowed += (allowed.empty() ? "" : ", ") + std::string(name);
        problems_.add(ErrorCode::UnknownName, "unknown field (expected one of: " + allowed + ")",
                      location_of(value, file_, field(key.str())));
    }
}

}  // namespace openras
