#include "rules/rationing_check.hpp"

#include "rules/loader_parts.hpp"

#include <array>
#include <cctype>
#include <vector>

namespace openras {
namespace {

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            word += char(std::tolower(static_cast<unsigned char>(c)));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

constexpr std::array kSupplyWords = {
    "bed",       "beds",      "vacancy",  "vacancies", "occupancy", "availability", "supply",
    "waitlist",  "headroom",  "underspend", "overspend", "quota",   "rationing",    "rationed",
};
// "budget" or "spend" next to one of these speaks of money left in the council's pot.
constexpr std::array kLeftWords = {"left", "remaining", "remains", "available", "spent", "unspent"};
// Words before "capacity" that make it about the person, not the service.
constexpr std::array kPersonalCapacity = {"mental", "lacks", "lack", "lacking", "has", "have", "decision",
                                          "decisional"};

template <std::size_t N>
bool one_of(const std::string& word, const std::array<const char*, N>& list) {
    for (const char* entry : list)
        if (word == entry) return true;
    return false;
}

}  // namespace

std::optional<std::string> supply_or_capacity_wording(std::string_view text) {
    const std::vector<std::string> words = words_of(text);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        const std::string next = i + 1 < words.size() ? words[i + 1] : "";
        const std::string after = i + 2 < words.size() ? words[i + 2] : "";
        if (one_of(w, kSupplyWords)) return w;
        const bool place_word = w == "places" || w == "place" || w == "spaces" || w == "slots";
        if (place_word && (one_of(next, kLeftWords) || next == "free")) return w + " " + next;
        if ((one_of(w, kLeftWords) || w == "free") && (next == "places" || next == "spaces" || next == "slots"))
            return w + " " + next;
        if ((w == "waiting" || w == "wait") && (next == "list" || next == "lists" || next == "time"))
            return w + " " + next;
        if ((w == "money" || w == "funding") && (next == "left" || next == "remaining" || next == "remains"))
            return w + " " + next;
        if ((w == "budget" || w == "budgets" || w == "spend" || w == "funds") &&
            (one_of(next, kLeftWords) || (next == "to" && after == "date")))
            return w + " " + next + (next == "to" ? " " + after : "");
        if ((w == "remaining" || w == "available") && (next == "budget" || next == "funds")) return w + " " + next;
        if ((w == "capacity" || w == "capacities") && !(i > 0 && one_of(words[i - 1], kPersonalCapacity))) return w;
    }
    return std::nullopt;
}

namespace loader {
namespace {

void refuse_if_rationing(Builder& b, const std::string& what, std::initializer_list<std::string_view> texts,
                         const SourceLocation& where) {
    for (auto text : texts) {
        if (auto words = supply_or_capacity_wording(text)) {
            b.problems.add(ErrorCode::Rationing,
                           what + " speaks of supply or capacity (\"" + *words +
                               "\"). A personal budget must meet the person's needs, not what is available "
                               "(Care Act 2014 s.26; LGSCO 2018), so OpenRAS refuses rules that depend on it",
                           where);
            return;
        }
    }
}

}  // namespace

void check_rationing(Builder& b) {
    const RuleSet& rs = b.out;
    for (const auto& p : rs.parameters)
        refuse_if_rationing(b, "parameter \"" + p.id + "\"", {p.id, p.description}, p.where);
    for (std::size_t i = 0; i < rs.tables.size(); ++i)
        refuse_if_rationing(b, "table \"" + rs.catalogue.tables[i].id + "\"",
                            {rs.catalogue.tables[i].id, rs.tables[i].description}, rs.tables[i].where);
    // Rules and thresholds can only read constants through parameters and tables, so their ids
    // are checked but not their wording for people, which may well speak of going to bed.
    for (const auto& r : rs.rules) refuse_if_rationing(b, "rule \"" + r.id + "\"", {r.id}, r.where);
    for (const auto& t : rs.thresholds) refuse_if_rationing(b, "threshold \"" + t.id + "\"", {t.id}, t.where);
}

}  // namespace loader
}  // namespace openras
