#include "kiosk/screens/rule_words.hpp"

namespace openras::kiosk {
namespace {

// `key` is the text's key without its field ("question.ID"); Easy Read takes its easy_read
// words where there are any.
std::string_view pick(const Ui& ui, const RuleSet& rules, const std::string& key, std::string_view plain, std::string_view easy,
                      const char* plain_field) {
    const std::string& language = ui.words->language();
    if (ui.easy_read && !easy.empty()) return rules.text_in(language, key + ".easy_read", easy);
    return rules.text_in(language, key + "." + plain_field, plain);
}

}  // namespace

std::string_view question_words(const Ui& ui, const RuleSet& rules, const Question& q) {
    return pick(ui, rules, "question." + q.id, q.text, q.easy_read, "text");
}

std::string_view question_help(const Ui& ui, const RuleSet& rules, const Question& q) {
    return rules.text_in(ui.words->language(), "question." + q.id + ".help", q.help);
}

std::string_view answer_words(const Ui& ui, const RuleSet& rules, const Question& q, const AnswerOption& a) {
    return pick(ui, rules, "question." + q.id + ".answer." + a.id, a.text, a.easy_read, "text");
}

std::string_view domain_words(const Ui& ui, const RuleSet& rules, const Domain& d) {
    return pick(ui, rules, "domain." + d.id, d.title, d.easy_read, "title");
}

std::string_view stream_words(const Ui& ui, const RuleSet& rules, const Stream& s) {
    return rules.text_in(ui.words->language(), "stream." + s.id + ".title", s.title);
}

std::string_view rule_words(const Ui& ui, const RuleSet& rules, const AdjustmentRule& r) {
    return rules.text_in(ui.words->language(), "rule." + r.id + ".title", r.title);
}

std::string_view option_words(const Ui& ui, const RuleSet& rules, const SupportOption& o) {
    return rules.text_in(ui.words->language(), "support_option." + o.id + ".title", o.title);
}

}  // namespace openras::kiosk
