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

void write_file_atomically(const std::string& path, std::string_view contents) {
    std::string temporary = path + ".partial-XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) fail(path, "cannot create the file");
    auto give_up = [&](const std::string& why) {
        std::remove(temporary.c_str());
        fail(path, why);
    };
    std::size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n <= 0) {
            ::close(fd);
            give_up("cannot write the file");
        }
        written += std::size_t(n);
    }
    // mkstemp makes the file readable by its owner only; these are ordinary output files.
    if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0 || ::close(fd) != 0) give_up("cannot save the file to disk");
    if (std::rename(temporary.c_str(), path.c_str()) != 0) give_up("cannot put the file in place");
    sync_folder_of(path);
}

}  // namespace openras
