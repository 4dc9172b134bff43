#include "rules/budget_engine.hpp"

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

BudgetEngine::BudgetEngine(std::shared_ptr<const RuleSet> rules) : rules_(std::move(rules)) {
    const RuleSet& rs = *rules_;
    for (std::size_t q = 0; q < rs.questions.size(); ++q) {
        const Question& question = rs.questions[q];
        question_domain_.push_back(question.domain);
        answer_offset_.push_back(answer_value_.size());
        const bool informal = question.kind == QuestionKind::InformalSupport;
        for (const auto& a : question.answers) answer_value_.push_back(informal ? a.points_remaining : a.points);
        if (!informal) scored_questions_.push_back(int(q));
    }
    for (const Domain& d : rs.domains) domain_informal_.push_back(d.informal_support);
    stream_rules_.resize(rs.streams.size());
    for (const Stream& s : rs.streams) {
        stream_rate_.push_back(s.conversion.rate.exact());
        stream_max_whole_points_.push_back(s.max_points.floor());
    }
    for (std::size_t r = 0; r < rs.rules.size(); ++r) stream_rules_[std::size_t(rs.rules[r].stream)].push_back(int(r));
}

void BudgetEngine::score_domains(const AnswerSheet& answers, IndicativeBudget& out) const {
    const std::size_t domain_count = rules_->domains.size();
    out.domains.assign(domain_count, DomainResult{});
    for (int q : scored_questions_) {
        const int chosen = answers.answer_index[std::size_t(q)];
        if (chosen < 0) continue;
        out.domains[std::size_t(question_domain_[std::size_t(q)])].raw_points +=
            answer_value_[answer_offset_[std::size_t(q)] + std::size_t(chosen)];
    }
    out.total_points = Rational(0);
    for (std::size_t d = 0; d < domain_count; ++d) {
        DomainResult& domain = out.domains[d];
        const int informal = domain_informal_[d];
        const int chosen = informal < 0 ? -1 : answers.answer_index[std::size_t(informal)];
        if (chosen >= 0) domain.share_kept = answer_value_[answer_offset_[std::size_t(informal)] + std::size_t(chosen)];
        domain.points = domain.share_kept == Rational(1) ? domain.raw_points : domain.raw_points * domain.share_kept;
        out.total_points += domain.points;
    }
}

void BudgetEngine::convert_stream(int s, IndicativeBudget& out, bool explain) const {
    const Stream& stream = rules_->streams[std::size_t(s)];
    const Conversion& c = stream.conversion;
    StreamResult& result = out.streams[std::size_t(s)];
    for (int d : stream.domains) result.points += out.domains[std::size_t(d)].points;
    const bool by_rate = c.method != ConversionMethod::Bands;
    const Rational& rate = stream_rate_[std::size_t(s)];
    if (c.method == ConversionMethod::BasePlusRate) {
        result.exact_weekly += c.base.exact();
        if (explain) out.explanation.push_back({LineKind::Base, s, -1, {}, {}, c.base.exact(), c.base});
    }
    if (by_rate) result.exact_weekly += result.points * rate;
    if (explain) {
        for (int d : stream.domains) {
            const DomainResult& domain = out.domains[std::size_t(d)];
            const Rational gross = by_rate ? domain.raw_points * rate : Rational(0);
            out.explanation.push_back({LineKind::DomainPoints, s, d, domain.raw_points, {}, gross, {}});
            if (domain_informal_[std::size_t(d)] < 0 || domain.share_kept == Rational(1)) continue;
            const Rational removed = domain.points - domain.raw_points;
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

void BudgetEngine::check_thresholds(expr::Inputs& inputs, IndicativeBudget& out) const {
    inputs.weekly_total = out.weekly.exact();
    const auto& thresholds = rules_->thresholds;
    for (std::size_t t = 0; t < thresholds.size(); ++t) {
        const Threshold& threshold = thresholds[t];
        bool crossed = threshold.weekly_above && out.weekly > *threshold.weekly_above;
        if (!crossed && threshold.when) crossed = threshold.when->evaluate(inputs).boolean;
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
        convert_stream(s, out, explain);
        for (int r : stream_rules_[std::size_t(s)]) {
            const AdjustmentRule& rule = rules_->rules[std::size_t(r)];
            if (rule.when && !rule.when->evaluate(inputs).boolean) continue;
            const Rational amount = rule.amount->evaluate(inputs).number;
            out.streams[std::size_t(s)].exact_weekly += amount;
            if (explain) out.explanation.push_back({LineKind::Rule, s, r, {}, {}, amount, {}});
        }
        close_stream(s, first_line, out, explain);
        out.weekly += out.streams[std::size_t(s)].weekly;
        out.annual += out.streams[std::size_t(s)].annual;
        stream_totals[std::size_t(s)] = out.streams[std::size_t(s)].weekly.exact();
    }
    inputs.stream_totals = stream_totals.data();
    check_thresholds(inputs, out);
}

}  // namespace openras
