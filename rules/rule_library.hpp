#pragma once
// Several rule sets side by side: versions of one authority's RAS, each in force for its own
// dates. Adding a version whose dates overlap another version of the same id is refused, so on
// any day at most one version of a rule set applies.
#include "rules/error.hpp"
#include "rules/ruleset.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <memory>
#include <string>
#include <vector>

namespace openras {

class RuleLibrary {
public:
    // Adds a loaded rule set; reports a VersionOverlap problem (and does not add it) when
    // another version of the same id is in force on any of the same days.
    bool add(std::shared_ptr<const RuleSet> rule_set, Diagnostics& problems);

    // The one rule set in force on `day`. Throws NoVersionInForce when none is, or when
    // versions of different rule-set ids all are (name one with `id`).
    std::shared_ptr<const RuleSet> in_force_on(const boost::gregorian::date& day, const std::string& id = {}) const;

    const std::vector<std::shared_ptr<const RuleSet>>& all() const { return sets_; }
    bool empty() const { return sets_.empty(); }

private:
    std::vector<std::shared_ptr<const RuleSet>> sets_;
};

// Loads every file (a folder means every *.toml file in it, in name order) into a library,
// reporting all problems in all files.
RuleLibrary load_rule_library(const std::vector<std::string>& paths, Diagnostics& problems);

}  // namespace openras
