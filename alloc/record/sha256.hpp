#pragma once
// SHA-256 for the decision record's hash chain, from OpenSSL's EVP interface (libssl-dev), which
// uses the CPU's SHA extensions where it has them, so that `audit verify` keeps up with reading
// the table. libsodium's SHA-256 is portable C, several times slower; the tests compare this
// class with libsodium for every length from 0 to several blocks and for random inputs, so the
// stored chain is plain SHA-256 whichever library wrote or checks it.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace openras {

using Sha256Digest = std::array<std::uint8_t, 32>;

class Sha256 {
public:
    Sha256();  // throws OpenRasError when OpenSSL cannot start a digest (out of memory)
    ~Sha256();
    Sha256(Sha256&& other) noexcept;
    Sha256& operator=(Sha256&& other) noexcept;
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(const void* bytes, std::size_t size);
    void update(std::string_view bytes) { update(bytes.data(), bytes.size()); }
    Sha256Digest finish();  // the object must not be used afterwards

    static Sha256Digest of(std::string_view bytes);

private:
    evp_md_ctx_st* context_;
};

// "3f2a…": lower-case hex of any bytes.
std::string to_hex(const std::uint8_t* bytes, std::size_t size);
inline std::string to_hex(const Sha256Digest& digest) { return to_hex(digest.data(), digest.size()); }

}  // namespace openras
