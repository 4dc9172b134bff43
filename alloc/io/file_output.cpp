#include "alloc/io/file_output.hpp"

#include "rules/error.hpp"

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace openras {

void write_file_atomically(const std::string& path, std::string_view contents) {
    const std::string temporary = path + ".partial";
    auto fail = [&](const std::string& why) {
        std::remove(temporary.c_str());
        throw OpenRasError(Error{ErrorCode::Io, why, SourceLocation{path, 0, 0, {}}});
    };
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) fail("cannot create the file");
    std::size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n <= 0) {
            ::close(fd);
            fail("cannot write the file");
        }
        written += std::size_t(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) fail("cannot save the file to disk");
    if (std::rename(temporary.c_str(), path.c_str()) != 0) fail("cannot put the file in place");
}

}  // namespace openras
