// The kiosk sending plans to the council's PostgreSQL server: its settings name the server
// (record = "postgresql://kiosk-login@host/database") instead of a file, and a person's plan,
// sent by tapping, is recorded there as the kiosk's login, in the one chain every site shares.
#include "alloc/audit/record_verifier.hpp"
#include "alloc/record/checkpoint.hpp"
#include "alloc/record/council/council_schema.hpp"
#include "plan_journey.hpp"
#include "tests/council_server.hpp"

#include <gtest/gtest.h>

namespace openras::kiosk::testing {
namespace {

TEST(KioskCouncil, APlanSentAtTheKioskIsRecordedOnTheCouncilsServerAsTheKiosksLogin) {
    test::CouncilServer server;
    server.make_record({{"kiosk-central-library", Role::ServiceUser}, {"alex.auditor", Role::Auditor}});
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

TEST(KioskCouncil, APlanSentWhileTheServerCannotBeReachedIsSavedAndSentOnceLater) {
    test::CouncilServer server;
    server.make_record({{"kiosk-central-library", Role::ServiceUser}, {"alex.auditor", Role::Auditor}});
    TempRecord outbox_file;  // the outbox, a file of the test's own; the kiosk's key beside it
    const std::string outbox = outbox_file.path.string(), key = outbox + ".key";
    struct RemoveKey {
        std::string key;
        ~RemoveKey() {
            for (const char* tail : {"", ".pub"}) std::filesystem::remove(key + tail);
        }
    } remove_key{key};
    write_signing_key_files(key, generate_signing_key());
    FlowSettings offline = test_settings();
    offline.record_path = "postgresql://kiosk-central-library@/openras?host=/nonexistent-openras-socket&connect_timeout=2";
    offline.outbox_path = outbox;
    offline.outbox_key_path = key;
    {
        HeadlessKiosk k(1920, 1080, offline);
        to_plan(k, "OFFLINE ONE");
        make_plan_by_tapping(k);
        k.tap("check");
        k.tap("submit");
        k.tap("confirm-yes");
        ASSERT_EQ(k.flow().screen(), Screen::Receipt);
        ASSERT_TRUE(k.flow().receipt());
        EXPECT_TRUE(k.flow().receipt()->kept_to_send_later);
        EXPECT_TRUE(k.ui().text_log.contains("Your plan is saved"));
        EXPECT_TRUE(k.ui().text_log.contains("Your plan is kept safely on this kiosk"));
        EXPECT_EQ(k.flow().send_waiting(), 1u) << "still no server";
    }
    FlowSettings online = offline;
    online.record_path = server.address("kiosk-central-library");
    HeadlessKiosk k(1920, 1080, online);
    EXPECT_EQ(k.flow().send_waiting(), 0u);
    submit_plan_by_tapping(k, "ONLINE TWO");
    EXPECT_FALSE(k.flow().receipt() && k.flow().receipt()->kept_to_send_later);

    const DecisionStore auditor = DecisionStore::open_to_read(server.address("alex.auditor"));
    int plans = 0;
    for (const StoredEvent& e : auditor.events_of("OFFLINE ONE")) plans += e.type == "plan-submitted";
    EXPECT_EQ(plans, 1);
    EXPECT_EQ(auditor.people().size(), 2u);
    EXPECT_TRUE(verify_record(auditor).intact());
}

}  // namespace
}  // namespace openras::kiosk::testing
