#include "alloc/report/report_words.hpp"
#include "rules/safe_toml.hpp"

#include "alloc/io/placeholders.hpp"
#include "alloc/io/plural_rules.hpp"
#include "rules/error.hpp"
#include "rules/rational.hpp"

#include <toml++/toml.h>

#include <memory>
#include <mutex>

namespace openras {
namespace {

void flatten(const toml::table& table, const std::string& prefix, const std::string& file,
             std::map<std::string, std::string, std::less<>>& out) {
    for (const auto& [name, node] : table) {
        const std::string key = prefix.empty() ? std::string(name.str()) : prefix + "." + std::string(name.str());
        if (const auto* inner = node.as_table()) {
            flatten(*inner, key, file, out);
        } else if (const auto* text = node.as_string()) {
            out.emplace(key, text->get());
        } else {
            throw OpenRasError(Error{ErrorCode::WrongType, key + " must be words in double quotes",
                                     SourceLocation{file, int(node.source().begin.line), int(node.source().begin.column), key}});
        }
    }
}

}  // namespace

ReportWords ReportWords::from_toml(std::string_view text, const std::string& language, const std::string& file_name) {
    ReportWords words;
    words.language_ = language;
    try {
        const toml::table table = parse_toml(text, file_name);
        flatten(table, "", file_name, words.words_);
    } catch (const toml::parse_error& e) {
        throw OpenRasError(Error{ErrorCode::Syntax, std::string(e.description()),
                                 SourceLocation{file_name, int(e.source().begin.line), int(e.source().begin.column), {}}});
    }
    return words;
}

const ReportWords& ReportWords::in(std::string_view language) {
    // Each language is parsed the first time a report asks for it, and kept.
    static std::mutex guard;
    static std::map<std::string, std::unique_ptr<ReportWords>, std::less<>> parsed;
    const std::lock_guard<std::mutex> lock(guard);
    if (const auto found = parsed.find(language); found != parsed.end()) return *found->second;
    for (const EmbeddedReportWords& e : embedded_report_words()) {
        if (e.language != language) continue;
        auto words = std::make_unique<ReportWords>(
            from_toml(e.text, std::string(language), "alloc/report/words/" + std::string(language) + ".toml"));
        return *parsed.emplace(std::string(language), std::move(words)).first->second;
    }
    std::string known;
    for (const std::string& code : languages()) known += (known.empty() ? "" : ", ") + code;
    throw OpenRasError(Error{ErrorCode::InvalidValue,
                             "there are no report words in \"" + std::string(language) + "\"; there are " + known,
                             SourceLocation{{}, 0, 0, "--language"}});
}

std::vector<std::string> ReportWords::languages() {
    std::vector<std::string> out;
    for (const EmbeddedReportWords& e : embedded_report_words()) out.emplace_back(e.language);
    return out;
}

std::string ReportWords::get(std::string_view key) const {
    if (const auto it = words_.find(key); it != words_.end()) return it->second;
    if (language_ != "en-GB") return english().get(key);
    return "[[" + std::string(key) + "]]";
}

std::string ReportWords::format(std::string_view key,
                                std::initializer_list<std::pair<std::string_view, std::string>> params) const {
    std::vector<std::pair<std::string, std::string>> list;
    for (const auto& [name, value] : params) list.emplace_back(std::string(name), value);
    return fill_placeholders(get(key), list);
}

std::string ReportWords::count(std::string_view key, const Rational& count, const std::string& shown,
                               std::initializer_list<std::pair<std::string_view, std::string>> params) const {
    const std::string form = count.is_integer() ? plural_category(language_, count.floor() < 0 ? -count.floor() : count.floor())
                                                : std::string("other");
    std::string full = std::string(key) + "_" + form;
    if (!has(full)) full = std::string(key) + "_other";
    std::vector<std::pair<std::string, std::string>> list{{"count", shown}};
    for (const auto& [name, value] : params) list.emplace_back(std::string(name), value);
    return fill_placeholders(get(full), list);
}

std::vector<std::string> ReportWords::keys() const {
    std::vector<std::string> out;
    for (const auto& entry : words_) out.push_back(entry.first);
    return out;
}

}  // namespace openras
