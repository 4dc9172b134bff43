#pragma once
// The rule-set model: a council's RAS after it has been read and checked. Built only by the
// loader (ruleset_loader.hpp), immutable afterwards, and shared between threads. The text
// format is described in docs/rule-set-format.md.
#include "rules/error.hpp"
#include "rules/expression/expression.hpp"
#include "rules/money.hpp"
#include "rules/plan_template.hpp"
#include "rules/plan_vocabulary.hpp"
#include "rules/rational.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace openras {

// The policy or law that justifies a part of the rules.
struct Citation {
    std::string text;
    std::string url;  // may be empty
    std::string to_string() const { return url.empty() ? text : text + " <" + url + ">"; }
};

struct AnswerOption {
    std::string id;
    std::string text;
    std::string easy_read;
    Rational points;            // scored questions
    Rational points_remaining;  // informal-support questions: share of the domain's points kept
    SourceLocation where;
};

enum class QuestionKind { Scored, InformalSupport };

struct Question {
    std::string id;
    QuestionKind kind = QuestionKind::Scored;
    std::string text;
    std::string easy_read;
    std::string help;
    bool required = true;
    int domain = -1;
    std::vector<AnswerOption> answers;
    Citation citation;
    SourceLocation where;
};

struct Domain {
    std::string id;
    std::string title;
    std::string easy_read;
    int stream = 0;
    std::vector<int> questions;      // indices into RuleSet::questions, scored ones only
    int informal_support = -1;       // index of the informal-support question, or -1
    Rational max_points;             // the most points the domain's questions can give
    Citation citation;
    SourceLocation where;
};

struct Band {
    std::int64_t from = 0;                  // whole points, inclusive
    std::optional<std::int64_t> to;         // inclusive; absent for the open-ended last band
    Money weekly;
    Citation citation;
    SourceLocation where;

    bool contains(std::int64_t points) const { return points >= from && (!to || points <= *to); }
};

enum class ConversionMethod { PricePerPoint, BasePlusRate, Bands };
const char* conversion_method_name(ConversionMethod method);  // "price-per-point", ...

struct Conversion {
    ConversionMethod method = ConversionMethod::PricePerPoint;
    PreciseMoney base;  // BasePlusRate
    PreciseMoney rate;  // PricePerPoint and BasePlusRate: per point per week, often finer than a penny
    std::vector<Band> bands;
    Citation citation;
    SourceLocation where;

    // The band holding `whole_points`, or -1. Bands are proven contiguous when loading.
    int band_for(std::int64_t whole_points) const;
};

struct Stream {
    std::string id;
    std::string title;
    std::string restrictions;
    Conversion conversion;
    std::vector<int> domains;  // indices into RuleSet::domains
    Rational max_points;
    Citation citation;
    SourceLocation where;
};

struct Parameter {
    std::string id;
    std::string description;
    expr::Value value;
    Citation citation;
    SourceLocation where;
};

struct LookupTable {
    std::string description;
    Citation citation;
    SourceLocation where;
};

struct AdjustmentRule {
    std::string id;
    std::string title;
    int stream = 0;
    std::shared_ptr<const expr::Expression> when;    // may be null: always applies
    std::shared_ptr<const expr::Expression> amount;  // money a week
    Citation citation;
    SourceLocation where;
};

struct Threshold {
    std::string id;
    std::string message;
    std::optional<Money> weekly_above;
    std::shared_ptr<const expr::Expression> when;  // may be null when weekly_above is given
    Citation citation;
    SourceLocation where;
};

// A check of a support plan (`[[plan_check]]`, docs/rule-set-format.md): when `when` is true
// for the plan (or for one of its items, with for_each), a finding is raised.
struct PlanCheck {
    std::string id;
    FindingSeverity severity = FindingSeverity::Blocker;
    expr::PlanScope scope = expr::PlanScope::Plan;  // Plan: once per plan; else once per item
    std::shared_ptr<const expr::Expression> when;
    TextTemplate field;    // the plan field the finding concerns, e.g. lines[].unit_cost
    TextTemplate message;  // plain English
    struct Figure {
        std::string name;  // the expression as written
        std::shared_ptr<const expr::Expression> value;
    };
    std::vector<Figure> figures;  // shown with the finding
    bool refer_to_panel = false;  // raising it sends the plan to the funding panel
    int section_rank = 0;         // of `field`, for ordering findings as the plan reads
    Citation citation;
    SourceLocation where;
};

// Something a personal budget may not be spent on (`[[excluded_use]]`). A support line is
// matched by whole words in its description or provider, or by a `when` over the line's facts.
struct ExcludedUse {
    std::string id;
    std::string title;
    std::string reason;
    std::vector<std::string> words;  // lower case; a trailing '*' matches any ending
    std::shared_ptr<const expr::Expression> when;  // over line facts; may be null
    TextTemplate field;  // default "lines[].description" for words, "lines[]" otherwise
    Citation citation;
    SourceLocation where;
};

// A kind of support the council lists with its usual price (`[[support_option]]`), offered
// by the kiosk; a support line may name one with `option`.
struct SupportOption {
    std::string id;
    std::string title;
    std::string description;
    SupportKind kind = SupportKind::Other;
    Unit unit = Unit::Hours;
    Money unit_cost;
    Citation citation;
    SourceLocation where;
};

struct RuleSetHeader {
    std::string id;
    std::string version;
    std::string title;
    std::string authority;
    boost::gregorian::date effective_from;
    std::optional<boost::gregorian::date> effective_to;  // inclusive
    SourceLocation dates_where;  // where the dates are written (effective_to's, else effective_from's)
    RoundingRule rounding = RoundingRule::HalfUp;
    Rational weeks_per_year{52};
    Citation citation;

    bool in_force_on(const boost::gregorian::date& day) const {
        return day >= effective_from && (!effective_to || day <= *effective_to);
    }
};

struct RuleSet {
    RuleSetHeader header;
    std::string hash;         // "sha256:" + 64 hex digits of the canonical form
    std::string source_name;  // the file it came from, for messages

    std::vector<Stream> streams;
    std::vector<Domain> domains;
    std::vector<Question> questions;  // every question in questionnaire order
    std::vector<Parameter> parameters;
    std::vector<LookupTable> tables;  // descriptions; the rows live in catalogue.tables
    std::vector<AdjustmentRule> rules;
    std::vector<Threshold> thresholds;
    std::vector<PlanCheck> plan_checks;
    std::vector<ExcludedUse> excluded_uses;
    std::vector<SupportOption> support_options;

    expr::Catalogue catalogue;  // what expressions may name, indexed like the above

    // The languages the header states, and their texts by key ("question.ID.text",
    // "question.ID.answer.ANSWER.easy_read", "domain.ID.title"): rules/rule_texts.hpp.
    std::vector<std::string> languages;
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> translations;
    // Each plan check's message in each language, its blanks checked like the English one's (by
    // the check's index; none where the language file has none).
    std::map<std::string, std::vector<std::optional<TextTemplate>>, std::less<>> check_messages;
    // A text for people in `language` when the rule set has it, else `english` (the rule set's own).
    std::string_view text_in(std::string_view language, std::string_view key, std::string_view english) const;

    int question_index(std::string_view id) const { return catalogue.question_index(id); }
    int scored_question_count() const;
    int support_option_index(std::string_view id) const;  // -1 when unknown
};

}  // namespace openras
