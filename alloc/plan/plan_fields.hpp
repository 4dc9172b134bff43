#pragma once
// Reads typed fields out of one table of a plan file. Like the rule set's TomlTableReader, but
// every problem carries the field's path (`lines[3].unit_cost`) as its own part of the location,
// apart from the message, so the kiosk can put the message beside that field. Each getter
// records a problem and returns nothing instead of throwing, so one pass finds every mistake.
#include "alloc/plan/support_plan.hpp"

#include <toml++/toml.h>

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace openras {

class PlanFields {
public:
    PlanFields(const toml::table& table, std::string path, const std::string& file, Diagnostics& problems);

    const std::string& path() const { return path_; }
    const toml::table& raw() const { return table_; }
    bool has(std::string_view key) const { return table_.contains(key); }
    std::string field(std::string_view key) const;  // "lines[3].unit_cost"
    SourceLocation at(std::string_view key) const;    // the key's value (or the table), with its path

    // Missing optional fields give nullopt (or "" / false) without a problem.
    std::string text(std::string_view key, bool required = false);
    std::optional<Date> date(std::string_view key, bool required = false);
    std::optional<Money> money(std::string_view key);        // "£15.50", never negative
    std::optional<Rational> quantity(std::string_view key);  // 3, "1.5"; never negative
    bool flag(std::string_view key);
    std::vector<std::string> texts(std::string_view key);    // a list of text
    // One of `names`; a problem lists them when the value is another.
    std::optional<int> choice(std::string_view key, std::span<const std::string_view> names);

    void reject_unknown_keys(std::initializer_list<std::string_view> known);
    void problem(std::string_view key, ErrorCode code, std::string message);

private:
    const toml::node* get(std::string_view key, bool required);

    const toml::table& table_;
    std::string path_;
    const std::string& file_;
    Diagnostics& problems_;
};

}  // namespace openras
