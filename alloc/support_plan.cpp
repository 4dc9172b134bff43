#include "alloc/support_plan.hpp"

namespace openras {

bool is_given(std::string_view text) { return text.find_first_not_of(" \t\r\n") != std::string_view::npos; }

}  // namespace openras
