#pragma once
// A plan's reference: what a person keeps from the receipt, reads out on the phone and types at
// the kiosk or the desk to find their plan. Never a row number (meaningless and guessable).
//
//   7KQ4-M2XD-R
//
// Eight symbols chosen at random (libsodium's randombytes), in two groups of four, and a check
// symbol. The 29 symbols are the digits 2 to 9 and the capital letters, less those easily taken
// for another when read or heard (0 and O, 1 and I and L, U and V):
// A B C D E F G H J K M N P Q R S T W X Y Z 2 3 4 5 6 7 8 9. 29^8 is about 5 × 10^11 references, so guessing one is
// hopeless when look-ups are limited. The check symbol is the weighted sum of the eight
// (weights 1 to 8) modulo 29: since 29 is prime it catches every single wrong symbol and every
// swap of two neighbours, so a mistyped reference says "check it" rather than finding another.
#include <optional>
#include <string>
#include <string_view>

namespace openras {

inline constexpr std::string_view kReferenceSymbols = "ABCDEFGHJKMNPQRSTWXYZ23456789";
inline constexpr int kReferenceRandomSymbols = 8;

// A new reference, from the system's secure random source.
std::string new_plan_reference();
// The reference made of these eight symbols, with its check symbol: for made-up examples (the
// kiosk's tour) and tests. Nothing when they are not eight symbols of the set.
std::optional<std::string> plan_reference_from(std::string_view eight);

// The reference as written ("7KQ4-M2XD-R") from what a person typed: any case, with or
// without spaces and hyphens. Nothing when it is not nine symbols of the set or its check
// symbol does not match.
std::optional<std::string> read_plan_reference(std::string_view typed);

// Whether `text` is a reference exactly as written by new_plan_reference().
bool is_plan_reference(std::string_view text);

}  // namespace openras
