#pragma once
// A throwaway PostgreSQL server for one test: a new cluster in a temporary folder (initdb), started
// with pg_ctl on a Unix socket in that folder only (no TCP port, so tests running side by side
// never meet), stopped and removed when the test ends. PostgreSQL refuses to run as root, so as
// root the cluster is made and run by the `postgres` system user (runuser), which Debian's server
// package creates. The cluster's superuser, `openras_owner`, owns the record; trust
// authentication on the socket lets a test connect as any login, since what is tested is what
// each login may do once in (a council authenticates its logins with scram or certificates).
#include "alloc/record/council/council_schema.hpp"

#include <pqxx/pqxx>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace openras::test {

class CouncilServer {
public:
    CouncilServer() {
        std::string pattern = (std::filesystem::temp_directory_path() / "openras-pg-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        folder_ = pattern;
        if (::geteuid() == 0) {
            as_server_user_ = "runuser -u postgres -- ";
            run("chown postgres " + folder_);
        }
        run(as_server_user_ + OPENRAS_PG_BINDIR "/initdb -D " + folder_ + "/data -U openras_owner -A trust -E UTF8 "
            "--locale=C.UTF-8 --no-sync > " + folder_ + "/initdb.log 2>&1");
        run(as_server_user_ + OPENRAS_PG_BINDIR "/pg_ctl -D " + folder_ + "/data -w -l " + folder_ +
            "/server.log -o \"-k " + folder_ + " -c listen_addresses='' -c port=5432\" start > /dev/null");
        started_ = true;
        pqxx::connection postgres(conninfo("openras_owner", "postgres"));
        pqxx::nontransaction(postgres).exec("CREATE DATABASE openras");
    }
    ~CouncilServer() {
        if (started_)
            (void)std::system((as_server_user_ + OPENRAS_PG_BINDIR "/pg_ctl -D " + folder_ + "/data -m immediate -w stop > /dev/null 2>&1").c_str());
        std::error_code ignored;
        std::filesystem::remove_all(folder_, ignored);
    }
    CouncilServer(const CouncilServer&) = delete;
    CouncilServer& operator=(const CouncilServer&) = delete;

    // How to reach the record's database as `login`.
    std::string conninfo(const std::string& login, const std::string& database = "openras") const {
        return "host=" + folder_ + " port=5432 dbname=" + database + " user=" + login;
    }

    // Makes the decision record in the `openras` database, as its owner, and a login for each of
    // `logins` in its role's group.
    void make_record(const std::vector<std::pair<std::string, Role>>& logins) const {
        pqxx::connection owner(conninfo("openras_owner"));
        create_council_record(owner);
        for (const auto& [login, role] : logins) add_council_login(owner, login, role);
    }

    // The same as the address OpenRAS takes for --db: postgresql://LOGIN@/DATABASE?host=FOLDER.
    std::string address(const std::string& login, const std::string& database = "openras") const {
        return "postgresql://" + login + "@/" + database + "?host=" + folder_ + "&port=5432";
    }

private:
    static void run(const std::string& command) {
        if (std::system(command.c_str()) != 0) throw std::runtime_error("the test server did not start: " + command);
    }

    std::string folder_;
    std::string as_server_user_;
    bool started_ = false;
};

}  // namespace openras::test
