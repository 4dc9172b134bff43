// Plan references (alloc/record/plan_reference.hpp) and finding a plan by its reference
// (alloc/case/plan_status.hpp): what a person keeps from the receipt and reads out later.
#include "alloc/case/plan_recording.hpp"
#include "alloc/case/plan_status.hpp"
#include "alloc/audit/record_verifier.hpp"
#include "alloc/record/plan_reference.hpp"
#include "store_test_support.hpp"

#include <set>

namespace openras {
namespace {

using namespace openras::test;

TEST(PlanReference, NewReferencesAreWellFormedAndDoNotRepeat) {
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i) {
        const std::string r = new_plan_reference();
        ASSERT_EQ(r.size(), 11u) << r;
        EXPECT_EQ(r[4], '-');
        EXPECT_EQ(r[9], '-');
        for (std::size_t c : {0u, 1u, 2u, 3u, 5u, 6u, 7u, 8u, 10u})
            EXPECT_NE(kReferenceSymbols.find(r[c]), std::string_view::npos) << r;
        EXPECT_TRUE(is_plan_reference(r)) << r;
        seen.insert(r);
    }
    EXPECT_EQ(seen.size(), 2000u);
}

TEST(PlanReference, ReadAsTypedInAnyCaseWithOrWithoutSpaces) {
    const std::string r = new_plan_reference();
    std::string lower, spaced, bare;
    for (char c : r) {
        lower += c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
        if (c != '-') bare += c;
    }
    spaced = bare.substr(0, 4) + " " + bare.substr(4, 4) + " " + bare.substr(8);
    for (const std::string& typed : {r, lower, spaced, bare}) EXPECT_EQ(read_plan_reference(typed), r) << typed;
    EXPECT_FALSE(is_plan_reference(lower));  // as written, the capitals and hyphens
}

TEST(PlanReference, EveryWrongSymbolAndEverySwapIsCaught) {
    const std::string r = new_plan_reference();
    int tried = 0;
    for (std::size_t at = 0; at < r.size(); ++at) {
        if (r[at] == '-') continue;
        for (char other : kReferenceSymbols) {
            if (other == r[at]) continue;
            std::string wrong = r;
            wrong[at] = other;
            EXPECT_FALSE(read_plan_reference(wrong)) << wrong << " for " << r;
            ++tried;
        }
    }
    EXPECT_EQ(tried, 9 * 28);
    std::string bare;
    for (char c : r)
        if (c != '-') bare += c;
    for (std::size_t at = 0; at + 1 < bare.size(); ++at) {
        if (bare[at] == bare[at + 1]) continue;
        std::string swapped = bare;
        std::swap(swapped[at], swapped[at + 1]);
        EXPECT_FALSE(read_plan_reference(swapped)) << swapped << " for " << r;
    }
    for (const char* look_alike : {"0", "O", "1", "I", "L", "U", "V"}) {
        std::string with = r;
        with[0] = look_alike[0];
        EXPECT_FALSE(read_plan_reference(with)) << with;
    }
    EXPECT_FALSE(read_plan_reference(""));
    EXPECT_FALSE(read_plan_reference("4"));  // a row number is never a reference
    EXPECT_FALSE(read_plan_reference(r + "A"));
}

struct Sent {
    std::string reference;
    RecordedPlan plan;
};

Sent send_plan(DecisionStore& store, const std::string& person) {
    const std::string text = file_bytes(std::string(OPENRAS_SOURCE_DIR) + "/examples/plans/good-plan.toml");
    Assessment a = generated_assessments(1, 3).front();
    a.person = person;
    if (!store.person_registered(person)) register_person(store, person, kWorker);
    const RecordedBudget budget = record_assessment(store, a, person_actor(person), model_ras());
    Sent sent{new_plan_reference(), {}};
    sent.plan = record_plan(store, text, "good-plan.toml", person_actor(person), model_ras(), budget.budget_event, sent.reference);
    return sent;
}

TEST(PlanStatus, FollowsEachPlanFromSentToItsDecisionWithReasons) {
    TempDir dir;
    DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
    const Sent sent = send_plan(store, "SAMPLE-0001");
    std::optional<PlanStatus> status = plan_status(store, sent.reference);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->state, PlanState::Sent);
    EXPECT_EQ(status->plan_event, sent.plan.plan_event);
    EXPECT_EQ(status->person, "SAMPLE-0001");
    EXPECT_TRUE(status->reason.empty());

    const Actor decider = kWorker;
    decide_plan(store, EventType::PlanReturned, "SAMPLE-0001", decider, sent.plan.check_event, "Name who helps in the mornings");
    status = plan_status(store, sent.reference);
    EXPECT_EQ(status->state, PlanState::Returned);
    EXPECT_EQ(status->reason, "Name who helps in the mornings");
    EXPECT_FALSE(status->decided_at.empty());

    // A second plan from the same person has its own reference; what is decided on it does not
    // change what the first one says.
    const Sent second = send_plan(store, "SAMPLE-0001");
    EXPECT_NE(second.reference, sent.reference);
    decide_plan(store, EventType::PlanReferredToPanel, "SAMPLE-0001", decider, second.plan.plan_event, "Over the ceiling");
    EXPECT_EQ(plan_status(store, second.reference)->state, PlanState::ReferredToPanel);
    EXPECT_EQ(plan_status(store, sent.reference)->state, PlanState::Returned);
    EXPECT_EQ(plan_status_json(*plan_status(store, second.reference)).at("state"), "referred-to-panel");
    const DecisionStore auditor = DecisionStore::open(dir.file("r.db"), auditor_options());
    EXPECT_TRUE(verify_record(auditor).intact());
}

TEST(PlanStatus, AnUnknownOrMistypedReferenceFindsNothingAndSaysSo) {
    TempDir dir;
    DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
    const Sent sent = send_plan(store, "SAMPLE-0001");  // the example plan names this person
    EXPECT_FALSE(plan_status(store, new_plan_reference()));
    std::string wrong = sent.reference;
    wrong[0] = wrong[0] == 'A' ? 'B' : 'A';
    EXPECT_FALSE(plan_status(store, wrong));
    EXPECT_EQ(person_with_reference(store, sent.reference), "SAMPLE-0001");
    try {
        person_with_reference(store, "4");
        ADD_FAILURE() << "a row number found a person";
    } catch (const OpenRasError& e) {
        EXPECT_EQ(e.error().where.field, "--reference");
        EXPECT_NE(e.error().message.find("written like 7KQ4-M2XD-R"), std::string::npos) << e.error().message;
    }
}

}  // namespace
}  // namespace openras
