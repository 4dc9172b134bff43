#include "alloc/impact/result_blocks.hpp"

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

namespace openras {
namespace {

constexpr std::size_t kHugePage = std::size_t(2) << 20;
constexpr std::size_t kBlockBytes = 16 * kHugePage;  // 32 MiB: about 100,000 people's reasons

}  // namespace

void* huge_page_allocate(std::size_t bytes) {
    const std::size_t size = std::max(kHugePage, (bytes + kHugePage - 1) / kHugePage * kHugePage);
    void* room = std::aligned_alloc(kHugePage, size);
    if (room == nullptr) throw std::bad_alloc();
    // Only advice: where huge pages are off, the room is mapped in small pages as before.
    (void)madvise(room, size, MADV_HUGEPAGE);
    return room;
}

void ResultBlocks::Freed::operator()(std::byte* block) const { std::free(block); }

std::byte* ResultBlocks::room_for(std::size_t bytes, std::size_t alignment) {
    std::size_t at = (used_ + alignment - 1) / alignment * alignment;
    if (blocks_.empty() || at + bytes > size_) {
        const std::size_t size = std::max(kBlockBytes, bytes);
        blocks_.emplace_back(static_cast<std::byte*>(huge_page_allocate(size)));
        size_ = size;
        at = 0;
    }
    used_ = at + bytes;
    return blocks_.back().get() + at;
}

std::string_view ResultBlocks::keep(std::string_view text) {
    if (text.empty()) return {};
    std::byte* room = room_for(text.size(), 1);
    std::memcpy(room, text.data(), text.size());
    return {reinterpret_cast<const char*>(room), text.size()};
}

std::uint32_t ResultBlocks::keep_phrase(std::string_view text) {
    constexpr std::size_t kMostShared = std::size_t(1) << 20;
    const std::uint64_t hash = text_hash(text);
    const std::uint32_t found = phrase_places_.find(hash, [&](std::uint32_t p) { return phrases_[p] == text; });
    if (found != HashedPlaces::kNone) return found;
    phrases_.push_back(keep(text));
    const auto id = std::uint32_t(phrases_.size() - 1);
    if (phrase_places_.size() < kMostShared) phrase_places_.add(hash, id);  // past that, kept but not looked for
    return id;
}

std::span<const std::uint32_t> ResultBlocks::keep(std::span<const std::uint32_t> values) {
    if (values.empty()) return {};
    std::byte* room = room_for(values.size_bytes(), alignof(std::uint32_t));
    std::memcpy(room, values.data(), values.size_bytes());
    return {reinterpret_cast<const std::uint32_t*>(room), values.size()};
}

}  // namespace openras
