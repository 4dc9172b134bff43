// The decision record on a council's PostgreSQL server, against a real throwaway server
// (council_server.hpp): each role, connected as a person's own login, tries in plain SQL what it
// may not do, and the server refuses every try; the chain the server builds is the record's own
// hash chain, link for link, as OpenRAS works it out; and eight writers in eight processes
// appending at once make one gapless chain.
#include "alloc/record/council/council_schema.hpp"
#include "alloc/record/event_chain.hpp"
#include "council_server.hpp"

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace openras {
namespace {

// Walks the record as OpenRAS links it, from the genesis of its store id: every event's chain
// hash must be the one OpenRAS works out from its columns, the ids gapless from 1, and the head
// the last link. Gives how many events there are.
std::size_t walk_chain(pqxx::work& read) {
    const std::string store_id = read.exec1("SELECT value FROM openras.meta WHERE key = 'store_id'")[0].as<std::string>();
    std::map<std::string, ChainHash> digests;
    for (const pqxx::row& row : read.exec("SELECT hash, text_sha256 FROM openras.rule_set_digests")) {
        const pqxx::binarystring digest(row[1]);
        ChainHash& kept = digests[row[0].as<std::string>()];
        EXPECT_EQ(digest.size(), kept.size());
        std::copy(digest.begin(), digest.begin() + long(std::min(digest.size(), kept.size())), kept.begin());
    }
    ChainHash previous = genesis_hash(store_id);
    const pqxx::result events = read.exec(
        "SELECT id, type, person, actor, role, recorded_at, refers_to, rule_set, payload, chain_hash FROM openras.events ORDER BY id");
    EventId expected_id = 1;
    for (const pqxx::row& row : events) {
        const std::string type = row[1].as<std::string>(), person = row[2].as<std::string>(), actor = row[3].as<std::string>(),
                          role = row[4].as<std::string>(), recorded_at = row[5].as<std::string>(), payload = row[8].as<std::string>();
        const std::optional<std::string> rule = row[7].is_null() ? std::nullopt : std::optional(row[7].as<std::string>());
        EventColumns columns;
        columns.id = row[0].as<EventId>();
        columns.type = type;
        columns.person = person;
        columns.actor = actor;
        columns.role = role;
        columns.recorded_at = recorded_at;
        if (!row[6].is_null()) columns.refers_to = row[6].as<EventId>();
        if (rule) {
            columns.rule_set = *rule;
            columns.rule_set_text_digest = &digests.at(*rule);
        }
        columns.payload = payload;
        std::string bytes;
        append_canonical_bytes(columns, bytes);
        const ChainHash link = next_chain_hash(previous, bytes);
        const pqxx::binarystring stored(row[9]);
        EXPECT_EQ(columns.id, expected_id++) << "ids are gapless";
        EXPECT_EQ(std::string(stored.str()), std::string(reinterpret_cast<const char*>(link.data()), link.size()))
            << "event " << columns.id << " (" << type << ") is not linked as OpenRAS links it";
        previous = link;
    }
    EXPECT_EQ(read.exec1("SELECT value FROM openras.meta WHERE key = 'head_hash'")[0].as<std::string>(), chain_hash_hex(previous));
    EXPECT_EQ(read.exec1("SELECT value FROM openras.meta WHERE key = 'head_event'")[0].as<std::string>(),
              std::to_string(events.size()));
    return events.size();
}

class CouncilRecord : public ::testing::Test {
protected:
    void SetUp() override {
        server.make_record({{"kiosk-central-library", Role::ServiceUser},
                            {"sam.patel", Role::SocialWorker},
                            {"pat.jones", Role::PanelMember},
                            {"alex.auditor", Role::Auditor}});
    }

    // Runs `sql` as `login` in its own transaction: "" when the server does it, else the
    // refusal's SQLSTATE and message.
    std::string try_as(const std::string& login, const std::string& sql) {
        try {
            pqxx::connection connection(server.conninfo(login));
            pqxx::work work(connection);
            work.exec(sql);
            work.commit();
            return "";
        } catch (const pqxx::insufficient_privilege& refusal) {
            return std::string("42501 ") + refusal.what();
        } catch (const pqxx::sql_error& refusal) {
            return "other " + refusal.sqlstate() + " " + refusal.what();
        }
    }

    test::CouncilServer server;
};

std::string insert_event(const std::string& type, const std::string& person = "P-0001",
                         const std::string& extra_columns = "", const std::string& extra_values = "") {
    return "INSERT INTO openras.events (type, person, payload" + extra_columns + ") VALUES ('" + type + "', '" + person +
           "', '{\"note\":\"x\"}'" + extra_values + ")";
}

TEST_F(CouncilRecord, EachRoleIsRefusedByTheServerWhatItMayNotDo) {
    // What each may do, so that the refusals below are the grants', not a broken record's.
    ASSERT_EQ(try_as("kiosk-central-library", insert_event("person-registered")), "");
    ASSERT_EQ(try_as("kiosk-central-library", insert_event("plan-submitted")), "");
    ASSERT_EQ(try_as("sam.patel", insert_event("plan-confirmed")), "");
    ASSERT_EQ(try_as("pat.jones", insert_event("final-budget-agreed")), "");
    ASSERT_EQ(try_as("alex.auditor", "SELECT count(*) FROM openras.events"), "");

    struct Forbidden {
        std::string login, sql, why;
    };
    const std::vector<Forbidden> forbidden = {
        {"kiosk-central-library", insert_event("plan-confirmed"), "a service user confirms no plan"},
        {"kiosk-central-library", insert_event("final-budget-agreed"), "a service user agrees no budget"},
        {"kiosk-central-library", insert_event("plan-submitted", "P-0001", ", role", ", 'social-worker'"),
         "a kiosk cannot act as a social worker"},
        {"kiosk-central-library", insert_event("no-such-event"), "an unknown event type"},
        {"kiosk-central-library", "UPDATE openras.events SET payload = '{}'", "nothing is changed"},
        {"kiosk-central-library", "DELETE FROM openras.events", "nothing is deleted"},
        {"kiosk-central-library", "SET ROLE openras_social_worker", "a kiosk is not in the social workers' group"},
        {"sam.patel", "UPDATE openras.events SET payload = '{}' WHERE id = 1", "a social worker changes no event"},
        {"sam.patel", "DELETE FROM openras.events WHERE id = 1", "a social worker deletes no event"},
        {"sam.patel", "TRUNCATE openras.events", "a social worker empties nothing"},
        {"sam.patel", "UPDATE openras.meta SET value = '0' WHERE key = 'head_event'", "the head is the server's"},
        {"sam.patel", "INSERT INTO openras.meta VALUES ('x', 'y')", "the head is the server's"},
        {"sam.patel", "INSERT INTO openras.may_append VALUES ('service-user', 'plan-confirmed', 'openras_service_user')",
         "who may record what is not theirs to change"},
        {"sam.patel", "ALTER TABLE openras.events DISABLE TRIGGER events_chained", "only the owner alters tables"},
        {"sam.patel", "DROP POLICY events_appended ON openras.events", "only the owner drops policies"},
        {"sam.patel", "ALTER TABLE openras.events DISABLE ROW LEVEL SECURITY", "only the owner alters tables"},
        {"sam.patel", "SET ROLE openras_owner", "a social worker is not the owner"},
        {"sam.patel", "INSERT INTO openras.rule_set_digests VALUES ('sha256:x', '\\x00')", "digests are the server's"},
        {"pat.jones", insert_event("plan-submitted"), "a panel member submits no plan"},
        {"pat.jones", insert_event("person-registered", "P-0009"), "a panel member registers no one"},
        {"pat.jones", insert_event("plan-confirmed", "P-0001", ", role", ", 'social-worker'"),
         "a panel member cannot act as a social worker"},
        {"pat.jones", "DELETE FROM openras.events", "a panel member deletes nothing"},
        {"alex.auditor", insert_event("person-registered"), "an auditor records nothing"},
        {"alex.auditor", insert_event("plan-confirmed", "P-0001", ", role", ", 'social-worker'"), "an auditor records nothing"},
        {"alex.auditor", "INSERT INTO openras.rule_sets VALUES ('sha256:" + std::string(64, 'a') + "', 'x')",
         "an auditor stores nothing"},
        {"alex.auditor", "UPDATE openras.events SET actor = 'someone'", "an auditor changes nothing"},
        {"alex.auditor", "DELETE FROM openras.events", "an auditor deletes nothing"},
        {"openras_owner", "UPDATE openras.events SET payload = '{}' WHERE id = 1", "not even the owner changes an event"},
        {"openras_owner", "DELETE FROM openras.events WHERE id = 1", "not even the owner deletes one"},
        {"openras_owner", "TRUNCATE openras.events", "not even the owner empties the record"},
    };
    // Each is refused for want of a privilege (42501: a grant, a policy, or the append-only
    // trigger), not for a mistake in the SQL, which would prove nothing.
    for (const Forbidden& f : forbidden) {
        const std::string refusal = try_as(f.login, f.sql);
        EXPECT_EQ(refusal.substr(0, 6), "42501 ") << f.login << ": " << f.sql << " (" << f.why << ")\n  gave: "
                                                 << (refusal.empty() ? "allowed" : refusal);
    }
    // A kiosk reads the events it recorded itself and no one else's: the row-level security
    // policy leaves the others out of whatever it selects.
    {
        pqxx::connection kiosk(server.conninfo("kiosk-central-library"));
        pqxx::work read(kiosk);
        EXPECT_EQ(read.exec1("SELECT count(*) FROM openras.events")[0].as<int>(), 2);
        EXPECT_EQ(read.exec1("SELECT count(*) FROM openras.events WHERE actor <> session_user")[0].as<int>(), 0);
        EXPECT_EQ(read.exec1("SELECT count(*) FROM openras.events WHERE type = 'plan-confirmed'")[0].as<int>(), 0);
    }
    // Every try left the record as it was: four events, one chain.
    pqxx::connection auditor(server.conninfo("alex.auditor"));
    pqxx::work read(auditor);
    EXPECT_EQ(read.exec1("SELECT count(*) FROM openras.events")[0].as<int>(), 4);
    EXPECT_EQ(read.exec1("SELECT value FROM openras.meta WHERE key = 'head_event'")[0].as<std::string>(), "4");
}

TEST_F(CouncilRecord, WhoRecordedAnEventAndWhenAreTheServersNotTheInserters) {
    ASSERT_EQ(try_as("sam.patel", insert_event("person-registered")), "");
    ASSERT_EQ(try_as("sam.patel", "INSERT INTO openras.events (id, type, person, actor, role, recorded_at, payload, chain_hash) "
                                  "VALUES (99, 'plan-confirmed', 'P-0001', 'Someone Else', 'social-worker', "
                                  "'1999-01-01T00:00:00Z', '{}', '\\x00')"),
              "");
    pqxx::connection auditor(server.conninfo("alex.auditor"));
    pqxx::work read(auditor);
    const pqxx::row event =
        read.exec1("SELECT id, actor, role, recorded_at, length(chain_hash) FROM openras.events WHERE type = 'plan-confirmed'");
    EXPECT_EQ(event[0].as<int>(), 2) << "the id is the next in the chain";
    EXPECT_EQ(event[1].as<std::string>(), "sam.patel") << "the actor is the login";
    EXPECT_EQ(event[2].as<std::string>(), "social-worker");
    EXPECT_NE(event[3].as<std::string>(), "1999-01-01T00:00:00Z") << "the time is the server's";
    EXPECT_EQ(event[4].as<int>(), 32);
}

TEST_F(CouncilRecord, TheServersChainIsTheRecordsChain) {
    const std::string rule_set = "sha256:" + std::string(64, 'b');
    ASSERT_EQ(try_as("sam.patel", "INSERT INTO openras.rule_sets VALUES ('" + rule_set + "', 'id = \"model\" # £ ×') "
                                  "ON CONFLICT DO NOTHING"),
              "");
    ASSERT_EQ(try_as("kiosk-central-library", insert_event("person-registered", "Siân Llŷr")), "");
    ASSERT_EQ(try_as("kiosk-central-library", insert_event("assessment-recorded", "Siân Llŷr")), "");
    ASSERT_EQ(try_as("kiosk-central-library", insert_event("indicative-budget-computed", "Siân Llŷr", ", refers_to, rule_set",
                                                           ", 2, '" + rule_set + "'")),
              "");
    ASSERT_EQ(try_as("sam.patel", insert_event("plan-confirmed", "Siân Llŷr", ", refers_to", ", 3")), "");
    ASSERT_EQ(try_as("sam.patel", insert_event("person-registered", "P-0002")), "");
    ASSERT_EQ(try_as("pat.jones", insert_event("correction", "P-0002")), "");

    pqxx::connection auditor(server.conninfo("alex.auditor"));
    pqxx::work read(auditor);
    EXPECT_EQ(walk_chain(read), 6u);
}

// An append of one event is checked with no lock held: the lock it then takes goes on only if
// the person's last event is still the one the checks saw, and otherwise the server refuses it
// (40001), so OpenRAS checks again under the lock.
TEST_F(CouncilRecord, ALockTakenAfterUnlockedChecksIsRefusedIfThePersonMovedOn) {
    ASSERT_EQ(try_as("sam.patel", insert_event("person-registered")), "");
    pqxx::connection worker(server.conninfo("sam.patel"));
    {
        pqxx::work work(worker);
        EXPECT_EQ(work.exec1("SELECT openras.person_head('P-0001')")[0].as<int>(), 1);
        EXPECT_EQ(work.exec1("SELECT openras.lock_head_if_person_at('P-0001', 1)")[0].as<int>(), 1);
    }
    ASSERT_EQ(try_as("sam.patel", insert_event("plan-submitted")), "");
    pqxx::work stale(worker);
    EXPECT_THROW(stale.exec("SELECT openras.lock_head_if_person_at('P-0001', 1)"), pqxx::serialization_failure);
}

// Eight writers in eight processes, each its own login (kiosks and social workers), append at
// once: the server's lock on the head puts every event in one gapless chain, none is lost, and
// none is refused (a refusal that a retry would have fixed would fail the writer).
TEST_F(CouncilRecord, EightWritersInEightProcessesMakeOneChain) {
    constexpr int kWriters = 8, kEach = 40;
    {
        pqxx::connection owner(server.conninfo("openras_owner"));
        for (int w = 0; w < kWriters; ++w)
            add_council_login(owner, "writer-" + std::to_string(w), w % 2 ? Role::SocialWorker : Role::ServiceUser);
    }
    std::vector<pid_t> children;
    for (int w = 0; w < kWriters; ++w) {
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            int status = 0;
            try {
                pqxx::connection connection(server.conninfo("writer-" + std::to_string(w)));
                for (int i = 0; i < kEach; ++i) {
                    pqxx::work work(connection);
                    work.exec(insert_event("person-registered", "P-" + std::to_string(w) + "-" + std::to_string(i)));
                    work.commit();
                }
            } catch (const std::exception&) {
                status = 1;
            }
            std::_Exit(status);  // the child leaves the test framework's exit to the parent
        }
        children.push_back(child);
    }
    for (const pid_t child : children) {
        int status = 0;
        ASSERT_EQ(::waitpid(child, &status, 0), child);
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "a writer's append was refused or failed";
    }
    pqxx::connection auditor(server.conninfo("alex.auditor"));
    pqxx::work read(auditor);
    EXPECT_EQ(walk_chain(read), std::size_t(kWriters * kEach));
    for (int w = 0; w < kWriters; ++w)
        EXPECT_EQ(read.exec1("SELECT count(*) FROM openras.events WHERE actor = 'writer-" + std::to_string(w) + "'")[0].as<int>(),
                  kEach);
}

}  // namespace
}  // namespace openras
