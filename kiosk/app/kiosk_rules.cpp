#include "kiosk/app/kiosk_rules.hpp"

#include "alloc/io/file_input.hpp"
#include "rules/error.hpp"
#include "rules/ruleset_loader.hpp"

#include <ostream>

namespace openras::kiosk {

LoadedRules load_kiosk_rules(const std::string& path, std::ostream& err) {
    if (path.empty()) return {embedded_default_rule_set(), {}};
    std::string text = read_whole_file(path);
    RuleSetLoad load = load_rule_set(text, path);
    if (!load.rule_set) {
        for (const Error& e : load.problems.errors()) err << e.to_string() << "\n";
        throw OpenRasError(Error{load.problems.errors().front().code,
                                 "the kiosk cannot use these rules (every problem is listed above)",
                                 SourceLocation{path, 0, 0, {}}});
    }
    return {load.rule_set, std::move(text)};
}

}  // namespace openras::kiosk
