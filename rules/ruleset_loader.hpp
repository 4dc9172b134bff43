#pragma once
// Load → check → compile, for one rule-set file. Every problem is reported at once, each with
// file:line:col; a rule set with any problem is not returned at all, so nothing can evaluate a
// half-checked RAS.
#include "rules/error.hpp"
#include "rules/ruleset.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace openras {

struct RuleSetLoad {
    std::shared_ptr<const RuleSet> rule_set;  // null when there are problems
    Diagnostics problems;                     // sorted by location
};

RuleSetLoad load_rule_set(std::string_view text, const std::string& source_name);
RuleSetLoad load_rule_set_file(const std::string& path);

// The model RAS shipped in rules/sets/model-ras.toml, embedded in the binary.
std::shared_ptr<const RuleSet> embedded_default_rule_set();
std::string_view embedded_model_ras_text();
inline constexpr const char* kEmbeddedDefaultName = "model-ras.toml (built in)";

}  // namespace openras
