// The rationing check: names and descriptions that speak of supply or capacity are refused;
// words about the person (mental capacity) and ordinary budget words are not.
#include "rules/rationing_check.hpp"

#include "test_rule_sets.hpp"

#include <gtest/gtest.h>

#include <string>

namespace openras {
namespace {

// The words found, or "" when the text passes.
std::string flagged(std::string_view text) { return supply_or_capacity_wording(text).value_or(""); }

TEST(RationingCheck, RefusesBedsAndVacancies) {
    EXPECT_EQ(flagged("beds"), "beds");
    EXPECT_EQ(flagged("free_beds"), "beds");
    EXPECT_EQ(flagged("Number of beds in the borough"), "beds");
    EXPECT_EQ(flagged("bed_count"), "bed");
    EXPECT_EQ(flagged("VACANCIES"), "vacancies");  // case does not matter
    EXPECT_EQ(flagged("vacancy_rate"), "vacancy");
}

TEST(RationingCheck, RefusesPlacesAvailableAndWaitingLists) {
    EXPECT_EQ(flagged("places available"), "places available");
    EXPECT_EQ(flagged("places_available"), "places available");
    EXPECT_EQ(flagged("Day-centre places left this month"), "places left");
    EXPECT_EQ(flagged("waiting list"), "waiting list");
    EXPECT_EQ(flagged("waiting_list_length"), "waiting list");
    EXPECT_EQ(flagged("average waiting time"), "waiting time");
}

TEST(RationingCheck, RefusesMoneyLeftInTheCouncilsPot) {
    EXPECT_EQ(flagged("budget remaining"), "budget remaining");
    EXPECT_EQ(flagged("budget_left"), "budget left");
    EXPECT_EQ(flagged("spend to date"), "spend to date");
    EXPECT_EQ(flagged("spend_to_date"), "spend to date");
    EXPECT_EQ(flagged("remaining budget"), "remaining budget");
    EXPECT_EQ(flagged("available funds"), "available funds");
    EXPECT_EQ(flagged("headroom"), "headroom");
    EXPECT_EQ(flagged("underspend"), "underspend");
}

TEST(RationingCheck, RefusesOccupancyAndServiceCapacity) {
    EXPECT_EQ(flagged("occupancy"), "occupancy");
    EXPECT_EQ(flagged("care home occupancy rate"), "occupancy");
    EXPECT_EQ(flagged("home_care_capacity"), "capacity");
    EXPECT_EQ(flagged("capacity"), "capacity");
    EXPECT_EQ(flagged("spare capacity"), "capacity");
    EXPECT_EQ(flagged("provider availability"), "availability");
}

TEST(RationingCheck, RefusesSupplyInAnySpelling) {
    // Issue 21: `bedsAvailable / bedsNeeded` and `vacant_places` used to pass.
    EXPECT_EQ(flagged("bedsAvailable"), "beds");
    EXPECT_EQ(flagged("BEDSAvailable"), "beds");
    EXPECT_EQ(flagged("vacant_places"), "vacant");
    EXPECT_EQ(flagged("VacantPlaces2026"), "vacant");
    EXPECT_EQ(flagged("staffAvailable"), "staff available");
    EXPECT_EQ(flagged("spareRooms"), "spare rooms");
    EXPECT_EQ(flagged("places2026left"), "places 2026 left");
    EXPECT_EQ(flagged("moneyLeftThisPeriod"), "money left");
    EXPECT_EQ(flagged("fundsRemaining"), "funds remaining");
    EXPECT_EQ(flagged("Free respite places"), "free respite places") << "one word apart";
    EXPECT_EQ(flagged("rationedHours"), "rationed");
    EXPECT_EQ(flagged("homeCareCapacity"), "capacity");
}

TEST(RationingCheck, PassesWordsAboutThePerson) {
    EXPECT_EQ(flagged("mental_capacity"), "");
    EXPECT_EQ(flagged("Mental Capacity Act 2005"), "");
    EXPECT_EQ(flagged("lacks_capacity"), "");
    EXPECT_EQ(flagged("When the person lacks capacity to decide"), "");
    EXPECT_EQ(flagged("decision capacity"), "");
}

TEST(RationingCheck, PassesOrdinaryBudgetWords) {
    EXPECT_EQ(flagged("night_uplift"), "");
    EXPECT_EQ(flagged("personal budget"), "");
    EXPECT_EQ(flagged("carer break"), "");
    EXPECT_EQ(flagged("carer_break_uplift"), "");
    EXPECT_EQ(flagged("Weekly budget for the carer element"), "");
    EXPECT_EQ(flagged("equipment_upkeep"), "");
    EXPECT_EQ(flagged("bedroom adaptations"), "");  // whole words only
    EXPECT_EQ(flagged("available to everyone"), "");
    EXPECT_EQ(flagged("bedroomAdaptations"), "");
    EXPECT_EQ(flagged("carerAvailable"), "") << "the family carer's time is informal support, not supply";
    EXPECT_EQ(flagged("mentalCapacity"), "");
    EXPECT_EQ(flagged("freedom_of_choice"), "");
    EXPECT_EQ(flagged(""), "");
}

TEST(RationingCheck, ModelRasPassesTheCheck) {
    // The shipped rule set must never trip the check (it would not load at all otherwise).
    EXPECT_NE(embedded_default_rule_set(), nullptr);
}

TEST(RationingCheck, LoaderRefusesSupplyNamesWithTheRationingCode) {
    struct Case {
        const char* name;
        std::string extra;
        const char* marker;
    };
    const std::vector<Case> cases = {
        {"parameter", "\n[[parameter]]\nid = \"vacancies\"\nvalue = 4\ncitation = \"P\"\n", "[[parameter]]"},
        {"table",
         "\n[[table]]\nid = \"allowance\"\ndescription = \"Weekly rate by places available\"\ncitation = \"P\"\n"
         "rows = [ { key = \"a\", value = \"£1.00\" } ]\n",
         "[[table]]"},
        {"rule", "\n[[rule]]\nid = \"budget_remaining_cut\"\ntitle = \"Cut\"\namount = '£0.00'\ncitation = \"P\"\n",
         "[[rule]]"},
        {"threshold",
         "\n[[threshold]]\nid = \"home_care_capacity\"\nweekly_above = \"£100.00\"\nmessage = \"Panel\"\ncitation = \"P\"\n",
         "[[threshold]]"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const std::string text = test::minimal_rule_set() + c.extra;
        const RuleSetLoad load = test::load_bad(text);
        ASSERT_EQ(load.problems.size(), 1u) << test::describe(load.problems);
        const Error& e = load.problems.errors()[0];
        EXPECT_EQ(e.code, ErrorCode::Rationing);
        EXPECT_EQ(e.where.line, test::position_of(text, c.marker).line);
        EXPECT_NE(e.message.find(c.name), std::string::npos) << "should say which kind of element: " << e.message;
    }
}

TEST(RationingCheck, LoaderAllowsMentalCapacityNames) {
    const std::string text = test::minimal_rule_set() +
                             "\n[[parameter]]\nid = \"mental_capacity_support\"\nvalue = \"£12.00\"\n"
                             "description = \"Extra when the person lacks capacity to manage money\"\ncitation = \"P\"\n";
    EXPECT_NE(test::load_ok(text), nullptr);
}

}  // namespace
}  // namespace openras
