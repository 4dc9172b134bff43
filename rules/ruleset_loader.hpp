#pragma once
// Load → check → compile, for one rule-set file. Every problem is reported at once, each with
// file:line:col; a rule set with any problem is not returned at all, so nothing can evaluate a
// half-checked RAS.
#include "rules/error.hpp"
#include "rules/rule_texts.hpp"
#include "rules/ruleset.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace openras {

struct RuleSetLoad {
    std::shared_ptr<const RuleSet> rule_set;  // null when there are problems
    Diagnostics problems;                     // sorted by location
};

// With `read_texts`, the texts of the languages the rule set states are read too (from files
// named after `texts_beside`, rules/rule_texts.hpp), and a missing or incomplete one is a
// problem; without, the rule set loads with its own (English) texts only, as replaying a
// decision from the record does.
RuleSetLoad load_rule_set(std::string_view text, const std::string& source_name,
                          const LanguageFileReader& read_texts = {}, const std::string& texts_beside = {});
// A file, with its languages' files beside it.
RuleSetLoad load_rule_set_file(const std::string& path);

// The model RAS shipped in rules/sets/model-ras.toml, embedded in the binary.
std::shared_ptr<const RuleSet> embedded_default_rule_set();
std::string_view embedded_model_ras_text();
// Its languages' texts (rules/sets/model-ras.LANG.toml), built in too; empty when none.
std::string_view embedded_model_ras_texts(std::string_view language);
inline constexpr const char* kEmbeddedDefaultName = "model-ras.toml (built in)";

}  // namespace openras
