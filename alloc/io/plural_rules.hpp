#pragma once
// Which plural form a count takes in a language, by the Unicode CLDR rules as ICU holds them:
// "zero", "one", "two", "few", "many" or "other". English has one and other; Welsh all six;
// Polish one, few, many and other; Urdu one and other. Wording keys for counts end in these
// names (kiosk/text/wording.hpp).
#include <string>
#include <string_view>
#include <vector>

namespace openras {

// `language` is a BCP 47 code ("en-GB", "cy"). Throws OpenRasError when ICU has no rules for it.
std::string plural_category(std::string_view language, long long count);
// Every form the language has, in CLDR's order (zero, one, two, few, many, other).
std::vector<std::string> plural_categories(std::string_view language);

}  // namespace openras
