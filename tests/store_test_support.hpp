#pragma once
// Helpers shared by the decision-record tests: temporary folders, a clock that ticks a minute per
// event (so records are reproducible), the model RAS and generated people to assess with it, a
// small story of a case, raw file bytes, and rewriting a record's whole chain the way a forger
// who knows the format would.
#include "alloc/budget/assessment.hpp"
#include "alloc/case/case_actions.hpp"
#include "alloc/caseload/caseload_generator.hpp"
#include "alloc/record/decision_store.hpp"
#include "alloc/record/event_chain.hpp"
#include "alloc/record/store_schema.hpp"
#include "rules/ruleset_loader.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <utility>
#include <vector>

namespace openras::test {

namespace fs = std::filesystem;

class TempDir {
public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "openras-store-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string file(const std::string& name) const { return (path_ / name).string(); }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

// 1 May 2026 09:00 UTC, then a minute later at every call.
inline UtcClock ticking_clock(int start_minute = 0) {
    auto minute = std::make_shared<int>(start_minute);
    return [minute] {
        return boost::posix_time::ptime(boost::gregorian::date(2026, 5, 1), boost::posix_time::hours(9)) +
               boost::posix_time::minutes((*minute)++);
    };
}

inline StoreOptions writer_options(UtcClock clock = ticking_clock()) {
    StoreOptions options;
    options.create_if_missing = true;
    options.clock = std::move(clock);
    return options;
}

inline StoreOptions auditor_options() {
    StoreOptions options;
    options.access = StoreAccess::ReadOnly;
    return options;
}

inline const Actor kWorker{"Sam Patel", Role::SocialWorker};
inline const Actor kPanel{"Pat Okafor", Role::PanelMember};
inline Actor person_actor(const std::string& person) { return Actor{person, Role::ServiceUser}; }

inline std::vector<RuleSetSource> model_ras() {
    return {{kEmbeddedDefaultName, std::string(embedded_model_ras_text())}};
}

// Generated people (synthetic) as assessments for the model RAS, dated 1 May 2026.
inline std::vector<Assessment> generated_assessments(std::size_t count, std::uint64_t seed,
                                                     boost::gregorian::date day = boost::gregorian::date(2026, 5, 1)) {
    const auto rules = embedded_default_rule_set();
    std::vector<Assessment> out;
    for (const GeneratedPerson& person : generate_caseload(rules, count, seed)) {
        Assessment a;
        a.person = person.person;
        a.date = day;
        a.source = person.person;
        for (std::size_t q = 0; q < rules->questions.size(); ++q) {
            const int answer = person.answers.answer_index[q];
            if (answer < 0) continue;
            a.answers.push_back({rules->questions[q].id, rules->questions[q].answers[std::size_t(answer)].id, {}});
        }
        out.push_back(std::move(a));
    }
    return out;
}

// Each person registered, assessed (answers and budget), their final budget agreed with a reason,
// a review scheduled; every third has a correction and a dispute.
inline void record_story(DecisionStore& store, std::size_t people, std::uint64_t seed = 7) {
    const std::vector<Assessment> assessments = generated_assessments(people, seed);
    for (std::size_t i = 0; i < assessments.size(); ++i) {
        const Assessment& a = assessments[i];
        register_person(store, a.person, kWorker);
        const RecordedBudget recorded = record_assessment(store, a, person_actor(a.person), model_ras());
        const Actor decider = recorded.budget.refer_to_panel() ? kPanel : kWorker;
        const EventId agreed = agree_final_budget(store, a.person, decider, recorded.budget_event,
                                                  recorded.budget.weekly + Money::from_pence(1000), "Transport to the day centre");
        schedule_review(store, a.person, kWorker, boost::gregorian::date(2026, 7, 1), "first review");
        if (i % 3 == 0) {
            record_correction(store, kWorker, agreed, "typed the wrong amount", "it should be £10.00 less");
            record_dispute(store, a.person, person_actor(a.person), recorded.budget_event, "my family cannot help that much");
        }
    }
}

// Runs the openras command line with `arguments` (shell words): its exit code, then everything
// it wrote to standard output and standard error.
inline std::pair<int, std::string> run_openras_line(const std::string& arguments) {
    FILE* pipe = ::popen((std::string(OPENRAS_BINARY) + " " + arguments + " 2>&1").c_str(), "r");
    std::string out;
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    const int status = ::pclose(pipe);
    return {WEXITSTATUS(status), out};
}

inline std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

inline void write_bytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

// The append-only triggers, dropped so that a test can tamper as an attacker would, and put back.
inline void drop_guards(SQLite::Database& db) {
    for (const char* name : {"events_never_change", "events_never_deleted", "rule_sets_never_change", "rule_sets_never_deleted",
                             "rule_set_digests_never_change", "rule_set_digests_never_deleted"})
        db.exec(std::string("DROP TRIGGER IF EXISTS ") + name);
}

inline void restore_guards(SQLite::Database& db) {
    const int version = db.execAndGet("PRAGMA user_version").getInt();
    for (const SchemaStep& step : schema_steps()) {
        if (step.to == 2) db.exec(std::string(step.sql));
        // Schema 4 made a table too; only its triggers are put back.
        if (step.to == kSchemaWithRuleSetDigests && version >= step.to)
            db.exec(std::string(step.sql.substr(step.sql.find("CREATE TRIGGER"))));
    }
}

// Recomputes every chain hash and the head from the stored columns, as a forger who rewrote the
// whole file would: afterwards the chain itself is consistent again.
inline void rewrite_chain(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    drop_guards(db);
    const std::string store_id = db.execAndGet("SELECT value FROM meta WHERE key = 'store_id'").getString();
    std::map<std::string, ChainHash> digests;
    SQLite::Statement texts(db, "SELECT hash, text FROM rule_sets");
    while (texts.executeStep()) digests[texts.getColumn(0).getString()] = Sha256::of(texts.getColumn(1).getString());
    if (db.execAndGet("PRAGMA user_version").getInt() >= kSchemaWithRuleSetDigests) {
        db.exec("DELETE FROM rule_set_digests");  // recorded again, to match the texts as they are now
        for (const auto& [hash, digest] : digests) {
            SQLite::Statement insert(db, "INSERT INTO rule_set_digests (hash, text_sha256) VALUES (?, ?)");
            insert.bind(1, hash);
            insert.bind(2, digest.data(), 32);
            insert.exec();
        }
    }
    ChainHash previous = genesis_hash(store_id);
    EventId last = 0;
    std::vector<std::pair<EventId, ChainHash>> updates;
    SQLite::Statement rows(db, std::string("SELECT ") + kEventColumns + " FROM events ORDER BY id");
    while (rows.executeStep()) {
        const std::string type = rows.getColumn(1).getString(), person = rows.getColumn(2).getString(),
                          actor = rows.getColumn(3).getString(), role = rows.getColumn(4).getString(),
                          at = rows.getColumn(5).getString(), rule_set = rows.getColumn(7).getString(),
                          payload = rows.getColumn(8).getString();
        EventColumns c{rows.getColumn(0).getInt64(), type, person, actor, role, at, std::nullopt, std::nullopt, nullptr, payload};
        if (!rows.getColumn(6).isNull()) c.refers_to = rows.getColumn(6).getInt64();
        if (!rows.getColumn(7).isNull()) {
            c.rule_set = rule_set;
            c.rule_set_text_digest = &digests[rule_set];
        }
        std::string bytes;
        append_canonical_bytes(c, bytes);
        previous = next_chain_hash(previous, bytes);
        updates.emplace_back(c.id, previous);
        last = c.id;
    }
    for (const auto& [id, hash] : updates) {
        SQLite::Statement update(db, "UPDATE events SET chain_hash = ? WHERE id = ?");
        update.bind(1, hash.data(), 32);
        update.bind(2, static_cast<std::int64_t>(id));
        update.exec();
    }
    db.exec("UPDATE meta SET value = '" + std::to_string(last) + "' WHERE key = 'head_event'");
    db.exec("UPDATE meta SET value = '" + chain_hash_hex(previous) + "' WHERE key = 'head_hash'");
    restore_guards(db);
}

}  // namespace openras::test
