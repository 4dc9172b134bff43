#pragma once
// The pieces of the plan file reader, shared by plan_file.cpp (the single sections) and
// plan_file_lists.cpp (the lists of outcomes, lines, risks, actions and reviews). Internal.
#include "alloc/plan/plan_fields.hpp"

#include <toml++/toml.h>

#include <functional>
#include <string>

namespace openras::plan_file {

struct Reader {
    const std::string& file;
    Diagnostics& problems;
    SupportPlan& out;

    // Calls `each` for every table of the `[[key]]` list, with its path `key[i]`.
    void for_each(const toml::table& document, std::string_view key, const std::function<void(PlanFields&)>& each);
    // The `[key]` table, or nullptr (a problem when it is not a table).
    const toml::table* section(const toml::table& document, std::string_view key);
};

void read_outcomes(Reader& r, const toml::table& document);
void read_lines(Reader& r, const toml::table& document);
void read_risks(Reader& r, const toml::table& document);
void read_actions(Reader& r, const toml::table& document);
void read_reviews(Reader& r, const toml::table& document);

}  // namespace openras::plan_file
