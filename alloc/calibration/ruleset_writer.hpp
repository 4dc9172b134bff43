#pragma once
// Writes a new version of a rule set by editing its text, not by printing the parsed document
// again: a council officer's comments, order and layout are theirs, and a new version should
// differ from the old one only where it has to. Exactly these parts are rewritten:
//   - in `[ruleset]`: the values of `version` and `effective_from`, and `effective_to` (set,
//     replaced, or its line removed);
//   - the main stream's conversion (`[stream.conversion]` and its `[[stream.conversion.band]]`
//     tables, or an inline `conversion = { ... }`), whole lines, keeping any comment lines that
//     stood inside it;
//   - comment lines added above `[ruleset]` and above the conversion, saying what was done.
// Where things are comes from toml++'s source positions (line, and column in characters).
// prove_revision() then loads the new text and checks that nothing else changed, so a file is
// only ever written when it is a valid rule set that differs exactly as intended.
#include "rules/ruleset.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace openras {

struct RuleSetRevision {
    std::string version;
    boost::gregorian::date effective_from;
    std::optional<boost::gregorian::date> effective_to;
    Conversion main_conversion;                    // method, base, rate, bands and citations
    std::vector<std::string> header_comment;       // written as `# ...` lines above [ruleset]
    std::vector<std::string> conversion_comment;   // written as `# ...` lines above the conversion
};

// The original text with the revision applied. Throws OpenRasError naming `source_name` when
// the text cannot be rewritten safely (for example a conversion split across the file).
std::string revise_rule_set_text(std::string_view original, const std::string& source_name,
                                 const RuleSetRevision& revision);

// Loads `revised` and proves it: it has no problem, its header and main conversion are the ones
// asked for, and in every other part its canonical form equals the original's. Returns the new
// rule set; throws OpenRasError saying what is wrong otherwise.
std::shared_ptr<const RuleSet> prove_revision(std::string_view original, std::string_view revised,
                                              const std::string& name, const RuleSetRevision& revision);

// A TOML basic string: "text" with quotes, backslashes and control characters escaped.
std::string toml_string(std::string_view text);

}  // namespace openras
