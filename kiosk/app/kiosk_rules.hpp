#pragma once
// The rule set a kiosk works with: a file named in the settings, or the built-in model RAS.
#include "rules/ruleset.hpp"

#include <iosfwd>
#include <memory>
#include <string>

namespace openras::kiosk {

struct LoadedRules {
    std::shared_ptr<const RuleSet> rule_set;
    std::string text;  // exactly as read: the record keeps it with every budget and plan; empty for the built-in
};

// `path` empty: the built-in model RAS. A rule set with problems has every one printed on
// `err`, then throws OpenRasError naming the file.
LoadedRules load_kiosk_rules(const std::string& path, std::ostream& err);

}  // namespace openras::kiosk
