#include "alloc/record/record_backup.hpp"

#include "alloc/io/file_output.hpp"
#include "rules/error.hpp"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>
#include <unistd.h>

namespace openras {
namespace {

[[noreturn]] void fail(const std::string& out, const std::string& why) {
    throw OpenRasError(Error{ErrorCode::Io, why, SourceLocation{out, 0, 0, {}}});
}

// Copies every page of `source` into the file at `path`, retrying while a writer holds a lock.
void copy_pages(sqlite3* source, const std::string& path, const std::string& out) {
    sqlite3* copy = nullptr;
    if (sqlite3_open_v2(path.c_str(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close(copy);
        fail(out, "cannot make the backup file");
    }
    sqlite3_backup* backup = sqlite3_backup_init(copy, "main", source, "main");
    if (backup == nullptr) {
        const std::string why = sqlite3_errmsg(copy);
        sqlite3_close(copy);
        fail(out, "cannot start the backup: " + why);
    }
    int status = SQLITE_OK;
    do {
        // All at once: the copy is of one moment. A writer busy at that moment is waited for.
        status = sqlite3_backup_step(backup, -1);
        if (status == SQLITE_BUSY || status == SQLITE_LOCKED) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    } while (status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    const std::string why = sqlite3_errmsg(copy);
    // The copy keeps no -wal file of its own: everything is in the one file.
    if (status == SQLITE_DONE) sqlite3_exec(copy, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close(copy);
    if (status != SQLITE_DONE) fail(out, "the backup did not finish: " + why);
}

}  // namespace

StoreHead backup_record(const DecisionStore& store, const std::string& out) {
    namespace fs = std::filesystem;
    if (store.council())
        throw OpenRasError(Error{ErrorCode::Io,
                                 "is on a council's PostgreSQL server: back it up with the server's own tools (pg_dump, or "
                                 "base backups with pg_basebackup), as the README's \"Running for a whole council\" shows",
                                 SourceLocation{store.path(), 0, 0, {}}});
    std::error_code error;
    if (fs::exists(out, error)) fail(out, "there is already a file here; a backup never overwrites one");
    const fs::path target(out);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string temporary = (folder / (target.filename().string() + ".partial-XXXXXX")).string();
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) fail(out, "cannot make a file in " + folder.string());
    ::close(fd);
    try {
        copy_pages(store.database().getHandle(), temporary, out);
        sync_file(temporary);
        if (fs::exists(out, error)) fail(out, "a file appeared here while the backup was made; it was left as it is");
        fs::rename(temporary, out, error);
        if (error) fail(out, "cannot put the backup in place: " + error.message());
        sync_folder_of(out);
    } catch (...) {
        std::remove(temporary.c_str());
        for (const char* side : {"-wal", "-shm"}) std::remove((temporary + side).c_str());
        throw;
    }
    return DecisionStore::open_to_read(out).head();
}

}  // namespace openras
