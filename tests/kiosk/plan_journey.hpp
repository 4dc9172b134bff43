#pragma once
// A service user's journey by taps, shared by the plan and social-worker tests: from Start to a
// whole plan on the task list, and a decision record file of the test's own.
#include "headless_kiosk.hpp"

#include <filesystem>
#include <string>

namespace openras::kiosk::testing {

// A record file of this test's own, removed when the test ends.
struct TempRecord {
    TempRecord();
    ~TempRecord();
    TempRecord(const TempRecord&) = delete;
    TempRecord& operator=(const TempRecord&) = delete;
    std::filesystem::path path;
};

FlowSettings with_record(const std::filesystem::path& record);

// Start to the plan's task list by tapping: the reference typed, every question
// answered with its second answer (or its only one), the answers confirmed.
void to_plan(HeadlessKiosk& k, const std::string& name);
// Every part of the plan by tapping, as a person would: a plan with no blockers that costs
// 10 personal-assistant hours and one day-centre session a week.
void make_plan_by_tapping(HeadlessKiosk& k);
// Both of the above, then Check your plan and Send your plan: the plan is in the record.
void submit_plan_by_tapping(HeadlessKiosk& k, const std::string& name);

}  // namespace openras::kiosk::testing
