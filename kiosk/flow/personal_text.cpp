#include "kiosk/flow/personal_text.hpp"

#include <algorithm>

#include <cstring>

namespace openras::kiosk {

void zero_memory(void* p, std::size_t bytes) {
    if (p != nullptr && bytes > 0) explicit_bzero(p, bytes);
}

void wipe(PersonalText& text) {
    // Zero up to the capacity, not only the size: characters deleted earlier still sit there.
    text.resize(text.capacity());
    zero_memory(text.data(), text.size());
    text.clear();
}

bool is_blank(const PersonalText& text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' '; });
}

}  // namespace openras::kiosk
