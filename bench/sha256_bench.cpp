// The decision record's SHA-256 (alloc/record/sha256.hpp) against libsodium's, in the same run:
// the hash chain hashes every event's canonical bytes, so this rate bounds `audit verify`.
// Sizes: 200 bytes (a decision with its reason) and 7,500 bytes (an indicative budget with its
// explanation), the two sizes the append benchmark records.
#include "alloc/record/sha256.hpp"

#include <benchmark/benchmark.h>
#include <sodium.h>

#include <string>

namespace {

std::string event_bytes(std::int64_t size) {
    std::string bytes(std::size_t(size), '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = char('a' + i % 26);
    return bytes;
}

void BM_Sha256Record(benchmark::State& state) {
    const std::string bytes = event_bytes(state.range(0));
    for (auto _ : state) benchmark::DoNotOptimize(openras::Sha256::of(bytes));
    state.SetBytesProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Sha256Record)->Arg(200)->Arg(7500);

void BM_Sha256Libsodium(benchmark::State& state) {
    if (sodium_init() < 0) state.SkipWithError("libsodium did not start");
    const std::string bytes = event_bytes(state.range(0));
    unsigned char digest[crypto_hash_sha256_BYTES];
    for (auto _ : state) {
        crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
        benchmark::DoNotOptimize(digest);
    }
    state.SetBytesProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Sha256Libsodium)->Arg(200)->Arg(7500);

}  // namespace
