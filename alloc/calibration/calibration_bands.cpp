// The bands method: boundaries from the test group's points distribution, amounts from the mean
// cost in each band, never falling as points rise. See calibration.hpp and docs/calibration.md.
#include "alloc/calibration/calibration.hpp"

#include <algorithm>

namespace openras {
namespace {

struct Block {
    std::int64_t from = 0;        // first whole point of the band
    std::size_t people = 0;
    std::int64_t cost_pence = 0;  // summed annual cost
};

// Band starts at the quantiles k/K of the sorted whole points. A start that would leave the band
// below it empty is dropped, so every band has at least one person of the test group in it.
std::vector<std::int64_t> quantile_starts(const std::vector<std::int64_t>& sorted, int band_count) {
    std::vector<std::int64_t> starts{0};
    const std::size_t n = sorted.size();
    for (int k = 1; k < band_count; ++k) {
        const std::int64_t start = sorted[std::size_t(k) * n / std::size_t(band_count)];
        const auto below = std::lower_bound(sorted.begin(), sorted.end(), start);
        const auto from = std::lower_bound(sorted.begin(), sorted.end(), starts.back());
        if (start > starts.back() && below - from >= 1) starts.push_back(start);
    }
    return starts;
}

std::vector<Block> fill_blocks(const std::vector<std::int64_t>& starts,
                               const std::vector<std::pair<std::int64_t, std::int64_t>>& people) {
    std::vector<Block> blocks;
    for (std::int64_t start : starts) blocks.push_back(Block{start, 0, 0});
    for (const auto& [whole, cost] : people) {
        const auto next = std::upper_bound(starts.begin(), starts.end(), whole);
        Block& block = blocks[std::size_t(next - starts.begin()) - 1];
        ++block.people;
        block.cost_pence += cost;
    }
    return blocks;
}

__extension__ using Wide = __int128;

// a's mean cost is above b's: compared exactly by cross-multiplying in 128 bits.
bool mean_above(const Block& a, const Block& b) {
    return Wide(a.cost_pence) * Wide(b.people) > Wide(b.cost_pence) * Wide(a.people);
}

// Pool adjacent violators: merge any band whose mean is below the one before it.
std::vector<Block> make_non_decreasing(const std::vector<Block>& blocks) {
    std::vector<Block> pooled;
    for (const Block& block : blocks) {
        pooled.push_back(block);
        while (pooled.size() >= 2 && mean_above(pooled[pooled.size() - 2], pooled.back())) {
            const Block top = pooled.back();
            pooled.pop_back();
            pooled.back().people += top.people;
            pooled.back().cost_pence += top.cost_pence;
        }
    }
    return pooled;
}

}  // namespace

void fit_bands(const std::vector<CalibrationCase>& group, Calibration& c) {
    std::vector<std::pair<std::int64_t, std::int64_t>> people;  // whole points, annual cost
    std::vector<std::int64_t> sorted;
    for (const CalibrationCase& person : group) {
        people.emplace_back(person.points.floor(), person.annual_cost.pence());
        sorted.push_back(person.points.floor());
    }
    std::sort(sorted.begin(), sorted.end());
    const std::vector<Block> raw = fill_blocks(quantile_starts(sorted, c.settings.band_count), people);
    const std::vector<Block> pooled = make_non_decreasing(raw);
    if (pooled.size() < raw.size())
        c.notes.push_back(std::to_string(raw.size() - pooled.size()) +
                          (raw.size() - pooled.size() == 1 ? " band was" : " bands were") +
                          " merged with the band below, because their mean cost was lower; amounts never fall as "
                          "points rise.");
    c.conversion = ConversionMethod::Bands;
    c.bands.clear();
    for (std::size_t i = 0; i < pooled.size(); ++i) {
        CalibratedBand band;
        band.from = pooled[i].from;
        if (i + 1 < pooled.size()) band.to = pooled[i + 1].from - 1;
        band.people = pooled[i].people;
        band.annual_cost_pence = pooled[i].cost_pence;
        band.exact_weekly_pence =
            weekly_share_of(Rational(pooled[i].cost_pence) / Rational(std::int64_t(pooled[i].people)), c);
        band.weekly = Money::round(band.exact_weekly_pence, c.rounding);
        c.bands.push_back(band);
    }
}

}  // namespace openras
