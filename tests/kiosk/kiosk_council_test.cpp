// The kiosk sending plans to the council's PostgreSQL server: its settings name the server
// (record = "postgresql://kiosk-login@host/database") instead of a file, and a person's plan,
// sent by tapping, is recorded there as the kiosk's login, in the one chain every site shares.
#include "alloc/audit/record_verifier.hpp"
#include "alloc/record/council/council_schema.hpp"
#include "plan_journey.hpp"
#include "tests/council_server.hpp"

#include <gtest/gtest.h>

namespace openras::kiosk::testing {
namespace {

TEST(KioskCouncil, APlanSentAtTheKioskIsRecordedOnTheCouncilsServerAsTheKiosksLogin) {
    test::CouncilServer server;
    {
        pqxx::connection owner(server.conninfo("openras_owner"));
        create_council_record(owner);
        add_council_login(owner, "kiosk-central-library", Role::ServiceUser);
        add_council_login(owner, "alex.auditor", Role::Auditor);
    }
    FlowSettings settings = test_settings();
    settings.record_path = server.address("kiosk-central-library");
    HeadlessKiosk k(1920, 1080, settings);
    submit_plan_by_tapping(k, "COUNCIL ONE");
    submit_plan_by_tapping(k, "COUNCIL TWO");

    const DecisionStore auditor = DecisionStore::open_to_read(server.address("alex.auditor"));
    const std::vector<StoredEvent> events = auditor.events_of("COUNCIL ONE");
    ASSERT_FALSE(events.empty());
    bool sent = false;
    for (const StoredEvent& e : events) {
        EXPECT_EQ(e.actor, "kiosk-central-library") << "recorded as the kiosk's login, not the name typed";
        EXPECT_EQ(e.role, "service-user");
        sent |= e.type == "plan-submitted";
    }
    EXPECT_TRUE(sent);
    EXPECT_EQ(auditor.people().size(), 2u);
    EXPECT_TRUE(verify_record(auditor).intact());
}

}  // namespace
}  // namespace openras::kiosk::testing
