#pragma once
// A quick hash for short texts kept in open-addressed tables (ids, keys, repeated phrases): eight
// bytes at a time, the rest one at a time. Not for anything an adversary chooses to collide,
// only for finding what is already kept; every table compares the text itself too.
#include <cstdint>
#include <cstring>
#include <string_view>

namespace openras {

inline std::uint64_t text_hash(std::string_view text) {
    std::uint64_t h = text.size();
    std::size_t at = 0;
    for (; at + 8 <= text.size(); at += 8) {
        std::uint64_t part;
        std::memcpy(&part, text.data() + at, 8);
        h = (h ^ part) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
    }
    for (; at < text.size(); ++at) h = (h ^ std::uint8_t(text[at])) * 0x100000001B3ull;
    return h ^ (h >> 32);
}

}  // namespace openras
