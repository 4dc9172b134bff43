#include "plan_journey.hpp"

#include <unistd.h>

#include <algorithm>

namespace openras::kiosk::testing {

namespace fs = std::filesystem;

TempRecord::TempRecord()
    : path(fs::temp_directory_path() / ("openras-kiosk-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)) + ".db")) {}

TempRecord::~TempRecord() {
    for (const char* tail : {"", "-wal", "-shm"}) fs::remove(path.string() + tail);
}

FlowSettings with_record(const fs::path& record) {
    FlowSettings s = test_settings();
    s.record_path = record.string();
    return s;
}

void to_plan(HeadlessKiosk& k, const std::string& name) {
    k.tap("start");
    k.type_on_screen(name);
    k.tap("continue");
    while (k.flow().screen() == Screen::Question) k.answer(std::min(1, int(k.flow().current_question().answers.size()) - 1));
    k.tap("confirm");
    ASSERT_EQ(k.flow().screen(), Screen::Budget);
    k.tap("plan");
    ASSERT_EQ(k.flow().screen(), Screen::PlanTasks);
}

void make_plan_by_tapping(HeadlessKiosk& k) {
    k.tap("task.0");
    for (int q = 0; q < kSevenQuestions; ++q) {
        ASSERT_EQ(k.flow().screen(), Screen::PlanQuestion);
        EXPECT_TRUE(k.ui().text_log.contains("Question " + std::to_string(q + 1) + " of 7"));
        k.type_on_screen("MY ANSWER");
        k.tap("continue");
    }
    ASSERT_EQ(k.flow().screen(), Screen::PlanTasks);
    EXPECT_EQ(k.flow().task_status(PlanTask::Questions), TaskStatus::Completed);
    k.tap("task.1");
    k.tap("outcome.0");
    k.tap("outcome.1");
    k.tap("continue");
    k.tap("task.2");
    for (int i = 0; i < 10; ++i) k.tap("support.pa_hour.more");
    k.tap("support.pa_hour.for.0");
    k.tap("support.day_centre_session.more");
    k.tap("support.day_centre_session.for.1");
    k.tap("continue");
    k.tap("task.3");
    k.tap("held.0");
    k.tap("manager.1");
    k.tap("continue");
    k.tap("task.4");
    k.tap("decider.0");
    k.tap("continue");
    k.tap("task.5");
    k.tap("risk.0");
    k.tap("contingency.0");
    k.tap("continue");
    ASSERT_EQ(k.flow().screen(), Screen::PlanTasks);
}

void submit_plan_by_tapping(HeadlessKiosk& k, const std::string& name) {
    to_plan(k, name);
    make_plan_by_tapping(k);
    k.tap("check");
    ASSERT_EQ(k.flow().screen(), Screen::CheckPlan);
    k.tap("submit");
    k.tap("confirm-yes");
    ASSERT_EQ(k.flow().screen(), Screen::Receipt);
    k.tap("finish");
    k.tap("confirm-yes");
    ASSERT_EQ(k.flow().screen(), Screen::Start);
}

}  // namespace openras::kiosk::testing
