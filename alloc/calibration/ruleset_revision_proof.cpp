// prove_revision(): a rewritten rule set is only written when it loads, says what it was asked
// to say, and in every other respect is the same rule set as before (ruleset_writer.hpp).
#include "alloc/calibration/ruleset_writer.hpp"
#include "rules/safe_toml.hpp"

#include "rules/canonical_hash.hpp"
#include "rules/ruleset_loader.hpp"

#include <toml++/toml.h>

namespace openras {
namespace {

[[noreturn]] void not_proven(const std::string& name, const std::string& why) {
    throw OpenRasError(Error{ErrorCode::InvalidValue,
                             "the new rule set was not written, because checking it found a problem: " + why,
                             SourceLocation{name, 0, 0, {}}});
}

// The canonical form without the parts a revision may change.
std::string unrevised_part(std::string_view text, const std::string& name) {
    toml::table document = parse_toml(text, std::string_view(name));
    if (toml::table* header = document["ruleset"].as_table()) {
        header->erase("version");
        header->erase("effective_from");
        header->erase("effective_to");
    }
    if (toml::table* stream = document["stream"][0].as_table()) stream->erase("conversion");
    return canonical_form(document);
}

bool same_bands(const std::vector<Band>& a, const std::vector<Band>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].from != b[i].from || a[i].to != b[i].to || a[i].weekly != b[i].weekly) return false;
    return true;
}

void check_asked_for(const RuleSet& rules, const std::string& name, const RuleSetRevision& revision) {
    const RuleSetHeader& h = rules.header;
    if (h.version != revision.version || h.effective_from != revision.effective_from ||
        h.effective_to != revision.effective_to)
        not_proven(name, "its header does not hold the new version and dates");
    const Conversion& got = rules.streams.front().conversion;
    const Conversion& want = revision.main_conversion;
    if (got.method != want.method || got.base != want.base || got.rate != want.rate ||
        !same_bands(got.bands, want.bands) || got.citation.text != want.citation.text)
        not_proven(name, "its main conversion is not the calibrated one");
}

}  // namespace

std::shared_ptr<const RuleSet> prove_revision(std::string_view original, std::string_view revised,
                                              const std::string& name, const RuleSetRevision& revision) {
    RuleSetLoad load = load_rule_set(revised, name);
    if (!load.rule_set) not_proven(name, load.problems.errors().front().to_string());
    check_asked_for(*load.rule_set, name, revision);
    try {
        if (unrevised_part(original, name) != unrevised_part(revised, name))
            not_proven(name, "a part other than the header's version and dates and the main conversion changed");
    } catch (const toml::parse_error& failure) {
        not_proven(name, std::string(failure.description()));
    }
    return load.rule_set;
}

}  // namespace openras
