#include "alloc/io/plural_rules.hpp"

#include "rules/error.hpp"

#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

namespace openras {

namespace {

// ICU's rules are made once for each language and kept (they are read-only after).
icu::PluralRules& rules_for(std::string_view language) {
    static std::mutex made;
    static std::map<std::string, std::unique_ptr<icu::PluralRules>, std::less<>> rules;
    icu::PluralRules* r = nullptr;
    {
        std::lock_guard lock(made);
        auto found = rules.find(language);
        if (found == rules.end()) {
            UErrorCode status = U_ZERO_ERROR;
            std::unique_ptr<icu::PluralRules> made_rules(
                icu::PluralRules::forLocale(icu::Locale::forLanguageTag(std::string(language), status), status));
            if (U_FAILURE(status) || !made_rules)
                throw OpenRasError(Error{ErrorCode::InvalidValue, "ICU has no plural rules for this language",
                                         SourceLocation{{}, 0, 0, "language " + std::string(language)}});
            found = rules.emplace(std::string(language), std::move(made_rules)).first;
        }
        r = found->second.get();
    }
    return *r;
}

}  // namespace

std::string plural_category(std::string_view language, long long count) {
    icu::PluralRules* r = &rules_for(language);
    std::string out;
    r->select(int32_t(std::clamp<long long>(count, -2147483647LL, 2147483647LL))).toUTF8String(out);
    return out;
}

std::vector<std::string> plural_categories(std::string_view language) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> names(rules_for(language).getKeywords(status));
    std::vector<std::string> present;
    for (const icu::UnicodeString* name = names ? names->snext(status) : nullptr; name != nullptr && U_SUCCESS(status);
         name = names->snext(status)) {
        std::string utf8;
        name->toUTF8String(utf8);
        present.push_back(utf8);
    }
    std::vector<std::string> out;
    for (const char* form : {"zero", "one", "two", "few", "many", "other"})
        if (std::find(present.begin(), present.end(), form) != present.end()) out.push_back(form);
    return out;
}

}  // namespace openras
