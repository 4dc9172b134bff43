#pragma once
// Backing up a decision record while kiosks and desks append to it. Copying the file with `cp`
// can catch it half-written (and misses what is still in its -wal file); SQLite's online backup
// API copies every page of one consistent moment through the database itself. The copy is
// written under a unique temporary name beside the target, synced to disk, and renamed into
// place, then its folder is synced, so a crash leaves either no backup or a whole one, never a
// torn file; an existing file is never overwritten. `openras audit backup` is the way to back
// a record up (README, docs/decision-record.md).
#include "alloc/record/decision_store.hpp"

#include <string>

namespace openras {

// Copies `store` to `out`, which must not exist. Returns the copy's head (its last event), read
// back from the copy. Throws OpenRasError (Io) naming `out` when it cannot.
StoreHead backup_record(const DecisionStore& store, const std::string& out);

}  // namespace openras
