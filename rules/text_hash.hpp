#pragma once
// A quick hash for short texts kept in open-addressed tables (ids, keys, repeated phrases): eight
// bytes at a time, the rest one at a time; and the one such table, HashedPlaces. Not for anything an adversary chooses to collide,
// only for finding what is already kept; every table compares the text itself too.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

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

// Places in a caller's own list (answer ids, kept lines, phrases), found by their text's hash in
// an open-addressed table at most half full. The caller keeps the texts; `find` asks it whether
// the text at a place is the one looked for.
class HashedPlaces {
public:
    static constexpr std::uint32_t kNone = ~std::uint32_t(0);

    template <class IsAt>
    std::uint32_t find(std::uint64_t hash, IsAt is_at) const {
        if (slots_.empty()) return kNone;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t at = hash & mask; slots_[at].place; at = (at + 1) & mask)
            if (slots_[at].hash == hash && is_at(slots_[at].place - 1)) return slots_[at].place - 1;
        return kNone;
    }
    // `place` under `hash`; the caller has found it is not there yet.
    void add(std::uint64_t hash, std::uint32_t place) {
        if (2 * (count_ + 1) > slots_.size()) {
            std::vector<Slot> larger(std::max<std::size_t>(64, slots_.size() * 2));
            for (const Slot& slot : slots_)
                if (slot.place) put(larger, slot);
            slots_.swap(larger);
        }
        put(slots_, Slot{hash, place + 1});
        ++count_;
    }
    std::size_t size() const { return count_; }
    void clear() {
        slots_.clear();
        count_ = 0;
    }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t place = 0;  // the place + 1; 0 when the slot is free
    };
    static void put(std::vector<Slot>& slots, const Slot& slot) {
        const std::size_t mask = slots.size() - 1;
        std::size_t at = slot.hash & mask;
        while (slots[at].place) at = (at + 1) & mask;
        slots[at] = slot;
    }

    std::vector<Slot> slots_;  // a power of two
    std::size_t count_ = 0;
};

}  // namespace openras
