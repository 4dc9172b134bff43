#include "rules/budget_engine.hpp"

#include <numeric>

namespace openras {

const char* line_kind_name(LineKind kind) {
    switch (kind) {
        case LineKind::Base: return "base";
        case LineKind::DomainPoints: return "domain-points";
        case LineKind::InformalSupport: return "informal-support";
        case LineKind::Band: return "band";
        case LineKind::Rule: return "rule";
        case LineKind::Rounding: return "rounding";
    }
    return "base";
}

namespace {

[[noreturn]] void points_too_large() {
    throw OpenRasError(Error{ErrorCode::Evaluation, "the points grew too large to add up exactly", {}});
}

std::int64_t checked_add(std::int64_t a, std::int64_t b) {
    std::int64_t sum;
    if (__builtin_add_overflow(a, b, &sum)) points_too_large();
    return sum;
}

std::int64_t checked_multiply(std::int64_t a, std::int64_t b) {
    std::int64_t product;
    if (__builtin_mul_overflow(a, b, &product)) points_too_large();
    return product;
}

std::int64_t lcm_checked(std::int64_t a, std::int64_t b) { return checked_multiply(a / std::gcd(a, b), b); }

}  // namespace

BudgetEngine::BudgetEngine(std::shared_ptr<const RuleSet> rules) : rules_(std::move(rules)) {
    const RuleSet& rs = *rules_;
    // One scale that makes every point value, and every point value after any informal-support
    // share, a whole number: evaluation then adds integers and builds fractions only at the end.
    std::int64_t point_denominators = 1;
    std::int64_t share_denominators = 1;
    for (const Question& question : rs.questions)
        for (const auto& a : question.answers) {
            point_denominators = lcm_checked(point_denominators, a.points.denominator());
            share_denominators = lcm_checked(share_denominators, a.points_remaining.denominator());
        }
    points_scale_ = checked_multiply(point_denominators, share_denominators);
    if ((points_scale_ & (points_scale_ - 1)) == 0) scale_shift_ = __builtin_ctzll(std::uint64_t(points_scale_));
    for (std::size_t q = 0; q < rs.questions.size(); ++q) {
        const Question& question = rs.questions[q];
        question_domain_.push_back(question.domain);
        answer_offset_.push_back(answer_scaled_.size());
        const bool informal = question.kind == QuestionKind::InformalSupport;
        for (const auto& a : question.answers) {
            answer_scaled_.push_back(informal ? 0 : (a.points * Rational(points_scale_)).numerator());
            answer_share_.push_back(a.points_remaining);
        }
        if (!informal) scored_questions_.push_back(int(q));
    }
    for (const Domain& d : rs.domains) domain_informal_.push_back(d.informal_support);
    stream_rules_.resize(rs.streams.size());
    for (const Stream& s : rs.streams) {
        stream_rate_.push_back(s.conversion.rate.exact().numerator());
        stream_rate_denominator_.push_back(s.conversion.rate.exact().denominator());
    }
    for (std::size_t r = 0; r < rs.rules.size(); ++r) stream_rules_[std::size_t(rs.rules[r].stream)].push_back(int(r));
}

Rational BudgetEngine::unscale(std::int64_t scaled) const {
    if (points_scale_ == 1) return Rational(scaled);
    if (scale_shift_ < 0) return Rational(scaled, points_scale_);
    // A power-of-two scale (halves, quarters) reduces with a shift instead of a division.
    const int shift = scaled == 0 ? scale_shift_ : std::min(scale_shift_, __builtin_ctzll(std::uint64_t(scaled)));
    return Rational::from_lowest_terms(scaled / (std::int64_t(1) << shift), points_scale_ >> shift);
}

void BudgetEngine::score_domains(const AnswerSheet& answers, IndicativeBudget& out) const {
    const std::size_t domain_count = rules_->domains.size();
    thread_local std::vector<std::int64_t> raw;
    raw.assign(domain_count, 0);
    for (int q : scored_questions_) {
        const int chosen = answers.answer_index[std::size_t(q)];
        if (chosen < 0) continue;
        std::int64_t& sum = raw[std::size_t(question_domain_[std::size_t(q)])];
        sum = checked_add(sum, answer_scaled_[answer_offset_[std::size_t(q)] + std::size_t(chosen)]);
    }
    out.domains.resize(domain_count);
    out.domain_points_scaled.resize(domain_count);
    std::int64_t total = 0;
    for (std::size_t d = 0; d < domain_count; ++d) {
        DomainResult& domain = out.domains[d];
        const int informal = domain_informal_[d];
        const int chosen = informal < 0 ? -1 : answers.answer_index[std::size_t(informal)];
        std::int64_t counted = raw[d];
        domain.share_kept = Rational(1);
        if (chosen >= 0) {
            domain.share_kept = answer_share_[answer_offset_[std::size_t(informal)] + std::size_t(chosen)];
            // Exact: the scale holds every share's denominator.
            counted = checked_multiply(raw[d] / domain.share_kept.denominator(), domain.share_kept.numerator());
        }
        domain.raw_points = unscale(raw[d]);
        domain.points = counted == raw[d] ? domain.raw_points : unscale(counted);
        out.domain_points_scaled[d] = counted;
        total = checked_add(total, counted);
    }
    out.total_points = unscale(total);
}

void BudgetEngine::convert_stream(int s, IndicativeBudget& out, bool explain) const {
    const Stream& stream = rules_->streams[std::size_t(s)];
    const Conversion& c = stream.conversion;
    StreamResult& result = out.streams[std::size_t(s)];
    std::int64_t scaled = 0;
    for (int d : stream.domains) scaled = checked_add(scaled, out.domain_points_scaled[std::size_t(d)]);
    result.points = unscale(scaled);
    const bool by_rate = c.method != ConversionMethod::Bands;
    const std::int64_t rate_denominator = stream_rate_denominator_[std::size_t(s)];
    const Rational rate = rate_denominator == 1 ? Rational(stream_rate_[std::size_t(s)]) : c.rate.exact();
    if (c.method == ConversionMethod::BasePlusRate) {
        result.exact_weekly += c.base.exact();
        if (explain) out.explanation.push_back({LineKind::Base, s, -1, {}, {}, c.base.exact(), {}});
    }
    // Exact to the fraction of a penny: the only rounding is the stream's, in close_stream.
    if (by_rate) {
        const std::int64_t pence_scaled = checked_multiply(scaled, stream_rate_[std::size_t(s)]);
        result.exact_weekly += rate_denominator == 1 ? unscale(pence_scaled) : unscale(pence_scaled) / Rational(rate_denominator);
    }
    if (explain) {
        for (int d : stream.domains) {
            const DomainResult& domain = out.domains[std::size_t(d)];
            const Rational gross = by_rate ? domain.raw_points * rate : Rational(0);
            out.explanation.push_back({LineKind::DomainPoints, s, d, domain.raw_points, {}, gross, {}});
            const Rational removed = domain.points - domain.raw_points;
            if (removed.is_zero()) continue;  // no help given, or no points to reduce
            out.explanation.push_back(
                {LineKind::InformalSupport, s, d, removed, domain.share_kept, by_rate ? removed * rate : Rational(0), {}});
        }
    }
    if (!by_rate) {
        const std::int64_t whole = result.points.floor();
        result.band = c.band_for(whole);
        // Coverage was proven at load time up to the stream's maximum points.
        const Money weekly = result.band >= 0 ? c.bands[std::size_t(result.band)].weekly : Money{};
        result.exact_weekly += weekly.exact();
        if (explain) out.explanation.push_back({LineKind::Band, s, result.band, Rational(whole), {}, weekly.exact(), {}});
    }
}

void BudgetEngine::close_stream(int s, std::size_t first_line, IndicativeBudget& out, bool explain) const {
    const RoundingRule rounding = rules_->header.rounding;
    StreamResult& result = out.streams[std::size_t(s)];
    result.weekly = Money::round(result.exact_weekly, rounding);
    if (result.weekly < Money{})
        throw OpenRasError(Error{ErrorCode::Evaluation,
                                 "the rules give a negative weekly amount (" + result.weekly.to_string() + ") for \"" +
                                     rules_->streams[std::size_t(s)].title + "\"; a council rule removes more than the stream holds",
                                 rules_->streams[std::size_t(s)].where});
    result.annual = Money::round(result.weekly.exact() * rules_->header.weeks_per_year, rounding);
    if (!explain) return;
    Money sum;
    for (std::size_t i = first_line; i < out.explanation.size(); ++i) {
        ExplanationLine& line = out.explanation[i];
        line.amount = Money::round(line.exact_pence, rounding);
        sum += line.amount;
    }
    const Money left_over = result.weekly - sum;
    if (left_over != Money{})
        out.explanation.push_back({LineKind::Rounding, s, -1, {}, {}, left_over.exact(), left_over});
}

namespace {

// Runs `work`; an error from it names what failed (`kind` "rule", `id` "waking_nights") and,
// when the arithmetic could not say where it was, the place that is written in the rule set.
// Nothing is built unless something fails: this is on the engine's every budget.
template <typename Work>
void located(const char* kind, const std::string& id, const SourceLocation& where, Work work) {
    try {
        work();
    } catch (const OpenRasError& e) {
        Error error = e.error();
        error.message = std::string(kind) + " \"" + id + "\": " + error.message;
        if (error.where.file.empty() && error.where.line == 0) error.where = where;
        throw OpenRasError(error);
    }
}

}  // namespace

void BudgetEngine::check_thresholds(expr::Inputs& inputs, IndicativeBudget& out) const {
    inputs.weekly_total = out.weekly.exact();
    const auto& thresholds = rules_->thresholds;
    for (std::size_t t = 0; t < thresholds.size(); ++t) {
        const Threshold& threshold = thresholds[t];
        bool crossed = threshold.weekly_above && out.weekly > *threshold.weekly_above;
        if (!crossed && threshold.when)
            located("threshold", threshold.id, threshold.where,
                    [&] { crossed = threshold.when->evaluate(inputs).boolean; });
        if (crossed) out.panel_referrals.push_back(int(t));
    }
}

void BudgetEngine::evaluate(const AnswerSheet& answers, IndicativeBudget& out, bool explain) const {
    if (out.rules != rules_) out.rules = rules_;
    out.answers.answer_index.assign(answers.answer_index.begin(), answers.answer_index.end());
    out.explanation.clear();
    out.panel_referrals.clear();
    score_domains(answers, out);

    // The expression language reads per-domain arrays; these are small and reused per thread.
    thread_local std::vector<Rational> raw_points, counted_points, stream_totals;
    const std::size_t domain_count = out.domains.size();
    raw_points.resize(domain_count);
    counted_points.resize(domain_count);
    for (std::size_t d = 0; d < domain_count; ++d) {
        raw_points[d] = out.domains[d].raw_points;
        counted_points[d] = out.domains[d].points;
    }
    expr::Inputs inputs;
    inputs.answer_index = out.answers.answer_index.data();
    inputs.raw_domain_points = raw_points.data();
    inputs.domain_points = counted_points.data();
    inputs.total_points = out.total_points;

    const int stream_count = int(rules_->streams.size());
    out.streams.assign(std::size_t(stream_count), StreamResult{});
    out.weekly = Money{};
    out.annual = Money{};
    stream_totals.resize(std::size_t(stream_count));
    for (int s = 0; s < stream_count; ++s) {
        const std::size_t first_line = out.explanation.size();
        const Stream& stream = rules_->streams[std::size_t(s)];
        located("stream", stream.id, stream.where, [&] { convert_stream(s, out, explain); });
        for (int r : stream_rules_[std::size_t(s)]) {
            const AdjustmentRule& rule = rules_->rules[std::size_t(r)];
            located("rule", rule.id, rule.where, [&] {
                if (rule.when && !rule.when->evaluate(inputs).boolean) return;
                const Rational amount = rule.amount->evaluate(inputs).number;
                out.streams[std::size_t(s)].exact_weekly += amount;
                if (explain) out.explanation.push_back({LineKind::Rule, s, r, {}, {}, amount, {}});
            });
        }
        located("stream", stream.id, stream.where, [&] { close_stream(s, first_line, out, explain); });
        out.weekly += out.streams[std::size_t(s)].weekly;
        stream_totals[std::size_t(s)] = out.streams[std::size_t(s)].weekly.exact();
    }
    // The yearly total is the weekly total over the year, so the headline figures agree; the
    // streams' yearly amounts may then differ from it by a rounding penny, which reports show.
    out.annual = Money::round(out.weekly.exact() * rules_->header.weeks_per_year, rules_->header.rounding);
    inputs.stream_totals = stream_totals.data();
    check_thresholds(inputs, out);
}

}  // namespace openras
