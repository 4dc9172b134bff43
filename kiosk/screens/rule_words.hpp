#pragma once
// The rule set's words for people, in the language shown and in plain words or Easy Read: the
// rule set's own texts in that language when it has them (rules/rule_texts.hpp), else its own
// (English). Ids and numbers never change with language.
#include "kiosk/ui/ui.hpp"
#include "rules/ruleset.hpp"

#include <string_view>

namespace openras::kiosk {

std::string_view question_words(const Ui& ui, const RuleSet& rules, const Question& q);
std::string_view question_help(const Ui& ui, const RuleSet& rules, const Question& q);
std::string_view answer_words(const Ui& ui, const RuleSet& rules, const Question& q, const AnswerOption& a);
std::string_view domain_words(const Ui& ui, const RuleSet& rules, const Domain& d);
std::string_view stream_words(const Ui& ui, const RuleSet& rules, const Stream& s);
std::string_view rule_words(const Ui& ui, const RuleSet& rules, const AdjustmentRule& r);
std::string_view option_words(const Ui& ui, const RuleSet& rules, const SupportOption& o);

}  // namespace openras::kiosk
