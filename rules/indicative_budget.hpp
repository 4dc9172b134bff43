#pragma once
// The result of one assessment: points per domain, each informal-support reduction, each
// stream's conversion and amount, panel referrals, and the explanation.
//
// The explanation is an ordered list of lines. Each line names what produced it (a domain,
// an informal-support answer, a base amount, a band, a council rule or the rounding) and the
// whole pence it adds or removes. Within a stream the lines add up exactly to the stream's
// weekly amount; each line is rounded by the rule set's rule, and whatever those roundings
// leave over is a Rounding line of its own. Lines hold indices, not text: the report layer
// turns them into words, so explaining costs little.
#include "rules/answer_sheet.hpp"
#include "rules/money.hpp"
#include "rules/rational.hpp"
#include "rules/ruleset.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <memory>
#include <string>
#include <vector>

namespace openras {

enum class LineKind {
    Base,             // subject: -1; the stream's base amount
    DomainPoints,     // subject: domain; points = raw points, money at the stream's rate
    InformalSupport,  // subject: domain; points = points not counted (<= 0), share = share kept
    Band,             // subject: band; points = whole points looked up
    Rule,             // subject: rule index
    Rounding,         // subject: -1; what rounding each line to the penny left over
};
const char* line_kind_name(LineKind kind);  // "base", "domain-points", ...

struct ExplanationLine {
    LineKind kind = LineKind::Base;
    int stream = 0;
    int subject = -1;
    Rational points;
    Rational share;
    Rational exact_pence;  // before rounding to the penny
    Money amount;          // whole pence this line adds (negative: removes)
};

struct DomainResult {
    Rational raw_points;
    Rational share_kept{1};  // from the informal-support answer; 1 when none
    Rational points;         // raw_points × share_kept
};

struct StreamResult {
    Rational points;
    Rational exact_weekly;  // exact pence before rounding
    Money weekly;
    Money annual;           // weekly × weeks_per_year, rounded by the rule set's rule
    int band = -1;          // bands only
};

struct IndicativeBudget {
    std::shared_ptr<const RuleSet> rules;
    std::string person;
    boost::gregorian::date assessment_date;
    AnswerSheet answers;

    std::vector<DomainResult> domains;
    std::vector<std::int64_t> domain_points_scaled;  // the engine's working form of domains[].points
    Rational total_points;
    std::vector<StreamResult> streams;
    Money weekly;
    Money annual;  // weekly × weeks_per_year, rounded by the rule set's rule

    // What the streams' yearly amounts, each rounded, leave over from `annual`: shown as its own
    // line so the yearly figures add up too.
    Money annual_rounding() const {
        Money sum;
        for (const auto& s : streams) sum += s.annual;
        return annual - sum;
    }
    std::vector<int> panel_referrals;  // threshold indices, in rule-set order
    std::vector<ExplanationLine> explanation;  // empty unless asked for

    bool refer_to_panel() const { return !panel_referrals.empty(); }
};

}  // namespace openras
