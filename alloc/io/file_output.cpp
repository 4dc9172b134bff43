#include "alloc/io/file_output.hpp"

#include "rules/error.hpp"

#include <cstdio>
#include <filesystem>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace openras {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& why) {
    throw OpenRasError(Error{ErrorCode::Io, why, SourceLocation{path, 0, 0, {}}});
}

std::string folder_of(const std::string& path) {
    const std::filesystem::path p(path);
    return p.has_parent_path() ? p.parent_path().string() : std::string(".");
}

}  // namespace

void sync_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(path, "cannot open the file to save it to disk");
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced) fail(path, "cannot save the file to disk");
}

void sync_folder_of(const std::string& path) {
    const std::string folder = folder_of(path);
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) fail(folder, "cannot open the folder to save it to disk");
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced) fail(folder, "cannot save the folder to disk");
}

AtomicFileWriter::AtomicFileWriter(std::string path) : path_(std::move(path)), temporary_(path_ + ".partial-XXXXXX") {
    fd_ = ::mkstemp(temporary_.data());
    if (fd_ < 0) fail(path_, "cannot create the file");
}

AtomicFileWriter::~AtomicFileWriter() {
    if (fd_ < 0) return;
    ::close(fd_);
    std::remove(temporary_.c_str());
}

void AtomicFileWriter::give_up(const std::string& why) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    std::remove(temporary_.c_str());
    fail(path_, why);
}

void AtomicFileWriter::append(std::string_view piece) {
    std::size_t written = 0;
    while (written < piece.size()) {
        const ssize_t n = ::write(fd_, piece.data() + written, piece.size() - written);
        if (n <= 0) give_up("cannot write the file");
        written += std::size_t(n);
    }
}

void AtomicFileWriter::commit() {
    // mkstemp makes the file readable by its owner only; these are ordinary output files.
    const bool saved = ::fchmod(fd_, 0644) == 0 && ::fsync(fd_) == 0;
    const bool closed = ::close(fd_) == 0;
    fd_ = -1;
    if (!saved || !closed) {
        std::remove(temporary_.c_str());
        fail(path_, "cannot save the file to disk");
    }
    if (std::rename(temporary_.c_str(), path_.c_str()) != 0) {
        std::remove(temporary_.c_str());
        fail(path_, "cannot put the file in place");
    }
    sync_folder_of(path_);
}

void write_file_atomically(const std::string& path, std::string_view contents) {
    AtomicFileWriter file(path);
    file.append(contents);
    file.commit();
}

}  // namespace openras
