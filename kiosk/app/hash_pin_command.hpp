#pragma once
// `openras-kiosk --hash-pin`: reads a social worker's PIN from standard input (not from the
// command line, where other users and the shell's history could see it) and prints the hash
// that goes in the settings file's [[kiosk.worker]] pin_hash. On a terminal the PIN is not
// echoed and is asked for twice.
#include <iosfwd>

namespace openras::kiosk {

// Returns the exit code: 0 with the hash printed to `out`, 1 when the PIN is not
// kMinPinLength to kMaxPinLength digits or the two entries differ (said on `err`).
int hash_pin_command(std::istream& in, std::ostream& out, std::ostream& err, bool terminal);

}  // namespace openras::kiosk
