#include "rules/rule_texts.hpp"
#include "rules/safe_toml.hpp"

#include "rules/text_limits.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace openras {
namespace {

// The texts the rule set has, by key, with the English it translates (the expected set).
std::map<std::string, std::string> texts_to_translate(const RuleSet& rules) {
    std::map<std::string, std::string> out;
    auto put = [&](const std::string& key, const std::string& english) {
        if (!english.empty()) out.emplace(key, english);
    };
    for (const Domain& d : rules.domains) {
        put("domain." + d.id + ".title", d.title);
        put("domain." + d.id + ".easy_read", d.easy_read);
    }
    for (const Question& q : rules.questions) {
        put("question." + q.id + ".text", q.text);
        put("question." + q.id + ".easy_read", q.easy_read);
        put("question." + q.id + ".help", q.help);
        for (const AnswerOption& a : q.answers) {
            put("question." + q.id + ".answer." + a.id + ".text", a.text);
            put("question." + q.id + ".answer." + a.id + ".easy_read", a.easy_read);
        }
    }
    for (const Stream& s : rules.streams) {
        put("stream." + s.id + ".title", s.title);
        put("stream." + s.id + ".restrictions", s.restrictions);
    }
    for (const Threshold& t : rules.thresholds) put("threshold." + t.id + ".message", t.message);
    for (const AdjustmentRule& r : rules.rules) put("rule." + r.id + ".title", r.title);
    for (const SupportOption& o : rules.support_options) {
        put("support_option." + o.id + ".title", o.title);
        put("support_option." + o.id + ".description", o.description);
    }
    for (const ExcludedUse& u : rules.excluded_uses) {
        put("excluded_use." + u.id + ".title", u.title);
        put("excluded_use." + u.id + ".reason", u.reason);
    }
    for (const PlanCheck& c : rules.plan_checks) put("plan_check." + c.id + ".message", c.message.source);
    return out;
}

SourceLocation at(const std::string& file, const toml::node& node, const std::string& field) {
    return SourceLocation{file, int(node.source().begin.line), int(node.source().begin.column), field};
}

// Every string in the file by its dotted key, with where it is; anything not a string or a
// table is a problem.
void flatten(const toml::table& table, const std::string& prefix, const std::string& file,
             std::map<std::string, std::pair<std::string, const toml::node*>>& out, Diagnostics& problems) {
    for (const auto& [name, node] : table) {
        const std::string key = prefix.empty() ? std::string(name.str()) : prefix + "." + std::string(name.str());
        if (const toml::table* inner = node.as_table()) flatten(*inner, key, file, out, problems);
        else if (const auto* text = node.as_string()) out.emplace(key, std::make_pair(text->get(), &node));
        else problems.add(ErrorCode::WrongType, "`" + key + "` must be text in quotes", at(file, node, key));
    }
}

}  // namespace

std::optional<std::string> read_language_file(const std::string& file_name, const std::string&) {
    std::ifstream in(file_name, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool is_language_code(std::string_view code) {
    auto small = [](char c) { return c >= 'a' && c <= 'z'; };
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    const std::size_t dash = code.find('-');
    const std::string_view base = code.substr(0, dash);
    if (base.size() < 2 || base.size() > 3 || !std::all_of(base.begin(), base.end(), small)) return false;
    if (dash == std::string_view::npos) return true;
    const std::string_view rest = code.substr(dash + 1);
    return rest.size() >= 2 && rest.size() <= 4 && std::all_of(rest.begin(), rest.end(), letter);
}

std::string language_file_name(std::string_view rule_set_file, std::string_view language) {
    const std::filesystem::path path{std::string(rule_set_file)};
    return (path.parent_path() / (path.stem().string() + "." + std::string(language) + ".toml")).string();
}

void read_rule_texts(RuleSet& rules, const std::string& rule_set_file, const LanguageFileReader& read,
                     Diagnostics& problems) {
    const std::map<std::string, std::string> wanted = texts_to_translate(rules);
    for (const std::string& language : rules.languages) {
        const std::string file = language_file_name(rule_set_file, language);
        const std::optional<std::string> text = read ? read(file, language) : std::nullopt;
        if (!text) {
            problems.add(ErrorCode::MissingField,
                         "the rule set states the language \"" + language + "\" but there is no file of its texts",
                         SourceLocation{file, 0, 0, {}});
            continue;
        }
        toml::table document;
        try {
            document = parse_toml(*text, std::string_view(file));
        } catch (const toml::parse_error& failure) {
            const auto& where = failure.source().begin;
            problems.add(ErrorCode::Syntax, std::string(failure.description()), SourceLocation{file, int(where.line), int(where.column), {}});
            continue;
        }
        refuse_long_texts(document, file, problems);
        std::map<std::string, std::pair<std::string, const toml::node*>> found;
        flatten(document, "", file, found, problems);
        const auto expect = [&](const char* field, const std::string& value) {
            const auto it = found.find(field);
            if (it == found.end())
                problems.add(ErrorCode::MissingField, std::string("the file needs `") + field + " = \"" + value + "\"`",
                             SourceLocation{file, 1, 1, field});
            else if (it->second.first != value)
                problems.add(ErrorCode::InvalidValue, std::string("`") + field + "` must be \"" + value + "\", not \"" + it->second.first + "\"",
                             at(file, *it->second.second, field));
        };
        expect("language", language);
        expect("rule_set", rules.header.id);
        auto& texts = rules.translations[language];
        for (const auto& [key, value] : found) {
            if (key == "language" || key == "rule_set") continue;
            if (!wanted.count(key)) {
                problems.add(ErrorCode::UnknownName, "`" + key + "` is not a text of this rule set (is the id right?)",
                             at(file, *value.second, key));
                continue;
            }
            if (value.first.empty()) {
                problems.add(ErrorCode::InvalidValue, "`" + key + "` is empty", at(file, *value.second, key));
                continue;
            }
            texts.emplace(key, value.first);
        }
        // A plan check's message has blanks: each is checked as the English one is, so a
        // translation can never show an unfilled or misspelt blank.
        auto& messages = rules.check_messages[language];
        messages.resize(rules.plan_checks.size());
        for (std::size_t c = 0; c < rules.plan_checks.size(); ++c) {
            const PlanCheck& check = rules.plan_checks[c];
            const std::string key = "plan_check." + check.id + ".message";
            const auto it = found.find(key);
            if (it == found.end() || it->second.first.empty()) continue;
            TemplateProblem problem;
            messages[c] = parse_text_template(it->second.first, check.scope, false, rules.catalogue, problem);
            if (!messages[c])
                problems.add(ErrorCode::InvalidValue, "`" + key + "`: " + problem.message, at(file, *it->second.second, key));
        }
        for (const auto& [key, english] : wanted)
            if (!found.count(key))
                problems.add(ErrorCode::MissingField, "the " + language + " texts have nothing for `" + key + "` (\"" + english + "\")",
                             SourceLocation{file, 0, 0, key});
    }
}

}  // namespace openras
