#pragma once
// The pieces of the rule-set loader, one file each, sharing this builder. Internal to rules/.
#include "rules/ruleset.hpp"
#include "rules/toml_reader.hpp"

#include <toml++/toml.h>

#include <string>
#include <unordered_map>

namespace openras::loader {

struct Builder {
    std::string_view text;  // the whole rule-set file, for positions inside strings
    const std::string& file;
    Diagnostics& problems;
    RuleSet& out;
    std::unordered_map<std::string, SourceLocation> stream_ids;  // for duplicate reports

    // Reports a duplicate id; returns true when `id` is new in `seen`.
    bool claim_id(std::unordered_map<std::string, SourceLocation>& seen, const std::string& id,
                  const std::string& what, const SourceLocation& where);
    // The stream named by the table's optional `stream` key; the main stream (0) when absent,
    // and a reported problem when unknown.
    int stream_named(TomlTableReader& r);
    // Walks `[[key]]` (an array of tables), calling `each(reader, index)` per table.
    template <typename Each>
    void for_each_table(const toml::table& parent, std::string_view key, const std::string& parent_path,
                        bool required, Each each);
};

void read_header(Builder& b, const toml::table& document);
void read_parameters(Builder& b, const toml::table& document);
void read_tables(Builder& b, const toml::table& document);
void read_streams(Builder& b, const toml::table& document);
void read_questionnaire(Builder& b, const toml::table& document);
void read_rules(Builder& b, const toml::table& document);
void read_thresholds(Builder& b, const toml::table& document);
// Checks that need the whole rule set: band coverage and maximum points.
void check_streams(Builder& b);
// Tries each rule and threshold once for every answer of every question it reads, so that a
// lookup with no row for some answer is found when the rules are checked, not at a person.
void check_rules_for_every_answer(Builder& b);
// `[[support_option]]`, `[[excluded_use]]` and `[[plan_check]]`: the checks of support plans
// (plan_checks_reader.cpp), with their own rationing check.
void read_plan_rules(Builder& b, const toml::table& document);
// Refuses rules whose names or descriptions depend on supply or capacity.
void check_rationing(Builder& b);

template <typename Each>
void Builder::for_each_table(const toml::table& parent, std::string_view key, const std::string& parent_path,
                             bool required, Each each) {
    const std::string path = parent_path.empty() ? std::string(key) : parent_path + "." + std::string(key);
    const toml::node* node = parent.get(key);
    if (!node) {
        if (required && parent_path.empty())
            problems.add(ErrorCode::MissingField, "the rule set needs at least one `[[" + path + "]]`",
                         location_of(parent, file));
        else if (required)
            problems.add(ErrorCode::MissingField, "`" + parent_path + "` needs at least one `" + std::string(key) + "`",
                         location_of(parent, file));
        return;
    }
    const toml::array* items = node->as_array();
    if (!items || !items->is_array_of_tables()) {
        problems.add(ErrorCode::WrongType, "`" + path + "` must be written as `[[" + path + "]]` tables",
                     location_of(*node, file));
        return;
    }
    for (std::size_t i = 0; i < items->size(); ++i) {
        TomlTableReader reader(*items->get(i)->as_table(), path + "[" + std::to_string(i) + "]", file, problems);
        each(reader, int(i));
    }
}

}  // namespace openras::loader
