#pragma once
// Writing files so that a reader never sees half of one: write beside the target under a name
// of its own (two writers never share one), flush to disk, rename over the target, then flush
// the folder, so that the rename itself survives a power cut. A failure leaves the old file (if
// any) as it was.
#include <string>
#include <string_view>

namespace openras {

// Throws OpenRasError(Io) naming the file.
void write_file_atomically(const std::string& path, std::string_view contents);

// Flushes a file, or the folder a path is in, to disk. Throw OpenRasError(Io) naming it.
void sync_file(const std::string& path);
void sync_folder_of(const std::string& path);

}  // namespace openras
