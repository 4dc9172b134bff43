#pragma once
// The fuzzing targets: each takes any bytes as one input of a kind OpenRAS reads from people or
// files, and must never crash, hang or do anything undefined with it; refusing it with an
// OpenRasError (or toml++'s parse error, which every reader turns into one) is the right
// outcome for nonsense. libFuzzer drives them (scripts/fuzz.sh: clang, AddressSanitizer and
// UndefinedBehaviorSanitizer); the normal build replays the corpus in fuzz/corpus/TARGET/
// through the same functions under ctest.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace openras::fuzz {

void rule_set(std::string_view bytes);       // a rule-set file (and so every reader inside it)
void answers(std::string_view bytes);        // an answers file (TOML)
void batch_line(std::string_view bytes);     // one line of `openras budget --batch` (JSON)
void plan(std::string_view bytes);           // a support-plan file (TOML)
void test_group(std::string_view bytes);     // a calibration test group or caseload (CSV)
void kiosk_settings(std::string_view bytes); // the kiosk's settings file (TOML)
void wording(std::string_view bytes);        // a kiosk wording file (TOML)

// The target by its name ("rule_set"), or null.
using Target = void (*)(std::string_view);
Target target_named(std::string_view name);

}  // namespace openras::fuzz
