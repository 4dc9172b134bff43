// `audit replay`: every computed event worked out again from the stored inputs and the stored
// rule set, byte for byte; differences named by their place in the payload.
#include "alloc/plan/plan_file.hpp"
#include "alloc/case/plan_recording.hpp"
#include "alloc/audit/record_verifier.hpp"
#include "alloc/audit/replay.hpp"
#include "rules/ruleset_loader.hpp"
#include "store_test_support.hpp"

#include <atomic>
#include <filesystem>
#include <functional>

namespace openras {
namespace {

using namespace openras::test;

// Changes one stored payload behind OpenRAS's back, its guards dropped and put back, as a
// forger would (who then rewrites the chain to match).
void forge_payload(const std::string& record, std::int64_t id, const std::function<std::string(const std::string&)>& change) {
    SQLite::Database db(record, SQLite::OPEN_READWRITE);
    drop_guards(db);
    const std::string payload = db.execAndGet("SELECT payload FROM events WHERE id = " + std::to_string(id)).getString();
    SQLite::Statement update(db, "UPDATE events SET payload = ? WHERE id = ?");
    update.bind(1, change(payload));
    update.bind(2, id);
    update.exec();
    restore_guards(db);
}

TEST(Replay, EveryRecordedBudgetReproducesByteForByte) {
    TempDir dir;
    DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
    record_story(store, 30, 21);
    const ReplayReport report = replay_record(DecisionStore::open(dir.file("r.db"), auditor_options()), {});
    EXPECT_EQ(report.replayed, 30);
    EXPECT_EQ(report.replayed_by_type.at("indicative-budget-computed"), 30);
    EXPECT_EQ(report.rule_sets, 1u);
    EXPECT_TRUE(report.all_reproduce()) << report.mismatches.front().difference.what;
}

// Two versions of a rule set, a year apart: each budget replays with the version stored with it,
// years later and with no rule-set file on disk.
TEST(Replay, UsesTheStoredVersionThatWasInForceAndNoFileOnDisk) {
    TempDir dir;
    const std::string model(embedded_model_ras_text());
    std::string next_year = model;
    next_year.replace(next_year.find("effective_from = 2026-04-01"), 27, "effective_from = 2027-04-01");
    next_year.replace(next_year.find("\"£3.20\""), 7, "\"£3.35\"");
    std::string this_year = model;
    this_year.replace(this_year.find("effective_from = 2026-04-01"), 27, "effective_from = 2026-04-01\neffective_to = 2027-03-31");
    const std::vector<RuleSetSource> versions = {{"2026.toml", this_year}, {"2027.toml", next_year}};
    std::vector<Assessment> people = generated_assessments(4, 5);
    {
        DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
        for (std::size_t i = 0; i < people.size(); ++i) {
            people[i].date = i % 2 ? boost::gregorian::date(2027, 6, 1) : boost::gregorian::date(2026, 6, 1);
            register_person(store, people[i].person, kWorker);
            record_assessment(store, people[i], kWorker, versions);
        }
    }
    const DecisionStore auditor = DecisionStore::open(dir.file("r.db"), auditor_options());
    EXPECT_EQ(auditor.rule_set_hashes().size(), 2u);
    const ReplayReport report = replay_record(auditor, {});
    EXPECT_EQ(report.replayed, 4);
    EXPECT_EQ(report.rule_sets, 2u);
    EXPECT_TRUE(report.all_reproduce());
}

// A forger who rewrites the figure and then the whole chain passes `verify`; replay still finds it.
TEST(Replay, AFigureChangedAndTheChainRewrittenIsCaughtAndNamed) {
    TempDir dir;
    {
        DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
        record_story(store, 3);
    }
    forge_payload(dir.file("r.db"), 3, [](const std::string& payload) {
        nlohmann::json changed = nlohmann::json::parse(payload);
        changed["budget"]["weekly_pence"] = changed["budget"]["weekly_pence"].get<std::int64_t>() + 100;
        return changed.dump();
    });
    rewrite_chain(dir.file("r.db"));
    const DecisionStore auditor = DecisionStore::open(dir.file("r.db"), auditor_options());
    EXPECT_TRUE(verify_record(auditor).intact());
    const ReplayReport report = replay_record(auditor, {});
    ASSERT_EQ(report.mismatch_count, 1u);
    EXPECT_EQ(report.mismatches[0].event, 3);
    ASSERT_FALSE(report.mismatches[0].difference.details.empty());
    EXPECT_EQ(report.mismatches[0].difference.details[0].rfind("budget.weekly_pence: recorded ", 0), 0u)
        << report.mismatches[0].difference.details[0];
}

// Replay reads stored assessments without a tree only when they are in canonical form; one that
// is not (a space added, the chain rewritten) is read the full way and named as not canonical.
TEST(Replay, AnAssessmentNotInCanonicalFormIsReadTheFullWayAndNamed) {
    TempDir dir;
    {
        DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
        record_story(store, 3);
    }
    forge_payload(dir.file("r.db"), 3, [](std::string payload) {
        EXPECT_EQ(payload.rfind("{\"assessment\":{\"answers\":", 0), 0u);
        return payload.insert(std::string("{\"assessment\":{").size(), " ");
    });
    rewrite_chain(dir.file("r.db"));
    const ReplayReport report = replay_record(DecisionStore::open(dir.file("r.db"), auditor_options()), {});
    EXPECT_EQ(report.replayed, 3);
    ASSERT_EQ(report.mismatch_count, 1u);
    EXPECT_EQ(report.mismatches[0].event, 3);
    ASSERT_EQ(report.mismatches[0].difference.details.size(), 1u);
    EXPECT_EQ(report.mismatches[0].difference.details[0], "the same content, but the recorded bytes are not in canonical form");
}

// A large record is read by two readers, each its own half of the ids on its own connection:
// the report is the one a single reader gives, mismatches in both halves included, with a
// filter too, and the progress it reports only moves forward, to the last event.
TEST(Replay, TwoReadersReportWhatOneReaderReports) {
    TempDir dir;
    {
        DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
        record_story(store, 40, 5);
    }
    const auto budget_events = [&] {
        SQLite::Database db(dir.file("r.db"), SQLite::OPEN_READONLY);
        std::vector<std::int64_t> ids;
        SQLite::Statement query(db, "SELECT id FROM events WHERE type = 'indicative-budget-computed' ORDER BY id");
        while (query.executeStep()) ids.push_back(query.getColumn(0).getInt64());
        return ids;
    }();
    ASSERT_EQ(budget_events.size(), 40u);
    for (const std::int64_t id : {budget_events[3], budget_events[36]})  // one in each half
        forge_payload(dir.file("r.db"), id, [](const std::string& payload) {
            nlohmann::json changed = nlohmann::json::parse(payload);
            changed["budget"]["annual_pence"] = changed["budget"]["annual_pence"].get<std::int64_t>() + 1;
            return changed.dump();
        });
    rewrite_chain(dir.file("r.db"));
    const DecisionStore auditor = DecisionStore::open(dir.file("r.db"), auditor_options());
    const std::string late_person = auditor.event(budget_events[36])->person;  // in the second half
    const auto describe = [](const ReplayReport& r) {
        std::string out = std::to_string(r.replayed) + " replayed, " + std::to_string(r.rule_sets) + " rule sets;";
        for (const auto& [type, count] : r.replayed_by_type) out += " " + type + "=" + std::to_string(count);
        for (const ReplayMismatch& m : r.mismatches) {
            out += "\n" + std::to_string(m.event) + " " + m.person + ": " + m.difference.what;
            for (const std::string& d : m.difference.details) out += " / " + d;
        }
        return out;
    };
    for (const std::optional<std::string>& person : {std::optional<std::string>(), std::optional<std::string>(late_person)}) {
        ReplayFilter filter;
        filter.person = person;
        ReplayOptions one, two;
        one.threads = two.threads = 2;
        one.readers = 1;
        two.readers = 2;
        std::vector<std::pair<std::int64_t, std::int64_t>> seen;
        two.progress = [&](std::int64_t at, std::int64_t last) { seen.emplace_back(at, last); };
        const ReplayReport by_one = replay_record(auditor, filter, one), by_two = replay_record(auditor, filter, two);
        EXPECT_EQ(describe(by_two), describe(by_one));
        ASSERT_FALSE(seen.empty());
        EXPECT_EQ(seen.back().first, seen.back().second);
        for (std::size_t i = 1; i < seen.size(); ++i) EXPECT_LE(seen[i - 1].first, seen[i].first);
        if (person) {
            EXPECT_EQ(by_two.replayed, 1);
            ASSERT_EQ(by_two.mismatch_count, 1u);
            EXPECT_EQ(by_two.mismatches[0].event, budget_events[36]);
        } else {
            EXPECT_EQ(by_two.replayed, 40);
            ASSERT_EQ(by_two.mismatch_count, 2u);
            EXPECT_EQ(by_two.mismatches[0].event, budget_events[3]);
            EXPECT_EQ(by_two.mismatches[1].event, budget_events[36]);
        }
    }
}

TEST(Replay, FiltersByPersonAndByTheDayRecorded) {
    TempDir dir;
    {
        DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options(ticking_clock(0)));
        record_story(store, 4, 3);  // 4 people, with a minute per event: all on 1 May 2026
    }
    const DecisionStore auditor = DecisionStore::open(dir.file("r.db"), auditor_options());
    ReplayFilter one;
    one.person = generated_assessments(4, 3)[2].person;
    EXPECT_EQ(replay_record(auditor, one).replayed, 1);
    ReplayFilter may;
    may.from = boost::gregorian::date(2026, 5, 1);
    may.to = boost::gregorian::date(2026, 5, 1);
    EXPECT_EQ(replay_record(auditor, may).replayed, 4);
    ReplayFilter june;
    june.from = boost::gregorian::date(2026, 6, 1);
    EXPECT_EQ(replay_record(auditor, june).replayed, 0);
}

TEST(Replay, AComputedEventWithNoReplayerIsReportedNotSkipped) {
    TempDir dir;
    {
        DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
        record_story(store, 1);
    }
    const ReplayReport report = replay_record(DecisionStore::open(dir.file("r.db"), auditor_options()), {}, {}, ReplayDispatcher{});
    ASSERT_EQ(report.mismatch_count, 1u);
    EXPECT_NE(report.mismatches[0].difference.what.find("cannot work out"), std::string::npos);
}

TEST(Replay, TheDispatcherRunsTheReplayerRegisteredForEachType) {
    TempDir dir;
    {
        DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
        record_story(store, 2);
    }
    ReplayDispatcher replayers;
    std::atomic<int> calls = 0;
    replayers.add(EventType::IndicativeBudgetComputed, [&](const ReplayItem&, const ReplayContext&) -> std::optional<ReplayDifference> {
        ++calls;
        return std::nullopt;
    });
    EXPECT_TRUE(replay_record(DecisionStore::open(dir.file("r.db"), auditor_options()), {}, {}, replayers).all_reproduce());
    EXPECT_EQ(calls, 2);
}

// A support plan and its check, recorded and replayed.
TEST(Replay, APlanCheckReproducesByteForByte) {
    const std::string plan_path = std::string(OPENRAS_SOURCE_DIR) + "/examples/plans/good-plan.toml";
    if (!std::filesystem::exists(plan_path)) GTEST_SKIP() << "no example plan yet at " << plan_path;
    TempDir dir;
    DecisionStore store = DecisionStore::open(dir.file("r.db"), writer_options());
    const std::string text = file_bytes(plan_path);
    Assessment a = generated_assessments(1, 9).front();
    const std::size_t at = text.find("person = \"");
    a.person = text.substr(at + 10, text.find('"', at + 10) - at - 10);
    register_person(store, a.person, kWorker);
    record_assessment(store, a, kWorker, model_ras());
    const RecordedPlan recorded = record_plan(store, text, "good-plan.toml", kWorker, model_ras());
    EXPECT_EQ(store.event(recorded.check_event)->refers_to, recorded.plan_event);
    const ReplayReport report = replay_record(DecisionStore::open(dir.file("r.db"), auditor_options()), {});
    EXPECT_EQ(report.replayed_by_type.at("plan-checked"), 1);
    EXPECT_TRUE(report.all_reproduce()) << report.mismatches.front().difference.what << " "
                                        << (report.mismatches.front().difference.details.empty()
                                                ? std::string()
                                                : report.mismatches.front().difference.details[0]);
}

}  // namespace
}  // namespace openras
