#include "rules/ruleset.hpp"

namespace openras {

const char* conversion_method_name(ConversionMethod method) {
    switch (method) {
        case ConversionMethod::PricePerPoint: return "price-per-point";
        case ConversionMethod::BasePlusRate: return "base-plus-rate";
        case ConversionMethod::Bands: return "bands";
    }
    return "price-per-point";
}

int Conversion::band_for(std::int64_t whole_points) const {
    for (std::size_t i = 0; i < bands.size(); ++i)
        if (bands[i].contains(whole_points)) return int(i);
    return -1;
}

int RuleSet::scored_question_count() const {
    int count = 0;
    for (const auto& q : questions) count += q.kind == QuestionKind::Scored ? 1 : 0;
    return count;
}

std::string_view RuleSet::text_in(std::string_view language, std::string_view key, std::string_view english) const {
    const auto texts = translations.find(language);
    if (texts == translations.end()) return english;
    const auto found = texts->second.find(key);
    return found == texts->second.end() ? english : std::string_view(found->second);
}

int RuleSet::support_option_index(std::string_view id) const {
    for (std::size_t i = 0; i < support_options.size(); ++i)
        if (support_options[i].id == id) return int(i);
    return -1;
}

}  // namespace openras
