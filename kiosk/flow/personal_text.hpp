#pragma once
// Text a person typed (their name or reference) lives only in PersonalText: a string whose
// memory is overwritten with zeros before it is given back, so that when the kiosk wipes a
// session nothing the person typed is left behind in freed memory for the next person.
#include <cstddef>
#include <memory>
#include <string>

namespace openras::kiosk {

// Overwrites `bytes` bytes at `p` in a way the optimiser may not remove.
void zero_memory(void* p, std::size_t bytes);

// Zeroes every block before freeing it. Stateless, so any two compare equal.
template <class T>
struct ZeroingAllocator {
    using value_type = T;
    ZeroingAllocator() = default;
    template <class U>
    ZeroingAllocator(const ZeroingAllocator<U>&) {}

    T* allocate(std::size_t n) { return std::allocator<T>().allocate(n); }
    void deallocate(T* p, std::size_t n) {
        zero_memory(p, n * sizeof(T));
        std::allocator<T>().deallocate(p, n);
    }
    template <class U>
    bool operator==(const ZeroingAllocator<U>&) const { return true; }
};

using PersonalText = std::basic_string<char, std::char_traits<char>, ZeroingAllocator<char>>;

// Zeroes the whole buffer (the short-string buffer inside the object included) and empties it.
void wipe(PersonalText& text);
// True when nothing but spaces was typed.
bool is_blank(const PersonalText& text);

}  // namespace openras::kiosk
