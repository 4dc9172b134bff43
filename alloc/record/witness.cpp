#include "alloc/record/witness.hpp"

#include "alloc/io/file_input.hpp"
#include "alloc/record/council/council_record.hpp"
#include "rules/error.hpp"

#include <pqxx/pqxx>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace openras {
namespace {

constexpr const char* kWitnessHeader = "openras-witness-v1\n";

[[noreturn]] void fail(const std::string& where, const std::string& why) {
    throw OpenRasError(Error{ErrorCode::Io, why, SourceLocation{where, 0, 0, {}}});
}

class FileWitness : public Witness {
public:
    explicit FileWitness(std::string path) : path_(std::move(path)) {}
    const std::string& where() const override { return path_; }

    void keep(const Checkpoint& checkpoint) override {
        const int fd = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) fail(path_, std::string("cannot be opened to append a checkpoint: ") + std::strerror(errno));
        struct stat info {};
        const bool fresh = ::fstat(fd, &info) == 0 && info.st_size == 0;
        const std::string block = (fresh ? std::string(kWitnessHeader) : std::string()) + checkpoint_text(checkpoint) + "\n";
        const ssize_t written = ::write(fd, block.data(), block.size());
        const bool kept = written == ssize_t(block.size()) && ::fsync(fd) == 0;
        const int error = errno;
        ::close(fd);
        if (!kept) fail(path_, std::string("the checkpoint was not kept: ") + std::strerror(error));
    }

    std::vector<Checkpoint> checkpoints() override {
        std::error_code missing;
        if (!std::filesystem::exists(path_, missing)) return {};  // a witness not yet written to
        const std::string text = read_whole_file(path_);
        if (text.rfind(kWitnessHeader, 0) != 0)
            throw OpenRasError(Error{ErrorCode::StoreFormat, "is not an OpenRAS witness (it does not start openras-witness-v1)",
                                     SourceLocation{path_, 1, 1, {}}});
        std::vector<Checkpoint> out;
        std::size_t at = std::strlen(kWitnessHeader);
        int line = 2;
        while (at < text.size()) {
            std::size_t end = text.find("\n\n", at);
            if (end == std::string::npos) end = text.size();
            const std::string block = text.substr(at, end - at) + "\n";
            out.push_back(parse_checkpoint(block, path_ + ":" + std::to_string(line)));
            for (std::size_t i = at; i < std::min(text.size(), end + 2); ++i) line += text[i] == '\n';
            at = end + 2;
        }
        return out;
    }

private:
    std::string path_;
};

class DatabaseWitness : public Witness {
public:
    explicit DatabaseWitness(const std::string& address) : shown_(CouncilRecord::shown_address(address)) {
        try {
            connection_ = std::make_unique<pqxx::connection>(address);
        } catch (const std::exception& e) {
            fail(shown_, std::string("the witness cannot be reached: ") + e.what());
        }
    }
    const std::string& where() const override { return shown_; }

    void keep(const Checkpoint& checkpoint) override {
        try {
            pqxx::work work(*connection_);
            work.exec_params0("INSERT INTO openras_witness.checkpoints (text) VALUES ($1)", checkpoint_text(checkpoint));
            work.commit();
        } catch (const std::exception& e) {
            fail(shown_, std::string("the checkpoint was not kept: ") + e.what());
        }
    }

    std::vector<Checkpoint> checkpoints() override {
        std::vector<Checkpoint> out;
        pqxx::result rows;
        try {
            pqxx::read_transaction read(*connection_);
            rows = read.exec("SELECT seq, text FROM openras_witness.checkpoints ORDER BY seq");
        } catch (const std::exception& e) {
            fail(shown_, std::string("the witness cannot be read: ") + e.what());
        }
        for (const pqxx::row& row : rows)
            out.push_back(parse_checkpoint(row[1].as<std::string>(), shown_ + ": checkpoint " + row[0].as<std::string>()));
        return out;
    }

private:
    std::string shown_;
    std::unique_ptr<pqxx::connection> connection_;
};

}  // namespace

std::unique_ptr<Witness> open_witness(const std::string& where) {
    if (CouncilRecord::is_address(where)) return std::make_unique<DatabaseWitness>(where);
    return std::make_unique<FileWitness>(where);
}

void create_witness_database(pqxx::connection_base& owner) {
    pqxx::work work(owner);
    work.exec(R"sql(
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'openras_witness') THEN
    CREATE ROLE openras_witness NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'openras_witness_reader') THEN
    CREATE ROLE openras_witness_reader NOLOGIN;
  END IF;
END
$$;
CREATE SCHEMA openras_witness;
CREATE TABLE openras_witness.checkpoints (
  seq bigserial PRIMARY KEY,
  kept_at timestamptz NOT NULL DEFAULT now(),
  text text NOT NULL CHECK (left(text, 22) = 'openras-checkpoint-v1' || chr(10))
);
CREATE FUNCTION openras_witness.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a witness keeps every checkpoint: none is changed or removed' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER checkpoints_never_change BEFORE UPDATE OR DELETE ON openras_witness.checkpoints
  FOR EACH ROW EXECUTE FUNCTION openras_witness.refuse_change();
CREATE TRIGGER checkpoints_never_emptied BEFORE TRUNCATE ON openras_witness.checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION openras_witness.refuse_change();
REVOKE ALL ON SCHEMA openras_witness FROM PUBLIC;
GRANT USAGE ON SCHEMA openras_witness TO openras_witness, openras_witness_reader;
GRANT SELECT ON openras_witness.checkpoints TO openras_witness_reader;
GRANT SELECT, INSERT ON openras_witness.checkpoints TO openras_witness;
GRANT USAGE ON SEQUENCE openras_witness.checkpoints_seq_seq TO openras_witness;
)sql");
    work.commit();
}

}  // namespace openras
