#pragma once
// Where an impact run keeps every person's words and keys: a few large blocks per thread rather
// than a few small allocations per person. A million people's reasons are a few hundred
// megabytes; made person by person, most of a run went on the allocator and on the kernel
// mapping fresh 4 KiB pages one fault at a time. A block is asked for in 2 MiB huge pages where
// the kernel allows it (madvise), so it is mapped a few hundred times rather than a hundred
// thousand, and it is never moved once made, so views into it stay valid while its owner lives.
#include "rules/text_hash.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace openras {

// Room for `bytes`, in huge pages where the kernel allows it; freed with std::free.
void* huge_page_allocate(std::size_t bytes);

// For a run's one large array of people: the same advice for a vector's storage.
template <class T>
struct HugePageAllocator {
    using value_type = T;
    HugePageAllocator() = default;
    template <class U>
    HugePageAllocator(const HugePageAllocator<U>&) {}
    T* allocate(std::size_t n) { return static_cast<T*>(huge_page_allocate(n * sizeof(T))); }
    void deallocate(T* p, std::size_t) { std::free(p); }
    friend bool operator==(const HugePageAllocator&, const HugePageAllocator&) { return true; }
};

class ResultBlocks {
public:
    ResultBlocks() = default;
    ResultBlocks(ResultBlocks&&) noexcept = default;
    ResultBlocks& operator=(ResultBlocks&&) noexcept = default;
    ResultBlocks(const ResultBlocks&) = delete;
    ResultBlocks& operator=(const ResultBlocks&) = delete;

    // A copy of `text` (or of `values`) that lives as long as these blocks; empty views for
    // empty inputs.
    std::string_view keep(std::string_view text);
    std::span<const std::uint32_t> keep(std::span<const std::uint32_t> values);
    // The number of `text` in phrases(): the same number for the same text, the text kept once,
    // while the table of what is kept has room (past a million phrases, each is simply kept again).
    std::uint32_t keep_phrase(std::string_view text);
    const std::vector<std::string_view>& phrases() const { return phrases_; }

private:
    struct Freed {
        void operator()(std::byte* block) const;
    };
    std::byte* room_for(std::size_t bytes, std::size_t alignment);

    std::vector<std::unique_ptr<std::byte, Freed>> blocks_;
    std::size_t used_ = 0, size_ = 0;  // in the last block
    std::vector<std::string_view> phrases_;
    HashedPlaces phrase_places_;
};

}  // namespace openras
