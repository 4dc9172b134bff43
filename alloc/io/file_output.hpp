#pragma once
// Writing files so that a reader never sees half of one: write beside the target, flush to
// disk, then rename over it. A failure leaves the old file (if any) as it was.
#include <string>
#include <string_view>

namespace openras {

// Throws OpenRasError(Io) naming the file.
void write_file_atomically(const std::string& path, std::string_view contents);

}  // namespace openras
