#pragma once
// Synthetic caseloads for tests, demonstrations and benchmarks: people with a client group,
// answers to a rule set's questionnaire and a current annual cost of support. NOT REAL PEOPLE:
// every file written from this says so in its first line.
//
// How people are made, so the data looks like a council's and not like noise:
//   - a client group, by a fixed mix (older people 45%, learning disability 20%, physical
//     disability 18%, mental health 12%, other 5%);
//   - a hidden level of need per person, around the group's own average, and a hidden amount of
//     help from family and friends;
//   - each answer leans on that need, weighted by the group's profile for the domain (older
//     people need more personal care, people with a learning disability more help with
//     decisions and community life, and so on), plus noise, skewed so that the highest levels
//     are rare; informal-support answers and the family-carer domain lean on the family's help
//     instead;
//   - the current cost is the group's own base plus price per point for the person's points,
//     times noise of about ±13%, with a few packages far above or below the line, rounded to
//     the penny.
// Only std::mt19937_64's raw output is used (the standard fixes its sequence), mapped to ranges
// with integer arithmetic: the same seed gives the same file on every machine and library.
#include "alloc/caseload/client_group.hpp"
#include "rules/answer_sheet.hpp"
#include "rules/money.hpp"
#include "rules/ruleset.hpp"

#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace openras {

struct GeneratedPerson {
    std::string person;  // "SYN-000001"
    ClientGroup group = ClientGroup::Other;
    AnswerSheet answers;
    Money annual_cost;
};

// Deterministic numbers from a seed: std::mt19937_64's output, mapped by integer arithmetic.
class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed) : engine_(seed) {}
    std::uint64_t next() { return engine_(); }
    // Uniform in [0, n), by the multiply-and-shift mapping (n > 0).
    std::uint64_t below(std::uint64_t n) { return std::uint64_t(Wide(next()) * n >> 64); }
    // Uniform in [low, high].
    std::int64_t between(std::int64_t low, std::int64_t high) {
        return low + std::int64_t(below(std::uint64_t(high - low) + 1));
    }
    bool chance_per_mille(int per_mille) { return below(1000) < std::uint64_t(per_mille); }

private:
    __extension__ using Wide = unsigned __int128;
    std::mt19937_64 engine_;
};

// `count` people answering `rules`' questionnaire. Throws OpenRasError when a person's budget
// cannot be worked out (a council rule that divides by zero, say).
std::vector<GeneratedPerson> generate_caseload(std::shared_ptr<const RuleSet> rules, std::size_t count,
                                               std::uint64_t seed);

// The people as a caseload CSV (caseload_csv.hpp): the `notes` as `#` lines (the first should
// say the data is synthetic), then the header and one row per person.
std::string generated_caseload_csv(const RuleSet& rules, const std::vector<GeneratedPerson>& people,
                                   const std::vector<std::string>& notes);

}  // namespace openras
