#include "alloc/impact/result_blocks.hpp"

#include "rules/text_hash.hpp"

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
    if (shared_.empty()) shared_.resize(4096);
    std::size_t mask = shared_.size() - 1;
    std::size_t at = hash & mask;
    for (; shared_[at].id; at = (at + 1) & mask)
        if (shared_[at].hash == hash && phrases_[shared_[at].id - 1] == text) return shared_[at].id - 1;
    phrases_.push_back(keep(text));
    const auto id = std::uint32_t(phrases_.size());
    if (phrases_.size() > kMostShared) return id - 1;  // kept, but no longer looked for
    if (2 * phrases_.size() > shared_.size()) {
        std::vector<Shared> larger(shared_.size() * 2);
        mask = larger.size() - 1;
        for (const Shared& kept : shared_) {
            if (!kept.id) continue;
            std::size_t free = kept.hash & mask;
            while (larger[free].id) free = (free + 1) & mask;
            larger[free] = kept;
        }
        shared_ = std::move(larger);
        at = hash & mask;
        while (shared_[at].id) at = (at + 1) & mask;
    }
    shared_[at] = Shared{hash, id};
    return id - 1;
}

std::span<const std::uint32_t> ResultBlocks::keep(std::span<const std::uint32_t> values) {
    if (values.empty()) return {};
    std::byte* room = room_for(values.size_bytes(), alignof(std::uint32_t));
    std::memcpy(room, values.data(), values.size_bytes());
    return {reinterpret_cast<const std::uint32_t*>(room), values.size()};
}

}  // namespace openras
