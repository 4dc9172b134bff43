#pragma once
// Words with {name} placeholders, filled in: the kiosk's wording (kiosk/text/wording.hpp) and
// the reports' (alloc/report/report_words.hpp) in every language.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace openras {

// Replaces each {name} in `text` with its value; unknown names are left as written.
std::string fill_placeholders(std::string_view text, const std::vector<std::pair<std::string, std::string>>& params);

}  // namespace openras
