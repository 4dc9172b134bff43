#pragma once
// The decision record on a council's PostgreSQL server: its schema, its roles and the logins of
// the people who record things. The format is described in council_schema.cpp; the events, their
// canonical bytes and the hash chain are the SQLite record's (store_schema.cpp), built here by
// the server itself as each event is inserted, so whoever inserts cannot choose them.
#include "alloc/record/roles.hpp"

#include <pqxx/pqxx>

#include <string>
#include <string_view>
#include <vector>

namespace openras {

// meta's schema_version of a record this build makes and reads; a newer one is refused.
inline constexpr int kCouncilSchemaVersion = 1;

// One of the guards the schema puts in place, as `audit verify` checks it is still there:
// `query` (with $1 = name, and $2 = expected when that is not empty) gives one boolean.
struct CouncilGuard {
    std::string name, query, expected, missing;
};
std::vector<CouncilGuard> council_guards();

// The whole schema as one SQL script (tables, triggers, roles, grants, row-level security and
// the rows saying which role may record which event type, from may_append).
std::string council_schema_sql();

// Creates the record in the connected database, in one transaction. The connection's user owns
// the tables; it should be a role no person logs in as. Throws pqxx::sql_error.
void create_council_record(pqxx::connection& owner);

// The group role a person's login belongs to: "openras_social_worker" and so on.
std::string council_group_role(Role role);

// A person's own login, a member of their role's group: what they record is recorded as theirs
// (the event's actor is the login), and what the group may not do the server refuses. The login
// is made without a password: the council's server authenticates it (scram, a certificate, or
// peer on a local socket), as its pg_hba.conf says.
void add_council_login(pqxx::connection& owner, std::string_view login, Role role);

}  // namespace openras
