#include "alloc/record/sha256.hpp"

#include <sodium.h>

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define OPENRAS_SHA_X86 1
#endif

namespace openras {
namespace {

static_assert(sizeof(crypto_hash_sha256_state) <= 128, "libsodium's SHA-256 state must fit");

#ifdef OPENRAS_SHA_X86
alignas(16) constexpr std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

// The SHA-256 compression function over whole 64-byte blocks with the SHA extensions. The
// state is kept in the ABEF/CDGH register layout the instructions expect; each of the 16 steps
// runs four rounds and extends the message schedule four words ahead (FIPS 180-4, 6.2.2).
__attribute__((target("sha,sse4.1,ssse3"))) void compress_with_sha_instructions(std::uint32_t state[8],
                                                                                 const std::uint8_t* data,
                                                                                 std::size_t blocks) {
    const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i dcba = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[0])), 0xB1);
    __m128i cdgh = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[4])), 0x1B);
    __m128i abef = _mm_alignr_epi8(dcba, cdgh, 8);
    cdgh = _mm_blend_epi16(cdgh, dcba, 0xF0);
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abef_before = abef, cdgh_before = cdgh;
        __m128i words[4];
#pragma GCC unroll 16
        for (int step = 0; step < 16; ++step) {
            if (step < 4)
                words[step] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * step)),
                                               byte_swap);
            __m128i message = _mm_add_epi32(words[step & 3],
                                            _mm_load_si128(reinterpret_cast<const __m128i*>(&kRound[4 * step])));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            if (step >= 3 && step <= 14) {
                const __m128i w7 = _mm_alignr_epi8(words[step & 3], words[(step + 3) & 3], 4);
                words[(step + 1) & 3] =
                    _mm_sha256msg2_epu32(_mm_add_epi32(words[(step + 1) & 3], w7), words[step & 3]);
            }
            message = _mm_shuffle_epi32(message, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
            if (step >= 1 && step <= 12)
                words[(step + 3) & 3] = _mm_sha256msg1_epu32(words[(step + 3) & 3], words[step & 3]);
        }
        abef = _mm_add_epi32(abef, abef_before);
        cdgh = _mm_add_epi32(cdgh, cdgh_before);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[0]), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[4]), _mm_alignr_epi8(dchg, feba, 8));
}

bool cpu_has_sha_instructions() {
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return false;
    const bool ssse3 = (c & (1u << 9)) != 0, sse41 = (c & (1u << 19)) != 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
    return ssse3 && sse41 && (b & (1u << 29)) != 0;
}
#else
void compress_with_sha_instructions(std::uint32_t*, const std::uint8_t*, std::size_t) {}
bool cpu_has_sha_instructions() { return false; }
#endif

const bool kFast = cpu_has_sha_instructions();

crypto_hash_sha256_state* sodium(unsigned char* storage) {
    return reinterpret_cast<crypto_hash_sha256_state*>(storage);
}

}  // namespace

bool Sha256::uses_cpu_instructions() { return kFast; }

Sha256::Sha256() : fast_(kFast) {
    static constexpr std::uint32_t kInitial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                  0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    std::memcpy(state_, kInitial, sizeof state_);
    if (!fast_) crypto_hash_sha256_init(sodium(sodium_state_));
}

void Sha256::update(const void* bytes, std::size_t size) {
    const auto* in = static_cast<const std::uint8_t*>(bytes);
    if (!fast_) {
        crypto_hash_sha256_update(sodium(sodium_state_), in, size);
        return;
    }
    total_ += size;
    if (pending_size_ > 0) {
        const std::size_t take = std::min(size, 64 - pending_size_);
        std::memcpy(pending_ + pending_size_, in, take);
        pending_size_ += take, in += take, size -= take;
        if (pending_size_ < 64) return;
        compress_with_sha_instructions(state_, pending_, 1);
        pending_size_ = 0;
    }
    compress_with_sha_instructions(state_, in, size / 64);
    in += size / 64 * 64;
    size %= 64;
    std::memcpy(pending_, in, size);
    pending_size_ = size;
}

Sha256Digest Sha256::finish() {
    Sha256Digest digest{};
    if (!fast_) {
        crypto_hash_sha256_final(sodium(sodium_state_), digest.data());
        return digest;
    }
    // Padding: a one bit, zeros, then the message length in bits, big-endian (FIPS 180-4, 5.1.1).
    std::uint8_t tail[128] = {};
    std::memcpy(tail, pending_, pending_size_);
    tail[pending_size_] = 0x80;
    const std::size_t blocks = pending_size_ + 9 <= 64 ? 1 : 2;
    const std::uint64_t bits = total_ * 8;
    for (int i = 0; i < 8; ++i) tail[blocks * 64 - 1 - std::size_t(i)] = std::uint8_t(bits >> (8 * i));
    compress_with_sha_instructions(state_, tail, blocks);
    for (std::size_t i = 0; i < 8; ++i)
        for (std::size_t b = 0; b < 4; ++b) digest[4 * i + b] = std::uint8_t(state_[i] >> (24 - 8 * b));
    return digest;
}

std::string to_hex(const std::uint8_t* bytes, std::size_t size) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out(size * 2, '0');
    for (std::size_t i = 0; i < size; ++i) {
        out[2 * i] = kDigits[bytes[i] >> 4];
        out[2 * i + 1] = kDigits[bytes[i] & 15];
    }
    return out;
}

}  // namespace openras
