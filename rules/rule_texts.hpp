#pragma once
// A rule set's texts in other languages. A rule set states its languages in its header
// (`languages = ["cy", "pl", "ur"]`); for each, a file beside it, named after it with the
// language code before ".toml" ("model-ras.cy.toml"), holds every text a person sees, by id:
//
//   language = "cy"                 # must be the code in the file's name
//   rule_set = "model-ras"          # must be the rule set's `ruleset.id`
//
//   [domain.ID]                     title, easy_read (as the domain has them)
//   [question.ID]                   text, easy_read, help (as the question has them)
//   [question.ID.answer.ANSWER]     text, easy_read
//   [stream.ID]                     title, restrictions (what the money may be spent on)
//   [rule.ID]                       title
//   [threshold.ID]                  message (why the budget goes to the funding panel)
//   [support_option.ID]             title, description (as the option has them)
//   [excluded_use.ID]               title, reason
//   [plan_check.ID]                 message (with the same {blanks} as the English one may use)
//
// Every text the rule set has must be there, not empty, and nothing else: an unknown id or
// field, or a missing one, is a problem at its file, line and column, and the rule set does not
// load. Ids, points, amounts and expressions never change with language, so a translation
// cannot change a budget; the rule set's hash (its identity in the decision record) is of the
// rule-set file alone, and the languages it states are part of it.
#include "rules/error.hpp"
#include "rules/ruleset.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace openras {

// Where a language file's text comes from: the file beside the rule set, or the copy built into
// the program for the model RAS. Null when there is no such file.
using LanguageFileReader =
    std::function<std::optional<std::string>(const std::string& file_name, const std::string& language)>;
// Reads language files from the disk.
std::optional<std::string> read_language_file(const std::string& file_name, const std::string& language);

// "model-ras.toml", "cy" → "model-ras.cy.toml".
std::string language_file_name(std::string_view rule_set_file, std::string_view language);

// Reads each language the rule set states into `rules.translations`, adding a problem for
// each file missing or wrong.
void read_rule_texts(RuleSet& rules, const std::string& rule_set_file, const LanguageFileReader& read,
                     Diagnostics& problems);

// A language code as rule sets and the kiosk write them: two or three small letters, and
// optionally a dash and a region or script ("cy", "pl", "ur", "pt-BR").
bool is_language_code(std::string_view code);

}  // namespace openras
