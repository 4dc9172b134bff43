#pragma once
// `openras-kiosk --journey FILE [--out DIR]`: plays a journey (journey_script.hpp) and says
// whether every expectation held. With no --out it plays headless, with no window, as ctest
// runs the journeys; with --out it plays in a real window (a display is needed: Xvfb on a
// machine with none) and writes each `shot` there.
//
// The journey's decision record is its own: a relative `record` in its settings file is made
// afresh for each run, in --out or else in a temporary folder removed afterwards, so a journey
// gives the same result every time. A relative `rules` is read from the settings file's folder.
#include <iosfwd>
#include <string>

namespace openras::kiosk {

// Returns 0 when every expectation held, 1 when one failed (its line and why on `err`) or the
// journey or its settings could not be read.
int journey_command(const std::string& journey_path, const std::string& out_dir, std::ostream& out, std::ostream& err);

}  // namespace openras::kiosk
