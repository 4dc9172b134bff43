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

// The same, for a file written piece by piece (a batch's results as they are made): the pieces
// go to the temporary file; commit() puts it in place; a writer destroyed before commit()
// removes it, leaving the target as it was. Throws OpenRasError(Io) naming the target.
class AtomicFileWriter {
public:
    explicit AtomicFileWriter(std::string path);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    void append(std::string_view piece);
    void commit();

private:
    [[noreturn]] void give_up(const std::string& why);

    std::string path_, temporary_;
    int fd_ = -1;
};

// Flushes a file, or the folder a path is in, to disk. Throw OpenRasError(Io) naming it.
void sync_file(const std::string& path);
void sync_folder_of(const std::string& path);

}  // namespace openras
