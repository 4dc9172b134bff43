#pragma once
// Running openras_store_writer in child processes for the crash and concurrency tests: its
// standard output comes back through a pipe (one committed event id a line), its standard error
// goes to a file the test can show when something fails.
#include "alloc/record/event_chain.hpp"

#include <gtest/gtest.h>

#include <cerrno>
#include <fcntl.h>
#include <signal.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace openras::test {

struct Writer {
    pid_t pid = -1;
    int out = -1;  // read end of the child's standard output
};

inline Writer start_writer(const std::vector<std::string>& arguments, const std::string& error_file) {
    int fds[2];
    if (::pipe(fds) != 0) throw std::runtime_error("pipe failed");
    std::vector<std::string> words{OPENRAS_STORE_WRITER};
    words.insert(words.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        const int err = ::open(error_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(fds[1], 1);
        if (err >= 0) ::dup2(err, 2);
        ::close(fds[0]);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(fds[1]);
    return {pid, fds[0]};
}

// Everything the writer printed until it ended, as event ids.
// What the writer has said up to the end of its first line (its first committed event), or up
// to its end if it stops first.
inline std::string read_first_line(Writer& writer) {
    std::string text;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(writer.out, &c, 1);
        if (n == 1) {
            text += c;
            if (c == '\n') break;
        } else if (n == 0 || errno != EINTR) {
            break;
        }
    }
    return text;
}

// Every event id the writer said it committed, after what was read of it already (`said`).
inline std::vector<EventId> read_committed(Writer& writer, std::string said = {}) {
    std::string text = std::move(said);
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(writer.out, buffer, sizeof buffer);
        if (n > 0) text.append(buffer, std::size_t(n));
        else if (n == 0 || errno != EINTR) break;
    }
    ::close(writer.out);
    std::vector<EventId> ids;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
        ids.push_back(std::stoll(text.substr(start, end - start)));
    return ids;
}

// The wait status of a writer that has ended (or was killed).
inline int wait_for(const Writer& writer) {
    int status = 0;
    while (::waitpid(writer.pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

}  // namespace openras::test
