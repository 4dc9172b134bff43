#include "kiosk/text/wording.hpp"
#include "rules/safe_toml.hpp"

#include "rules/error.hpp"

#include <toml++/toml.h>

#include "alloc/io/plural_rules.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

namespace openras::kiosk {
namespace {

void flatten(const toml::table& table, const std::string& prefix, std::unordered_map<std::string, std::string>& out,
             std::string_view source) {
    for (const auto& [name, node] : table) {
        const std::string key = prefix.empty() ? std::string(name.str()) : prefix + "." + std::string(name.str());
        if (const auto* inner = node.as_table()) {
            flatten(*inner, key, out, source);
        } else if (const auto* text = node.as_string()) {
            out.emplace(key, text->get());
        } else {
            const toml::source_position begin = node.source().begin;
            throw OpenRasError(Error{ErrorCode::WrongType, "the wording for " + key + " must be text in quotes",
                                     SourceLocation{std::string(source), int(begin.line), int(begin.column), key}});
        }
    }
}

std::unordered_map<std::string, std::string> parse(std::string_view text, std::string_view source) {
    try {
        const toml::table table = parse_toml(text, source);
        std::unordered_map<std::string, std::string> out;
        flatten(table, "", out, source);
        return out;
    } catch (const toml::parse_error& e) {
        const toml::source_position begin = e.source().begin;
        throw OpenRasError(Error{ErrorCode::Syntax, std::string(e.description()),
                                 SourceLocation{std::string(source), int(begin.line), int(begin.column), {}}});
    }
}

}  // namespace

Wording Wording::from_toml(std::string_view plain, std::string_view easy_read, std::string language) {
    Wording w;
    w.plain_ = parse(plain, "kiosk/text/" + language + ".toml");
    w.easy_ = parse(easy_read, "kiosk/text/" + language + "-easy-read.toml");
    w.language_ = std::move(language);
    return w;
}

namespace {

// A built-in language's words, parsed the first time they are asked for (a kiosk that only
// ever shows English never parses the others) and kept for the life of the program.
const Wording& parsed(const EmbeddedWording& e) {
    static std::mutex guard;
    static std::map<std::string_view, std::unique_ptr<const Wording>> done;
    std::lock_guard lock(guard);
    std::unique_ptr<const Wording>& w = done[e.language];
    if (!w) w = std::make_unique<const Wording>(Wording::from_toml(e.plain, e.easy_read, std::string(e.language)));
    return *w;
}

}  // namespace

const Wording& Wording::built_in() { return parsed(embedded_wordings().front()); }

const Wording& Wording::built_in(std::string_view language) {
    for (const EmbeddedWording& e : embedded_wordings())
        if (e.language == language) return parsed(e);
    return built_in();
}

std::vector<std::string> Wording::built_in_languages() {
    std::vector<std::string> out;
    for (const EmbeddedWording& e : embedded_wordings()) out.emplace_back(e.language);
    return out;
}

std::string Wording::plural_key(std::string_view key, long long count) const {
    return std::string(key) + "_" + plural_category(language_, count);
}

bool Wording::right_to_left() const { return language_ == "ur" || language_ == "ar"; }

std::string_view Wording::get(std::string_view key, bool easy_read) const {
    const Table& t = table(easy_read);
    const auto it = t.find(std::string(key));
    if (it != t.end()) return it->second;
    // Pictures are the same in every language: English Easy Read has them.
    if (easy_read && language_ != "en-GB" && key.rfind("picture.", 0) == 0) return built_in().get(key, true);
    static thread_local std::string missing;
    missing = "[[" + std::string(key) + "]]";
    return missing;
}

bool Wording::has(std::string_view key, bool easy_read) const {
    if (table(easy_read).count(std::string(key)) > 0) return true;
    return easy_read && language_ != "en-GB" && key.rfind("picture.", 0) == 0 && built_in().has(key, true);
}

std::string Wording::format(std::string_view key, bool easy_read,
                            std::initializer_list<std::pair<std::string_view, std::string>> params) const {
    std::vector<std::pair<std::string, std::string>> list;
    for (const auto& [name, value] : params) list.emplace_back(std::string(name), value);
    return fill_placeholders(get(key, easy_read), list);
}

std::vector<std::string> Wording::keys(bool easy_read) const {
    std::vector<std::string> out;
    for (const auto& entry : table(easy_read)) out.push_back(entry.first);
    std::sort(out.begin(), out.end());
    return out;
}

std::string plural_key(std::string_view key, long long count) { return Wording::built_in().plural_key(key, count); }

}  // namespace openras::kiosk
