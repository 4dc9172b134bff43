// A decision record on a read-only medium (a share or folder nobody may write, an auditor's
// copy): `openras audit verify` reads it as it stands, and refuses plainly when a -wal file beside
// it still holds events that would otherwise be missed (issue 21). The command runs as an
// ordinary user (nobody) when the tests run as root, who may write anywhere.
#include "alloc/case/case_actions.hpp"
#include "alloc/record/decision_store.hpp"
#include "store_test_support.hpp"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace openras {
namespace {

using namespace openras::test;

struct CommandRun {
    int exit_code = -1;
    std::string output;
};

// Runs `program ARGS...` as an unprivileged user, with its output (stdout and stderr) captured.
// `program` is a copy of openras in the test's own folder: the build folder may be one that
// user cannot enter.
CommandRun run_unprivileged(const std::string& program, const std::vector<std::string>& args) {
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) return {};
    const pid_t child = ::fork();
    if (child == 0) {
        ::dup2(pipe_fds[1], 1);
        ::dup2(pipe_fds[1], 2);
        ::close(pipe_fds[0]);
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(125);
        std::vector<char*> argv{const_cast<char*>(program.c_str())};
        for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    ::close(pipe_fds[1]);
    CommandRun run;
    char buffer[4096];
    for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;) run.output.append(buffer, std::size_t(n));
    ::close(pipe_fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

TEST(ReadOnlyRecord, VerifyReadsARecordInAFolderNobodyMayWrite) {
    TempDir dir;
    namespace fs = std::filesystem;
    fs::permissions(dir.path(), fs::perms(0755));
    const std::string program = dir.file("openras");
    fs::copy_file(OPENRAS_BINARY, program);
    fs::permissions(program, fs::perms(0755));
    const fs::path folder = dir.path() / "sealed";
    fs::create_directory(folder);
    const std::string path = (folder / "record.db").string();
    {
        DecisionStore store = DecisionStore::open(path, writer_options());
        for (const Assessment& a : generated_assessments(2, 7)) {
            register_person(store, a.person, kWorker);
            (void)record_assessment(store, a, person_actor(a.person), model_ras());
        }
    }  // the last connection closed: its -wal is checkpointed into the file
    for (const char* side : {"-wal", "-shm"}) fs::remove(path + side);
    fs::permissions(path, fs::perms(0644));
    fs::permissions(folder, fs::perms(0555));

    const CommandRun sealed = run_unprivileged(program, {"audit", "verify", path});
    EXPECT_EQ(sealed.exit_code, 0) << sealed.output;
    EXPECT_NE(sealed.output.find("Last event: 6"), std::string::npos) << sealed.output;
    EXPECT_FALSE(fs::exists(path + "-shm")) << "nothing is written beside it";

    // A -wal with something in it would be missed if the file were read as it stands.
    fs::permissions(folder, fs::perms(0755));
    { std::ofstream(path + "-wal") << "not yet checkpointed"; }
    fs::permissions(path + "-wal", fs::perms(0644));
    fs::permissions(folder, fs::perms(0555));
    const CommandRun refused = run_unprivileged(program, {"audit", "verify", path});
    EXPECT_NE(refused.exit_code, 0);
    EXPECT_NE(refused.output.find("holds events not yet in the main file"), std::string::npos) << refused.output;
    fs::permissions(folder, fs::perms(0755));  // so the folder can be removed
}

}  // namespace
}  // namespace openras
