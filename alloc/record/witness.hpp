#pragma once
// Witnesses: places apart from the decision record where the checkpoints the checkpointer signs
// (checkpointer.hpp) are kept, so that whoever can change the record cannot also change what was
// seen of it. `audit verify --witness` reads them back.
//
// A file witness is plain text, opened for appending only (put it on another host, an NFS share
// the record's server cannot write but append to, or mark it append-only with `chattr +a`):
//     openras-witness-v1
//     <a checkpoint, as checkpoint.hpp writes it: seven lines>
//     <a blank line>
//     <the next checkpoint> …
// Each checkpoint is written in one write() and flushed to disk (fsync) before it counts as kept.
//
// A database witness is a second PostgreSQL database ("postgresql://…"), holding
//     openras_witness.checkpoints (seq bigserial, kept_at timestamptz, text text)
// made by create_witness_database(); its group role openras_witness (the checkpointer's) may
// INSERT and SELECT and nothing else, openras_witness_reader (auditors') only SELECT, triggers refuse UPDATE, DELETE and TRUNCATE to everyone, and the record's writers
// have no login on it.
#include "alloc/record/checkpoint.hpp"

#include <pqxx/types.hxx>

#include <memory>
#include <string>
#include <vector>

namespace openras {

class Witness {
public:
    virtual ~Witness() = default;
    virtual const std::string& where() const = 0;
    // Keeps `checkpoint`, durably, after the ones kept before. Throws OpenRasError(Io).
    virtual void keep(const Checkpoint& checkpoint) = 0;
    // Every checkpoint kept, oldest first (none from a file not yet made). Throws OpenRasError
    // naming the place and line when one cannot be read.
    virtual std::vector<Checkpoint> checkpoints() = 0;
};

// A file path, or a database witness's address (postgresql://…). A file is made when missing.
std::unique_ptr<Witness> open_witness(const std::string& where);

// The witness's schema and group role in the database `owner` is connected to, as its owner.
void create_witness_database(pqxx::connection_base& owner);

}  // namespace openras
