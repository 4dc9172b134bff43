#pragma once
// Reading an input file whole, with the one error every command reports when it cannot.
#include <string>

namespace openras {

// Throws OpenRasError(Io) naming the file.
std::string read_whole_file(const std::string& path);

}  // namespace openras
