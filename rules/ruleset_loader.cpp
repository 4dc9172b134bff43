#include "rules/ruleset_loader.hpp"
#include "rules/safe_toml.hpp"

#include "rules/canonical_hash.hpp"
#include "rules/loader_parts.hpp"
#include "rules/text_limits.hpp"

#include <fstream>
#include <mutex>
#include <sstream>

namespace openras {
namespace loader {

bool Builder::claim_id(std::unordered_map<std::string, SourceLocation>& seen, const std::string& id,
                       const std::string& what, const SourceLocation& where) {
    auto [it, inserted] = seen.emplace(id, where);
    if (!inserted)
        problems.add(ErrorCode::Duplicate,
                     what + " id \"" + id + "\" is used twice (first at line " +
                         std::to_string(it->second.line) + ")",
                     where);
    return inserted;
}

int Builder::stream_named(TomlTableReader& r) {
    auto name = r.string("stream", false);
    if (!name) return 0;
    const int index = out.catalogue.stream_index(*name);
    if (index < 0) r.problem_at("stream", ErrorCode::UnknownName, "unknown stream \"" + *name + "\"");
    return index < 0 ? 0 : index;
}

// `languages = ["cy", "pl", "ur"]`: the languages whose texts lie beside the rule set
// (rules/rule_texts.hpp).
void read_languages(Builder& b, const toml::table& header) {
    const toml::node* node = header.get("languages");
    if (node == nullptr) return;
    const auto where = [&](const toml::node& n) {
        return SourceLocation{b.file, int(n.source().begin.line), int(n.source().begin.column), "ruleset.languages"};
    };
    const toml::array* list = node->as_array();
    if (list == nullptr) {
        b.problems.add(ErrorCode::WrongType, "`ruleset.languages` is a list of language codes, such as [\"cy\", \"pl\"]", where(*node));
        return;
    }
    for (const toml::node& item : *list) {
        const auto code = item.value<std::string>();
        if (!code || !is_language_code(*code)) {
            b.problems.add(ErrorCode::InvalidValue, "`ruleset.languages` holds language codes such as \"cy\" (Welsh) or \"pl\" (Polish)", where(item));
        } else if (std::find(b.out.languages.begin(), b.out.languages.end(), *code) != b.out.languages.end()) {
            b.problems.add(ErrorCode::InvalidValue, "the language \"" + *code + "\" is stated twice", where(item));
        } else if (code->rfind("en", 0) == 0) {
            b.problems.add(ErrorCode::InvalidValue, "the rule set's own texts are English: list only the other languages", where(item));
        } else {
            b.out.languages.push_back(*code);
        }
    }
}

void read_header(Builder& b, const toml::table& document) {
    const toml::node* node = document.get("ruleset");
    if (!node || !node->is_table()) {
        b.problems.add(ErrorCode::MissingField, "the rule set needs a `[ruleset]` header table",
                       SourceLocation{b.file, 1, 1, {}});
        return;
    }
    TomlTableReader r(*node->as_table(), "ruleset", b.file, b.problems);
    r.reject_unknown_keys({"id", "version", "title", "authority", "effective_from", "effective_to",
                           "rounding", "weeks_per_year", "citation", "languages"});
    RuleSetHeader& h = b.out.header;
    h.id = r.string("id").value_or("");
    h.version = r.string("version").value_or("");
    h.title = r.string("title").value_or("");
    h.authority = r.string("authority").value_or("");
    if (auto from = r.date("effective_from")) h.effective_from = *from;
    h.effective_to = r.date("effective_to", false);
    h.dates_where = r.at(r.has("effective_to") ? "effective_to" : "effective_from");
    if (h.effective_to && !h.effective_from.is_not_a_date() && *h.effective_to < h.effective_from)
        r.problem_at("effective_to", ErrorCode::InvalidValue, "`ruleset.effective_to` is before `effective_from`");
    if (auto rounding = r.string("rounding")) {
        auto rule = parse_rounding_rule(*rounding);
        if (rule && (*rule == RoundingRule::HalfUp || *rule == RoundingRule::HalfEven))
            h.rounding = *rule;
        else
            r.problem_at("rounding", ErrorCode::InvalidValue,
                         "`ruleset.rounding` must be \"half-up\" or \"half-even\", not \"" + *rounding + "\"");
    }
    if (auto weeks = r.decimal("weeks_per_year")) {
        if (*weeks < Rational(52) || *weeks > Rational(53))
            r.problem_at("weeks_per_year", ErrorCode::InvalidValue,
                         "`ruleset.weeks_per_year` must be between 52 and 53");
        else
            h.weeks_per_year = *weeks;
    }
    if (r.has("citation")) h.citation = r.citation().value_or(Citation{});
    read_languages(b, *node->as_table());
    if (h.id.empty() && r.has("id")) r.problem_at("id", ErrorCode::InvalidValue, "`ruleset.id` is empty");
}

Conversion read_conversion(Builder& b, TomlTableReader& stream) {
    Conversion c;
    const toml::table* table = stream.table("conversion");
    if (!table) return c;
    TomlTableReader r(*table, stream.path() + ".conversion", b.file, b.problems);
    r.reject_unknown_keys({"method", "base", "rate", "band", "citation"});
    c.where = r.here();
    c.citation = r.citation().value_or(Citation{});
    const auto method = r.string("method").value_or("");
    if (method == "price-per-point") {
        c.method = ConversionMethod::PricePerPoint;
        c.rate = r.precise_money("rate").value_or(PreciseMoney{});
    } else if (method == "base-plus-rate") {
        c.method = ConversionMethod::BasePlusRate;
        c.base = r.precise_money("base").value_or(PreciseMoney{});
        c.rate = r.precise_money("rate").value_or(PreciseMoney{});
    } else if (method == "bands") {
        c.method = ConversionMethod::Bands;
    } else if (r.has("method")) {
        r.problem_at("method", ErrorCode::InvalidValue,
                     "`" + r.path() + ".method` must be \"price-per-point\", \"base-plus-rate\" or \"bands\"");
    }
    if (c.rate.is_negative() || c.base.is_negative())
        r.problem(ErrorCode::InvalidValue, "`" + r.path() + "`: a base or rate cannot be negative", r.here());
    if (c.method != ConversionMethod::Bands && r.has("band"))
        r.problem_at("band", ErrorCode::InvalidValue, "bands are only used with method = \"bands\"");
    if (c.method != ConversionMethod::BasePlusRate && r.has("base"))
        r.problem_at("base", ErrorCode::InvalidValue, "a base amount is only used with method = \"base-plus-rate\"");
    if (c.method != ConversionMethod::Bands) return c;
    b.for_each_table(*table, "band", r.path(), true, [&](TomlTableReader& band_reader, int) {
        band_reader.reject_unknown_keys({"from", "to", "weekly", "citation"});
        Band band;
        band.where = band_reader.here();
        band.from = band_reader.integer("from").value_or(0);
        band.to = band_reader.integer("to", false);
        band.weekly = band_reader.money("weekly").value_or(Money{});
        band.citation = band_reader.citation().value_or(Citation{});
        if (band.to && *band.to < band.from)
            band_reader.problem_at("to", ErrorCode::BandCoverage,
                                   "band `to` (" + std::to_string(*band.to) + ") is below its `from` (" +
                                       std::to_string(band.from) + ")");
        if (band.weekly < Money{})
            band_reader.problem_at("weekly", ErrorCode::InvalidValue, "a band's weekly amount cannot be negative");
        c.bands.push_back(band);
    });
    return c;
}

void read_streams(Builder& b, const toml::table& document) {
    b.for_each_table(document, "stream", "", true, [&](TomlTableReader& r, int) {
        r.reject_unknown_keys({"id", "title", "restrictions", "conversion", "citation"});
        Stream s;
        s.where = r.here();
        s.id = r.string("id").value_or("");
        s.title = r.string("title").value_or("");
        s.restrictions = r.string("restrictions").value_or("");
        s.citation = r.citation().value_or(Citation{});
        s.conversion = read_conversion(b, r);
        if (!s.id.empty()) b.claim_id(b.stream_ids, s.id, "stream", s.where);
        b.out.catalogue.streams.push_back(s.id);
        b.out.streams.push_back(std::move(s));
    });
}

}  // namespace loader

namespace {

const char* kTopLevelKeys[] = {"ruleset", "parameter", "table",        "stream",        "domain",
                               "rule",    "threshold", "support_option", "excluded_use", "plan_check"};

void reject_unknown_top_level(const toml::table& document, const std::string& file, Diagnostics& problems) {
    for (const auto& [key, value] : document) {
        bool known = false;
        for (const char* name : kTopLevelKeys) known = known || key.str() == name;
        if (!known)
            problems.add(ErrorCode::UnknownName,
                         "unknown section `" + std::string(key.str()) +
                             "` (expected ruleset, parameter, table, stream, domain, rule, threshold, support_option, "
                             "excluded_use or plan_check)",
                         location_of(value, file));
    }
}

}  // namespace

RuleSetLoad load_rule_set(std::string_view text, const std::string& source_name, const LanguageFileReader& read_texts,
                          const std::string& texts_beside) {
    RuleSetLoad result;
    toml::table document;
    try {
        document = parse_toml(text, std::string_view(source_name));
    } catch (const toml::parse_error& failure) {
        const auto& at = failure.source().begin;
        result.problems.add(ErrorCode::Syntax, std::string(failure.description()),
                            SourceLocation{source_name, int(at.line), int(at.column), {}});
        return result;
    }
    auto rule_set = std::make_shared<RuleSet>();
    rule_set->source_name = source_name;
    rule_set->hash = canonical_hash(document);
    loader::Builder b{text, source_name, result.problems, *rule_set, {}};
    reject_unknown_top_level(document, source_name, result.problems);
    refuse_long_texts(document, source_name, result.problems);
    loader::read_header(b, document);
    loader::read_parameters(b, document);
    loader::read_tables(b, document);
    loader::read_streams(b, document);
    loader::read_questionnaire(b, document);
    loader::check_streams(b);
    rule_set->catalogue.rounding = rule_set->header.rounding;
    // Expressions are compiled last, against a complete catalogue.
    loader::read_rules(b, document);
    loader::read_thresholds(b, document);
    if (result.problems.empty()) loader::check_rules_for_every_answer(b);
    loader::read_plan_rules(b, document);
    loader::check_rationing(b);
    if (result.problems.empty() && read_texts)
        read_rule_texts(*rule_set, texts_beside.empty() ? source_name : texts_beside, read_texts, result.problems);
    result.problems.sort_by_location();
    if (result.problems.empty()) result.rule_set = std::move(rule_set);
    return result;
}

RuleSetLoad load_rule_set_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        RuleSetLoad result;
        result.problems.add(ErrorCode::Io, "cannot open the rule-set file", SourceLocation{path, 0, 0, {}});
        return result;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return load_rule_set(text.str(), path, read_language_file);
}

std::shared_ptr<const RuleSet> embedded_default_rule_set() {
    static std::once_flag once;
    static std::shared_ptr<const RuleSet> model;
    std::call_once(once, [] {
        RuleSetLoad load = load_rule_set(embedded_model_ras_text(), kEmbeddedDefaultName,
                                         [](const std::string&, const std::string& language) -> std::optional<std::string> {
                                             const std::string_view text = embedded_model_ras_texts(language);
                                             if (text.empty()) return std::nullopt;
                                             return std::string(text);
                                         },
                                         "rules/sets/model-ras.toml");
        if (!load.rule_set)
            throw OpenRasError(Error{ErrorCode::InvalidValue, "the built-in model rule set does not load: " +
                                                                  load.problems.errors().front().to_string(),
                                     {}});
        model = load.rule_set;
    });
    return model;
}

}  // namespace openras
