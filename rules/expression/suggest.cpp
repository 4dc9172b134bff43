#include "rules/expression/suggest.hpp"

#include <algorithm>
#include <cstddef>

namespace openras::expr {
namespace {

// Levenshtein distance, one row at a time.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t change = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, change});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

std::string did_you_mean(std::string_view written, const std::vector<std::string_view>& candidates) {
    // A near miss: at most two edits, and fewer than a third of the word changed.
    std::size_t best = std::min<std::size_t>(3, written.size() / 3 + 1);
    std::string_view choice;
    for (std::string_view candidate : candidates) {
        const std::size_t distance = edit_distance(written, candidate);
        if (distance > 0 && distance < best) {
            best = distance;
            choice = candidate;
        }
    }
    return choice.empty() ? std::string() : "; did you mean \"" + std::string(choice) + "\"?";
}

}  // namespace openras::expr
