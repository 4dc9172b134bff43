#pragma once
// SHA-256 for the decision record's hash chain, fast enough that `audit verify` keeps up with
// reading the table.
//
// Why not only libsodium: Debian's libsodium computes SHA-256 in portable C (about 160 MB/s on
// the project's machine), which made verifying a record ten times slower than scanning it. When
// the CPU has the x86 SHA extensions this uses them (about 760 MB/s); otherwise it calls
// libsodium's incremental SHA-256. Both give the same digest, byte for byte: the tests compare
// this class with libsodium for every length from 0 to several blocks and for random inputs, so
// the stored chain is plain SHA-256 whichever path wrote or checks it.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace openras {

using Sha256Digest = std::array<std::uint8_t, 32>;

class Sha256 {
public:
    Sha256();
    void update(const void* bytes, std::size_t size);
    void update(std::string_view bytes) { update(bytes.data(), bytes.size()); }
    Sha256Digest finish();  // the object must not be used afterwards

    static Sha256Digest of(std::string_view bytes) {
        Sha256 hash;
        hash.update(bytes);
        return hash.finish();
    }
    // True when the CPU's SHA instructions are used (for the benchmark's report).
    static bool uses_cpu_instructions();

private:
    alignas(16) std::uint32_t state_[8];
    std::uint8_t pending_[64];
    std::size_t pending_size_ = 0;
    std::uint64_t total_ = 0;
    // libsodium's state, used when the CPU has no SHA instructions.
    alignas(16) unsigned char sodium_state_[128];
    bool fast_;
};

// "3f2a…": lower-case hex of any bytes.
std::string to_hex(const std::uint8_t* bytes, std::size_t size);
inline std::string to_hex(const Sha256Digest& digest) { return to_hex(digest.data(), digest.size()); }

}  // namespace openras
