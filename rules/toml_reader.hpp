#pragma once
// Reads typed fields out of a parsed TOML table and reports every problem with file:line:col.
// Each getter records a problem and returns nullopt instead of throwing, so one pass over a
// rule set finds all of its mistakes. Unknown keys are reported too: a misspelt `ponits` must
// not silently become "no points".
#include "rules/error.hpp"
#include "rules/money.hpp"
#include "rules/rational.hpp"
#include "rules/ruleset.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <toml++/toml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace openras {

// The location of a TOML node in its file.
SourceLocation location_of(const toml::node& node, const std::string& file, const std::string& field = {});

class TomlTableReader {
public:
    // `path` names the table for messages, for example `domain[2].question[1]`.
    TomlTableReader(const toml::table& table, std::string path, const std::string& file,
                    Diagnostics& problems);

    const std::string& path() const { return path_; }
    const toml::table& raw() const { return table_; }
    SourceLocation here() const;
    SourceLocation at(std::string_view key) const;  // the key's value, or the table
    bool has(std::string_view key) const { return table_.contains(key); }

    std::optional<std::string> string(std::string_view key, bool required = true);
    std::optional<std::int64_t> integer(std::string_view key, bool required = true);
    std::optional<bool> boolean(std::string_view key, bool required = true);
    // An exact decimal: a whole number, or a quoted decimal or percentage ("0.75", "75%").
    std::optional<Rational> decimal(std::string_view key, bool required = true);
    // Quoted money: "£82.91".
    std::optional<Money> money(std::string_view key, bool required = true);
    // Quoted money that may be finer than a penny: "£4.8833" (rates, bases, constants).
    std::optional<PreciseMoney> precise_money(std::string_view key, bool required = true);
    std::optional<boost::gregorian::date> date(std::string_view key, bool required = true);
    // A string or { text = ..., url = ... }; a missing citation is a MissingCitation problem.
    std::optional<Citation> citation();
    const toml::array* array(std::string_view key, bool required = true);
    const toml::table* table(std::string_view key, bool required = true);
    // The raw node, for values whose type depends on their text (parameters, table cells).
    const toml::node* node(std::string_view key) const { return table_.get(key); }

    void reject_unknown_keys(std::initializer_list<std::string_view> known);

    void problem(ErrorCode code, std::string message, SourceLocation where);
    void problem_at(std::string_view key, ErrorCode code, std::string message);

private:
    const toml::node* require(std::string_view key, bool required);
    std::string field(std::string_view key) const;

    const toml::table& table_;
    std::string path_;
    const std::string& file_;
    Diagnostics& problems_;
};

// A quoted decimal or money value in a TOML node, with the plain-English problem when it is
// not one. A bare floating-point number is refused because it would not stay exact.
std::optional<Rational> exact_decimal_from(const toml::node& node, std::string& problem);
std::optional<Money> money_from(const toml::node& node, std::string& problem);
std::optional<PreciseMoney> precise_money_from(const toml::node& node, std::string& problem);

}  // namespace openras
