#pragma once
// The decision record's file before SQLite opens it: checking that a file is a decision record
// this build can use, from its first 100 bytes and its size, so that a wrong file is refused
// without SQLite ever touching it (and so without changing it); and creating a new record so
// that no reader can ever find a half-made one.
#include <string>

namespace openras {

// Throws OpenRasError(StoreFormat) for an empty file, a file that is not SQLite, a truncated
// file, an SQLite database of another program, or a record from a newer schema; Io when the file
// cannot be read. Returns false when nothing exists at `path`.
bool check_store_file(const std::string& path);

// Creates a new, empty record at `path` (schema, store id, WAL mode) by building it beside the
// target and linking it into place, which fails rather than replace a file that appeared
// meanwhile. Returns false when another process created `path` first.
bool create_store_file(const std::string& path);

}  // namespace openras
