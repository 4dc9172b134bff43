#include "rules/rationing_check.hpp"

#include "rules/loader_parts.hpp"

#include <array>
#include <cctype>
#include <vector>

namespace openras {
namespace {

// The words of an id or a sentence, in small letters, however they are joined: at spaces and
// separators ("vacant_places", "beds-free"), at a change of case ("bedsAvailable",
// "BEDSAvailable"), and between letters and digits ("places2026left").
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    const auto end_word = [&] {
        if (!word.empty()) words.push_back(std::move(word));
        word.clear();
    };
    const auto upper = [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; };
    const auto lower = [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; };
    const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (!std::isalnum(static_cast<unsigned char>(c))) {
            end_word();
            continue;
        }
        if (i > 0 && !word.empty()) {
            const char before = text[i - 1];
            const bool next_lower = i + 1 < text.size() && lower(text[i + 1]);
            if ((lower(before) && upper(c)) || (upper(before) && upper(c) && next_lower) || (digit(before) != digit(c)))
                end_word();
        }
        word += char(std::tolower(static_cast<unsigned char>(c)));
    }
    end_word();
    return words;
}

constexpr std::array kSupplyWords = {
    "bed",       "beds",      "bedspace", "bedspaces", "occupancy", "availability", "supply",
    "waitlist",  "waitlists", "headroom", "underspend", "overspend", "quota",        "quotas",
};
// Words that speak of supply whatever follows them: vacant, vacancy, vacancies; ration,
// rationed, rationing.
constexpr std::array kSupplyStems = {"vacan", "ration"};
// A place, a service's staff or the council's money ...
constexpr std::array kResourceWords = {"place", "places", "space", "spaces", "slot",    "slots",  "room",
                                       "rooms", "staff",  "staffing", "workers", "provision", "budget", "budgets",
                                       "funds", "funding", "money", "spend", "pot"};
// ... next to a word saying how much of it is left or free.
constexpr std::array kFreeWords = {"available", "spare", "free", "remaining", "remains", "left", "unfilled", "unused",
                                   "unspent"};
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
        for (const char* stem : kSupplyStems)
            if (w.rfind(stem, 0) == 0) return w;
        // "places available", "available places", "staff left", "spare rooms", "money left this
        // period": a resource and how much of it is free, next to each other or one word apart.
        if (one_of(w, kResourceWords) || one_of(w, kFreeWords)) {
            const bool resource = one_of(w, kResourceWords);
            for (std::size_t j = i + 1; j < words.size() && j <= i + 2; ++j)
                if (resource ? one_of(words[j], kFreeWords) : one_of(words[j], kResourceWords)) {
                    std::string found = w;
                    for (std::size_t k = i + 1; k <= j; ++k) found += " " + words[k];
                    return found;
                }
        }
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
