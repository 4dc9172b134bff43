// Checks that need the whole rule set: which domains feed which stream, the most points each
// can reach, and whether a band table covers that whole range with no gap and no overlap.
#include "rules/loader_parts.hpp"

namespace openras::loader {
namespace {

Rational most_points(const Question& q) {
    Rational best;
    for (const auto& a : q.answers) best = std::max(best, a.points);
    return best;
}

void check_bands(Builder& b, const Stream& stream) {
    const Conversion& c = stream.conversion;
    if (c.method != ConversionMethod::Bands || c.bands.empty()) return;
    const std::string name = "stream \"" + stream.id + "\"";
    if (c.bands.front().from != 0)
        b.problems.add(ErrorCode::BandCoverage,
                       name + ": the first band must start at 0 points, not " + std::to_string(c.bands.front().from),
                       c.bands.front().where);
    for (std::size_t i = 0; i + 1 < c.bands.size(); ++i) {
        const Band& band = c.bands[i];
        const Band& next = c.bands[i + 1];
        if (!band.to) {
            b.problems.add(ErrorCode::BandCoverage, name + ": only the last band may leave out `to`", band.where);
            continue;
        }
        if (next.from > *band.to + 1)
            b.problems.add(ErrorCode::BandCoverage,
                           name + ": gap between bands: no band covers " + std::to_string(*band.to + 1) +
                               (next.from - 1 > *band.to + 1 ? " to " + std::to_string(next.from - 1) : "") +
                               " points",
                           next.where);
        else if (next.from <= *band.to)
            b.problems.add(ErrorCode::BandCoverage,
                           name + ": bands overlap: " + std::to_string(next.from) + " to " +
                               std::to_string(std::min(*band.to, next.to.value_or(*band.to))) +
                               " points are in two bands",
                           next.where);
    }
    const Band& last = c.bands.back();
    const std::int64_t reach = stream.max_points.floor();
    if (last.to && *last.to < reach)
        b.problems.add(ErrorCode::BandCoverage,
                       name + ": the last band stops at " + std::to_string(*last.to) +
                           " points, but the questionnaire can give up to " + std::to_string(reach),
                       last.where);
}

}  // namespace

void check_streams(Builder& b) {
    RuleSet& rs = b.out;
    for (std::size_t d = 0; d < rs.domains.size(); ++d) {
        Domain& domain = rs.domains[d];
        for (int q : domain.questions) domain.max_points += most_points(rs.questions[std::size_t(q)]);
        if (domain.questions.empty())
            b.problems.add(ErrorCode::MissingField, "domain \"" + domain.id + "\" has no scored question",
                           domain.where);
        if (domain.stream >= 0 && std::size_t(domain.stream) < rs.streams.size()) {
            Stream& stream = rs.streams[std::size_t(domain.stream)];
            stream.domains.push_back(int(d));
            stream.max_points += domain.max_points;
        }
    }
    for (const Stream& stream : rs.streams) {
        check_bands(b, stream);
    }
}

}  // namespace openras::loader
