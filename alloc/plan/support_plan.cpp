#include "alloc/plan/support_plan.hpp"

namespace openras {

// A plain loop: find_first_not_of searches the four spaces once per character, and this is
// asked of every text in a plan on every check.
bool is_given(std::string_view text) {
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return true;
    return false;
}

}  // namespace openras
