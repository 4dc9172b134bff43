// openras_store_writer: a test helper that appends to a decision record in a loop, printing each
// event id on standard output (unbuffered) only after the append that wrote it has returned, so a
// test that kills it at a random moment knows exactly which events it saw committed.
//
//   openras_store_writer DB NAME [--seconds S] [--count N] [--budget-every K]
//
// It registers the person NAME (unless already registered), then records small events (reviews
// and disputes) with an assessment and its indicative budget every K appends (default 10).
// Exit 0 when done; 3 with a message on standard error when any append fails (for example a
// "database is locked" error that should never reach a caller).
#include "alloc/case/case_actions.hpp"
#include "alloc/caseload/caseload_generator.hpp"
#include "rules/ruleset_loader.hpp"

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <unistd.h>

namespace {

using namespace openras;

void say_committed(EventId id) {
    const std::string line = std::to_string(id) + "\n";
    if (::write(1, line.data(), line.size()) != ssize_t(line.size())) std::exit(4);
}

Assessment assessment_for(const std::string& person, std::uint64_t seed) {
    const auto rules = embedded_default_rule_set();
    const GeneratedPerson generated = generate_caseload(rules, 1, seed).front();
    Assessment a;
    a.person = person;
    a.date = boost::gregorian::date(2026, 5, 1);
    for (std::size_t q = 0; q < rules->questions.size(); ++q)
        if (generated.answers.answer_index[q] >= 0)
            a.answers.push_back({rules->questions[q].id,
                                 rules->questions[q].answers[std::size_t(generated.answers.answer_index[q])].id, {}});
    return a;
}

struct Settings {
    std::string db, name;
    double seconds = 0;
    long count = 0;
    long budget_every = 10;
};

Settings parse(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: openras_store_writer DB NAME [--seconds S] [--count N] [--budget-every K]\n";
        std::exit(2);
    }
    Settings s{argv[1], argv[2]};
    for (int i = 3; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--seconds") == 0) s.seconds = std::atof(argv[i + 1]);
        if (std::strcmp(argv[i], "--count") == 0) s.count = std::atol(argv[i + 1]);
        if (std::strcmp(argv[i], "--budget-every") == 0) s.budget_every = std::max(1L, std::atol(argv[i + 1]));
    }
    return s;
}

void write_loop(DecisionStore& store, const Settings& s) {
    const Actor worker{"Writer " + s.name, Role::SocialWorker};
    const std::vector<RuleSetSource> rules = {{kEmbeddedDefaultName, std::string(embedded_model_ras_text())}};
    if (!store.person_registered(s.name)) say_committed(register_person(store, s.name, worker));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(s.seconds);
    for (long i = 1; s.count == 0 || i <= s.count; ++i) {
        if (s.seconds > 0 && std::chrono::steady_clock::now() >= deadline) break;
        if (i % s.budget_every == 0) {
            const RecordedBudget recorded = record_assessment(store, assessment_for(s.name, std::uint64_t(i)), worker, rules);
            say_committed(recorded.assessment_event);
            say_committed(recorded.budget_event);
        } else if (i % 2 == 0) {
            say_committed(schedule_review(store, s.name, worker, boost::gregorian::date(2026, 7, 1), "review " + std::to_string(i)));
        } else {
            say_committed(record_dispute(store, s.name, worker, std::nullopt, "dispute " + std::to_string(i)));
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    const Settings settings = parse(argc, argv);
    try {
        StoreOptions options;
        options.create_if_missing = true;
        DecisionStore store = DecisionStore::open(settings.db, options);
        write_loop(store, settings);
    } catch (const std::exception& e) {
        std::cerr << "openras_store_writer " << settings.name << ": " << e.what() << "\n";
        return 3;
    }
    return 0;
}
