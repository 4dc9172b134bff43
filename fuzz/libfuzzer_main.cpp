// One libFuzzer binary per target: scripts/fuzz.sh builds this file with clang and
// -fsanitize=fuzzer,address,undefined, with OPENRAS_FUZZ_TARGET the target's name ("rule_set").
#include "fuzz/fuzz_targets.hpp"

#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const openras::fuzz::Target target = openras::fuzz::target_named(OPENRAS_FUZZ_TARGET);
    if (target == nullptr) std::abort();
    target(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
