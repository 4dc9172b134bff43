#pragma once
// "did you mean ...?" for misspelt names.
#include <string>
#include <string_view>
#include <vector>

namespace openras::expr {

// "; did you mean \"eating\"?" when one candidate is a near miss for `written`, else "".
std::string did_you_mean(std::string_view written, const std::vector<std::string_view>& candidates);

}  // namespace openras::expr
