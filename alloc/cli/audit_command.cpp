// `openras audit verify|replay|show|keygen|checkpoint`: what an auditor runs. Every command opens
// the record read-only; none can change it. Exit codes: 0 intact / all reproduce, 1 a problem
// found or bad input (the report says which), 2 usage.
#include "alloc/record/checkpoint.hpp"
#include "alloc/record/checkpointer.hpp"
#include "alloc/record/council/council_record.hpp"
#include "alloc/record/witness.hpp"
#include "alloc/record/record_backup.hpp"
#include "alloc/cli/store_cli.hpp"
#include "alloc/io/dates.hpp"
#include "alloc/io/file_input.hpp"
#include "alloc/io/file_output.hpp"
#include "alloc/audit/record_verifier.hpp"
#include "alloc/audit/replay.hpp"
#include "alloc/audit/timeline.hpp"

#include <iostream>

namespace openras::cli {
namespace {

std::string event_label(const DecisionStore& store, EventId id) {
    if (id == 0) return "the record as a whole";
    const std::optional<StoredEvent> e = store.event(id);
    if (!e) return "event " + std::to_string(id);
    return "event " + std::to_string(id) + " (" + e->type + ", " + e->person + ", recorded " + e->recorded_at + ")";
}

void print_problem(const DecisionStore& store, const ChainProblem& p, const std::string& indent) {
    std::cout << indent << event_label(store, p.event) << ": " << p.what << ".\n";
    for (const std::string& detail : p.details) std::cout << indent << "    " << detail << "\n";
}

struct VerifyOptionsCli {
    std::string db, checkpoint, public_key;
    std::vector<std::string> witnesses;
};

// Every checkpoint each witness kept, checked against the record (checkpointer.hpp).
std::vector<ChainProblem> witnessed_problems(const DecisionStore& store, const VerifyOptionsCli& o, std::string& note) {
    std::optional<PublicKey> trusted;
    if (!o.public_key.empty()) trusted = read_public_key(o.public_key);
    std::vector<ChainProblem> problems;
    for (const std::string& where : o.witnesses) {
        const std::vector<Checkpoint> kept = open_witness(where)->checkpoints();
        std::optional<Checkpoint> newest;
        std::vector<ChainProblem> found = check_witnessed(store, kept, trusted, newest);
        if (kept.empty())
            found.push_back({0, "the witness " + CouncilRecord::shown_address(where) +
                                    " holds no checkpoint: it is not where this record's checkpoints are kept, or it was emptied",
                             {}});
        problems.insert(problems.end(), found.begin(), found.end());
        note += (note.empty() ? "" : "\n  ") + std::string("Witness ") + CouncilRecord::shown_address(where) + ": " +
                std::to_string(kept.size()) + (kept.size() == 1 ? " checkpoint" : " checkpoints") +
                (newest ? ", the latest of event " + std::to_string(newest->event) + " signed " + newest->signed_at : std::string()) +
                (trusted ? "" : " (not compared with a key you trust: give --public-key)");
    }
    return problems;
}

std::vector<ChainProblem> checkpoint_problems(const DecisionStore& store, const VerifyOptionsCli& o, std::string& note) {
    const Checkpoint checkpoint = parse_checkpoint(read_whole_file(o.checkpoint), o.checkpoint);
    std::optional<PublicKey> trusted;
    if (!o.public_key.empty()) trusted = read_public_key(o.public_key);
    std::vector<ChainProblem> problems = check_checkpoint(store, checkpoint, trusted);
    note = "Checkpoint " + o.checkpoint + ": event " + std::to_string(checkpoint.event) + ", signed " + checkpoint.signed_at +
           " by key " + public_key_hex(checkpoint.public_key) +
           (!trusted                          ? " (not compared with a key you trust: give --public-key)"
            : *trusted == checkpoint.public_key ? " (the key you trust)"
                                                : " (not the key you trust)");
    return problems;
}

int run_verify(const VerifyOptionsCli& o) {
    const DecisionStore store = DecisionStore::open_to_read(o.db);
    ProgressBar progress("Verifying");
    VerifyOptions options;
    options.progress = std::ref(progress);
    options.keep_problems = 100;
    VerifyReport report = verify_record(store, options);
    std::string note;
    if (!o.checkpoint.empty()) {
        std::vector<ChainProblem> signed_problems = checkpoint_problems(store, o, note);
        report.problem_count += signed_problems.size();
        report.problems.insert(report.problems.end(), signed_problems.begin(), signed_problems.end());
    }
    if (!o.witnesses.empty()) {
        std::vector<ChainProblem> witnessed = witnessed_problems(store, o, note);
        report.problem_count += witnessed.size();
        report.problems.insert(report.problems.end(), witnessed.begin(), witnessed.end());
    }
    if (report.intact()) {
        std::cout << "The decision record " << store.path() << " is intact.\n"
                  << "  Events: " << with_commas(report.events) << ", each linked to the one before by its chain hash.\n"
                  << "  Last event: " << report.head.event << ", chain hash " << chain_hash_hex(report.head.hash) << "\n"
                  << "  Rule sets stored: " << report.rule_sets << ", each still with the hash it is stored under.\n";
        if (!note.empty()) std::cout << "  " << note << ": the record still holds it.\n";
        return kExitOk;
    }
    std::cout << "The decision record " << store.path() << " did not verify: " << report.problem_count
              << (report.problem_count == 1 ? " problem.\n" : " problems.\n");
    if (!note.empty()) std::cout << note << ".\n";
    std::cout << (report.problems.front().event != 0 ? "First broken link:\n" : "Problem:\n");
    print_problem(store, report.problems.front(), "  ");
    if (report.problems.size() > 1) std::cout << "Other problems:\n";
    for (std::size_t i = 1; i < report.problems.size(); ++i) print_problem(store, report.problems[i], "  ");
    if (report.problem_count > report.problems.size())
        std::cout << "  ... and " << report.problem_count - report.problems.size() << " more.\n";
    return kExitInvalid;
}

struct ReplayOptionsCli {
    std::string db, person, from, to;
};

std::string replayed_counts(const ReplayReport& report) {
    std::string out;
    for (const auto& [type, count] : report.replayed_by_type)
        out += (out.empty() ? "" : ", ") + with_commas(count) + " " + type;
    return out.empty() ? "" : " (" + out + ")";
}

int run_replay(const ReplayOptionsCli& o) {
    ReplayFilter filter;
    if (!o.person.empty()) filter.person = o.person;
    if (!o.from.empty()) filter.from = parse_iso_date(o.from, SourceLocation{{}, 0, 0, "--from"});
    if (!o.to.empty()) filter.to = parse_iso_date(o.to, SourceLocation{{}, 0, 0, "--to"});
    const DecisionStore store = DecisionStore::open_to_read(o.db);
    ProgressBar progress("Replaying");
    const ReplayReport report = replay_record(store, filter, {std::ref(progress), 100});
    if (report.replayed == 0) {
        std::cout << "Nothing to replay: no computed event matches.\n";
        return kExitOk;
    }
    std::cout << "Replayed " << with_commas(report.replayed) << (report.replayed == 1 ? " computed event" : " computed events")
              << replayed_counts(report) << " with " << report.rule_sets << (report.rule_sets == 1 ? " stored rule set" : " stored rule sets");
    if (report.all_reproduce()) {
        std::cout << ": every one reproduces byte for byte.\n";
        return kExitOk;
    }
    std::cout << ": " << report.mismatch_count << (report.mismatch_count == 1 ? " does" : " do") << " not reproduce.\n";
    for (const ReplayMismatch& m : report.mismatches) {
        std::cout << "  event " << m.event << " (" << m.type << ", " << m.person << "): " << m.difference.what << ".\n";
        for (const std::string& detail : m.difference.details) std::cout << "      " << detail << "\n";
    }
    if (report.mismatch_count > report.mismatches.size())
        std::cout << "  ... and " << report.mismatch_count - report.mismatches.size() << " more.\n";
    return kExitInvalid;
}

int run_keygen(const std::string& out) {
    const SigningKey key = generate_signing_key();
    write_signing_key_files(out, key);
    std::cout << "Signing key written to " << out << " (keep it secret; it signs checkpoints).\n"
              << "Public key written to " << out << ".pub (give it to whoever checks the checkpoints):\n"
              << "  " << public_key_hex(key.public_key) << "\n";
    return kExitOk;
}

int run_checkpoint(const std::string& db, const std::string& key_path, const std::string& out) {
    const SigningKey key = read_signing_key(key_path);
    const DecisionStore store = DecisionStore::open_to_read(db);
    ProgressBar progress("Verifying");
    VerifyOptions options;
    options.progress = std::ref(progress);
    options.keep_problems = 1;
    const VerifyReport report = verify_record(store, options);
    if (!report.intact()) {
        std::cerr << db << ": the record is not intact, so no checkpoint was signed; run `openras audit verify " << db
                  << "` to see why.\n";
        return kExitInvalid;
    }
    const Checkpoint checkpoint = sign_checkpoint(store.store_id(), report.head, key, iso_utc(system_utc_clock()()));
    write_file_atomically(out, checkpoint_text(checkpoint));
    std::cout << "Checkpoint written to " << out << ": event " << checkpoint.event << ", chain hash "
              << chain_hash_hex(checkpoint.chain_hash) << ", signed by " << public_key_hex(checkpoint.public_key)
              << ".\nKeep it outside the record; `openras audit verify " << db << " --checkpoint " << out
              << " --public-key KEY` checks the record against it.\n";
    return kExitOk;
}

void add_verify(CLI::App* audit, Outcome& outcome) {
    auto o = std::make_shared<VerifyOptionsCli>();
    CLI::App* verify = audit->add_subcommand("verify", "Check the whole record's hash chain; exit 0 only when it is intact");
    verify->add_option("db", o->db, kRecordHelp)->required();
    verify->add_option("--checkpoint", o->checkpoint, "Also check the record against this signed checkpoint");
    verify->add_option("--witness", o->witnesses,
                       "Also check the record against every checkpoint this witness kept (a file, or postgresql://…); "
                       "may be given more than once");
    verify->add_option("--public-key", o->public_key,
                       "The key the checkpoints must be signed by (64 hex digits or a .pub file)");
    run_store_command(verify, outcome, [o] { return run_verify(*o); });
}

void add_replay(CLI::App* audit, Outcome& outcome) {
    auto o = std::make_shared<ReplayOptionsCli>();
    CLI::App* replay = audit->add_subcommand(
        "replay", "Work every computed event out again from its stored inputs and rule set; exit 0 only when all match");
    replay->add_option("db", o->db, kRecordHelp)->required();
    replay->add_option("--person", o->person, "Only this person's events");
    replay->add_option("--from", o->from, "Only events recorded on or after this day (YYYY-MM-DD, UTC)");
    replay->add_option("--to", o->to, "Only events recorded on or before this day (YYYY-MM-DD, UTC)");
    run_store_command(replay, outcome, [o] { return run_replay(*o); });
}

void add_show(CLI::App* audit, Outcome& outcome) {
    auto o = std::make_shared<ReplayOptionsCli>();
    CLI::App* show = audit->add_subcommand("show", "A person's record in plain English: each decision, who made it and why");
    show->add_option("db", o->db, kRecordHelp)->required();
    show->add_option("--person", o->person, "The person's reference")->required();
    run_store_command(show, outcome, [o] {
        std::cout << person_timeline(DecisionStore::open_to_read(o->db), o->person);
        return kExitOk;
    });
}

void add_keys(CLI::App* audit, Outcome& outcome) {
    auto out = std::make_shared<std::string>();
    CLI::App* keygen = audit->add_subcommand("keygen", "Make an Ed25519 key for signing checkpoints (KEYFILE and KEYFILE.pub)");
    keygen->add_option("--out", *out, "Where to write the signing key; never overwritten")->required();
    run_store_command(keygen, outcome, [out] { return run_keygen(*out); });

    auto db = std::make_shared<std::string>(), key = std::make_shared<std::string>(), file = std::make_shared<std::string>();
    CLI::App* checkpoint = audit->add_subcommand(
        "checkpoint", "Verify the record, then sign its head and write it to a file kept outside the record");
    checkpoint->add_option("db", *db, kRecordHelp)->required();
    checkpoint->add_option("--key", *key, "The signing key (from `openras audit keygen`)")->required();
    checkpoint->add_option("--out", *file, "Where to write the checkpoint")->required();
    run_store_command(checkpoint, outcome, [db, key, file] { return run_checkpoint(*db, *key, *file); });
}

void add_backup(CLI::App* audit, Outcome& outcome) {
    auto db = std::make_shared<std::string>(), out = std::make_shared<std::string>();
    CLI::App* backup = audit->add_subcommand(
        "backup", "Copy the record as it is at one moment, safely while it is in use (SQLite's online backup)");
    backup->add_option("--db", *db, kRecordHelp)->required();
    backup->add_option("--out", *out, "Where to write the copy; never overwritten")->required();
    run_store_command(backup, outcome, [db, out] {
        const StoreHead head = backup_record(DecisionStore::open_to_read(*db), *out);
        std::cout << "Backed up " << *db << " to " << *out << ": " << head.event << (head.event == 1 ? " event" : " events")
                  << ", the last with chain hash " << chain_hash_hex(head.hash) << ".\n`openras audit verify " << *out
                  << "` checks the copy.\n";
        return kExitOk;
    });
}

}  // namespace

void add_audit_commands(CLI::App& app, Outcome& outcome) {
    CLI::App* audit = add_command_group(app, "audit", "Check, replay and read the decision record (read-only)");
    add_verify(audit, outcome);
    add_replay(audit, outcome);
    add_show(audit, outcome);
    add_keys(audit, outcome);
    add_backup(audit, outcome);
}

}  // namespace openras::cli
