#include "alloc/record/store_file.hpp"

#include "alloc/record/event_chain.hpp"
#include "alloc/record/sha256.hpp"
#include "alloc/record/store_schema.hpp"
#include "rules/error.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>
#include <sodium.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace openras {
namespace {

[[noreturn]] void refuse(const std::string& path, ErrorCode code, const std::string& why) {
    throw OpenRasError(Error{code, why, SourceLocation{path, 0, 0, {}}});
}

std::uint32_t big_endian(const unsigned char* bytes, int size) {
    std::uint32_t value = 0;
    for (int i = 0; i < size; ++i) value = value << 8 | bytes[i];
    return value;
}

bool wal_has_content(const std::string& path) {
    struct stat wal {};
    return ::stat((path + "-wal").c_str(), &wal) == 0 && wal.st_size > 0;
}

// The fields of the SQLite file header (https://sqlite.org/fileformat.html, 1.3) we rely on.
void check_header(const std::string& path, const unsigned char* h, std::uint64_t size) {
    if (std::memcmp(h, "SQLite format 3", 16) != 0)
        refuse(path, ErrorCode::StoreFormat, "is not an OpenRAS decision record: it is not an SQLite database at all");
    std::uint32_t page_size = big_endian(h + 16, 2);
    if (page_size == 1) page_size = 65536;
    if (page_size < 512 || (page_size & (page_size - 1)) != 0)
        refuse(path, ErrorCode::StoreFormat, "is damaged: its SQLite header gives an impossible page size");
    const std::uint32_t pages = big_endian(h + 28, 4);
    const bool pages_valid = big_endian(h + 24, 4) == big_endian(h + 92, 4);
    // In WAL mode the newest pages may still be in the -wal file; SQLite then decides.
    if (!wal_has_content(path) && (size % page_size != 0 || (pages_valid && size < std::uint64_t(pages) * page_size)))
        refuse(path, ErrorCode::StoreFormat,
               "is damaged: the file is shorter than its own header says (" + std::to_string(size) + " bytes, " +
                   "the header promises " + std::to_string(std::uint64_t(pages) * page_size) +
                   "); it may have been cut short while copying. Restore it from a backup");
    if (std::int32_t(big_endian(h + 68, 4)) != kStoreApplicationId)
        refuse(path, ErrorCode::StoreFormat,
               "is an SQLite database, but not an OpenRAS decision record (it belongs to another program)");
    const std::uint32_t version = big_endian(h + 60, 4);
    if (version > std::uint32_t(kStoreSchemaVersion))
        refuse(path, ErrorCode::StoreFormat,
               "was written by a newer OpenRAS (schema version " + std::to_string(version) +
                   "; this program knows versions up to " + std::to_string(kStoreSchemaVersion) +
                   "). It has not been changed. Use the newer program");
}

std::string new_store_id() {
    if (sodium_init() < 0) throw OpenRasError(Error{ErrorCode::Io, "the cryptography library could not start", {}});
    std::uint8_t bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    return to_hex(bytes, sizeof bytes);
}

void build_empty_record(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    {
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        db.exec("PRAGMA application_id = " + std::to_string(kStoreApplicationId));
        for (const SchemaStep& step : schema_steps()) db.exec(std::string(step.sql));
        const std::string id = new_store_id();
        SQLite::Statement meta(db, "INSERT INTO meta (key, value) VALUES (?, ?)");
        const std::pair<const char*, std::string> rows[] = {
            {kMetaStoreId, id}, {kMetaHeadEvent, "0"}, {kMetaHeadHash, chain_hash_hex(genesis_hash(id))}};
        for (const auto& [key, value] : rows) {
            meta.bind(1, key);
            meta.bind(2, value);
            meta.exec();
            meta.reset();
        }
        db.exec("PRAGMA user_version = " + std::to_string(kStoreSchemaVersion));
        transaction.commit();
    }
    db.exec("PRAGMA journal_mode = WAL");
}

void sync_directory_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    const std::string folder = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

bool check_store_file(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        if (errno == ENOENT) return false;
        refuse(path, ErrorCode::Io, std::string("cannot be read: ") + std::strerror(errno));
    }
    if (S_ISDIR(info.st_mode)) refuse(path, ErrorCode::Io, "is a folder, not a decision record");
    if (info.st_size == 0)
        refuse(path, ErrorCode::StoreFormat,
               "is empty, so it is not an OpenRAS decision record (a new record is made only where no file exists)");
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) refuse(path, ErrorCode::Io, std::string("cannot be read: ") + std::strerror(errno));
    unsigned char header[100] = {};
    const ssize_t got = ::pread(fd, header, sizeof header, 0);
    ::close(fd);
    if (got < 0) refuse(path, ErrorCode::Io, std::string("cannot be read: ") + std::strerror(errno));
    if (got < 100) {
        const bool sqlite = got >= 16 && std::memcmp(header, "SQLite format 3", 16) == 0;
        refuse(path, ErrorCode::StoreFormat,
               sqlite ? "is damaged: the file is cut short inside its SQLite header"
                      : "is not an OpenRAS decision record: it is not an SQLite database at all");
    }
    check_header(path, header, std::uint64_t(info.st_size));
    return true;
}

bool create_store_file(const std::string& path) {
    std::string temporary = path + ".new-XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) refuse(path, ErrorCode::Io, std::string("cannot create a new decision record here: ") + std::strerror(errno));
    ::close(fd);
    try {
        build_empty_record(temporary);
        const int sync_fd = ::open(temporary.c_str(), O_RDONLY | O_CLOEXEC);
        if (sync_fd >= 0) {
            ::fsync(sync_fd);
            ::close(sync_fd);
        }
    } catch (const std::exception& e) {
        ::unlink(temporary.c_str());
        refuse(path, ErrorCode::Io, std::string("cannot create a new decision record: ") + e.what());
    }
    const int linked = ::link(temporary.c_str(), path.c_str());
    const int link_error = errno;
    ::unlink(temporary.c_str());
    if (linked != 0 && link_error == EEXIST) return false;
    if (linked != 0) refuse(path, ErrorCode::Io, std::string("cannot put the new decision record in place: ") + std::strerror(link_error));
    sync_directory_of(path);
    return true;
}

}  // namespace openras
