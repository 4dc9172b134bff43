#include "alloc/record/plan_reference.hpp"

#include <sodium.h>

#include <stdexcept>

namespace openras {
namespace {

constexpr int kSymbolCount = int(kReferenceSymbols.size());
static_assert(kSymbolCount == 29, "the check symbol needs a prime number of symbols");

int value_of(char symbol) {
    const std::size_t at = kReferenceSymbols.find(symbol);
    return at == std::string_view::npos ? -1 : int(at);
}

char check_symbol(std::string_view eight) {
    int sum = 0;
    for (int i = 0; i < kReferenceRandomSymbols; ++i) sum += (i + 1) * value_of(eight[std::size_t(i)]);
    return kReferenceSymbols[std::size_t(sum % kSymbolCount)];
}

std::string written(std::string_view eight) {
    return std::string(eight.substr(0, 4)) + "-" + std::string(eight.substr(4, 4)) + "-" + check_symbol(eight);
}

}  // namespace

std::string new_plan_reference() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
    std::string eight;
    for (int i = 0; i < kReferenceRandomSymbols; ++i)
        eight += kReferenceSymbols[randombytes_uniform(std::uint32_t(kSymbolCount))];
    return written(eight);
}

std::optional<std::string> plan_reference_from(std::string_view eight) {
    if (int(eight.size()) != kReferenceRandomSymbols) return std::nullopt;
    for (char c : eight)
        if (value_of(c) < 0) return std::nullopt;
    return written(eight);
}

std::optional<std::string> read_plan_reference(std::string_view typed) {
    std::string symbols;
    for (char c : typed) {
        if (c == ' ' || c == '-') continue;
        const char upper = c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
        if (value_of(upper) < 0) return std::nullopt;
        symbols += upper;
    }
    if (int(symbols.size()) != kReferenceRandomSymbols + 1) return std::nullopt;
    if (check_symbol(symbols) != symbols.back()) return std::nullopt;
    return written(std::string_view(symbols).substr(0, std::size_t(kReferenceRandomSymbols)));
}

bool is_plan_reference(std::string_view text) {
    const std::optional<std::string> read = read_plan_reference(text);
    return read && *read == text;
}

}  // namespace openras
