#include "alloc/record/sha256.hpp"

#include "rules/error.hpp"

#include <openssl/evp.h>

#include <utility>

namespace openras {
namespace {

// Fetched once: looking the algorithm up by name on every hash would cost more than hashing a
// short event.
const EVP_MD* sha256_algorithm() {
    static EVP_MD* const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return algorithm;
}

[[noreturn]] void openssl_failed(const char* step) {
    throw OpenRasError(Error{ErrorCode::Io, std::string("OpenSSL could not ") + step + " a SHA-256 digest", {}});
}

// One digest context kept per thread for the next hash: the chain makes one short hash per
// event, and allocating a context for each cost about a third of hashing a 200-byte event.
struct SpareContext {
    EVP_MD_CTX* context = nullptr;
    ~SpareContext() { EVP_MD_CTX_free(context); }
};
thread_local SpareContext spare;

// A context that is ready to hash: a spare one is started again with the algorithm it already
// holds, which skips OpenSSL's look-up of the algorithm's implementation.
EVP_MD_CTX* started_context() {
    if (spare.context != nullptr) {
        EVP_MD_CTX* context = std::exchange(spare.context, nullptr);
        if (EVP_DigestInit_ex2(context, nullptr, nullptr) == 1) return context;
        EVP_MD_CTX_free(context);
    }
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    if (context != nullptr && sha256_algorithm() != nullptr && EVP_DigestInit_ex(context, sha256_algorithm(), nullptr) == 1)
        return context;
    EVP_MD_CTX_free(context);
    return nullptr;
}

void give_back(EVP_MD_CTX* context) {
    if (context == nullptr) return;
    if (spare.context == nullptr) spare.context = context;
    else EVP_MD_CTX_free(context);
}

}  // namespace

Sha256::Sha256() : context_(started_context()) {
    if (context_ == nullptr) openssl_failed("start");
}

Sha256::~Sha256() { give_back(context_); }

Sha256::Sha256(Sha256&& other) noexcept : context_(std::exchange(other.context_, nullptr)) {}

Sha256& Sha256::operator=(Sha256&& other) noexcept {
    std::swap(context_, other.context_);
    return *this;
}

void Sha256::update(const void* bytes, std::size_t size) {
    if (EVP_DigestUpdate(context_, bytes, size) != 1) openssl_failed("extend");
}

Sha256Digest Sha256::finish() {
    Sha256Digest digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context_, digest.data(), &length) != 1 || length != digest.size()) openssl_failed("finish");
    return digest;
}

Sha256Digest Sha256::of(std::string_view bytes) {
    Sha256 hash;
    hash.update(bytes);
    return hash.finish();
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
