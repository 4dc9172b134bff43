// `openras record …`: setting up the decision record on a council's PostgreSQL server, run by the
// council's database owner (a role no person records as):
//   openras record create --db postgresql://openras_owner@HOST/DATABASE
//   openras record add-login --db … --login sam.patel --role social-worker
//   openras record migrate --from kiosk.db --to postgresql://openras_owner@HOST/DATABASE
//   openras record create-witness --db postgresql://OWNER@WITNESS-HOST/DATABASE --login checkpointer
//   openras record checkpointer --db … --key checkpoint.key --witness … [--every N] [--minutes M]
#include "alloc/audit/record_verifier.hpp"
#include "alloc/cli/store_cli.hpp"
#include "alloc/record/checkpointer.hpp"
#include "alloc/record/council/council_migration.hpp"
#include "alloc/record/witness.hpp"
#include "alloc/record/council/council_record.hpp"
#include "alloc/record/council/council_schema.hpp"
#include "rules/error.hpp"

#include <pqxx/pqxx>

#include <atomic>
#include <csignal>
#include <iostream>
#include <thread>

namespace openras::cli {
namespace {

// A connection as the owner, with the server's refusals said as OpenRAS says errors.
template <class Work>
void as_owner(const std::string& address, Work work) {
    const std::string shown = CouncilRecord::shown_address(address);
    if (!CouncilRecord::is_address(address))
        throw OpenRasError(Error{ErrorCode::InvalidValue, "give the council's server as postgresql://OWNER@HOST/DATABASE",
                                 SourceLocation{shown, 0, 0, "--db"}});
    try {
        pqxx::connection owner(address);
        work(owner);
    } catch (const OpenRasError&) {
        throw;
    } catch (const pqxx::broken_connection& e) {
        throw OpenRasError(Error{ErrorCode::Io, std::string("the council's server cannot be reached: ") + e.what(),
                                 SourceLocation{shown, 0, 0, {}}});
    } catch (const std::exception& e) {
        std::string says = e.what();
        if (const auto end = says.find('\n'); end != std::string::npos) says.resize(end);
        throw OpenRasError(Error{ErrorCode::Io, "the council's server refused: " + says, SourceLocation{shown, 0, 0, {}}});
    }
}

// Only a record that verifies is moved; the server's copy is verified again after, and must end
// at the same event with the same chain hash.
int run_migrate(const std::string& from_path, const std::string& to) {
    const DecisionStore from = DecisionStore::open_to_read(from_path);
    VerifyOptions options;
    options.keep_problems = 1;
    const VerifyReport before = verify_record(from, options);
    if (!before.intact())
        throw OpenRasError(Error{ErrorCode::StoreFormat,
                                 "does not verify (" + before.problems.front().what + "), so it was not moved; run `openras audit verify " +
                                     from_path + "` to see why",
                                 SourceLocation{from_path, 0, 0, {}}});
    MovedRecord moved;
    ProgressBar progress("Moving");
    as_owner(to, [&](pqxx::connection& owner) {
        moved = move_record_to_council(from, owner, CouncilRecord::shown_address(to), std::ref(progress));
    });
    const DecisionStore server = DecisionStore::open_to_read(to);
    const VerifyReport after = verify_record(server, options);
    if (!after.intact() || after.head.event != before.head.event || after.head.hash != before.head.hash)
        throw OpenRasError(Error{ErrorCode::StoreFormat,
                                 "holds the moved events but does not end as " + from_path + " does" +
                                     (after.problems.empty() ? std::string() : ": " + after.problems.front().what),
                                 SourceLocation{server.path(), 0, 0, {}}});
    std::cout << "Moved " << with_commas(moved.events) << " events and " << moved.rule_sets
              << (moved.rule_sets == 1 ? " rule set" : " rule sets") << " from " << from_path << " to " << server.path() << ".\n"
              << "  Last event: " << after.head.event << ", chain hash " << chain_hash_hex(after.head.hash)
              << ", the same as in " << from_path << ".\n"
              << "  The server's record verifies. Keep " << from_path << " as it is, with its backups.\n";
    return kExitOk;
}

std::atomic<bool> stop_checkpointer{false};

struct CheckpointerOptions {
    std::string db, key;
    std::vector<std::string> witnesses;
    EventId every = 1000;
    int minutes = 15, poll_seconds = 5;
    bool once = false;
};

// Signs as checkpoints fall due until stopped (SIGTERM, SIGINT); with --once, signs one if due and
// stops. A record that no longer matches a witnessed checkpoint, or whose new events do not link,
// stops it with exit code 1: it never signs over a rewrite. A server it cannot reach is tried
// again at the next round.
int run_checkpointer(const CheckpointerOptions& o) {
    const SigningKey key = read_signing_key(o.key);
    StoreOptions options;
    options.access = StoreAccess::ReadOnly;
    std::optional<DecisionStore> store;
    std::optional<Checkpointer> checkpointer;
    std::signal(SIGTERM, [](int) { stop_checkpointer = true; });
    std::signal(SIGINT, [](int) { stop_checkpointer = true; });
    while (!stop_checkpointer) {
        try {
            if (!checkpointer) {
                store.emplace(DecisionStore::open(o.db, options));
                std::vector<std::unique_ptr<Witness>> witnesses;
                for (const std::string& where : o.witnesses) witnesses.push_back(open_witness(where));
                checkpointer.emplace(*store, key, std::move(witnesses),
                                     CheckpointerSettings{o.every, std::chrono::minutes(o.minutes)});
            }
            if (const std::optional<Checkpoint> signed_now = checkpointer->run_once())
                std::cout << "Signed a checkpoint of event " << signed_now->event << " (chain hash "
                          << chain_hash_hex(signed_now->chain_hash) << ") at " << signed_now->signed_at << ", kept by "
                          << o.witnesses.size() << (o.witnesses.size() == 1 ? " witness.\n" : " witnesses.\n") << std::flush;
        } catch (const OpenRasError& e) {
            if (e.error().code != ErrorCode::Io) throw;
            std::cerr << e.what() << "; trying again in " << o.poll_seconds << " s.\n";
            checkpointer.reset();
            store.reset();
        }
        if (o.once) break;
        for (int waited = 0; waited < o.poll_seconds * 10 && !stop_checkpointer; ++waited)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return kExitOk;
}

}  // namespace

void add_record_commands(CLI::App& app, Outcome& outcome) {
    CLI::App* group = add_command_group(app, "record", "Set up the decision record on a council's PostgreSQL server");

    auto db = std::make_shared<std::string>();
    CLI::App* create = group->add_subcommand("create", "Make the record, its roles and their grants in an empty database");
    create->add_option("--db", *db, "The database, as its owner: postgresql://OWNER@HOST/DATABASE")->required();
    run_store_command(create, outcome, [db] {
        as_owner(*db, [](pqxx::connection& owner) { create_council_record(owner); });
        const DecisionStore store = DecisionStore::open_to_read(*db);
        std::cout << "Made the decision record " << store.path() << " (store id " << store.store_id() << ").\n"
                  << "Give each person who records something their own login: openras record add-login.\n";
        return kExitOk;
    });

    struct Login {
        std::string db, login, role;
    };
    auto l = std::make_shared<Login>();
    CLI::App* add = group->add_subcommand("add-login", "Give a person (or a kiosk) their own login in one role");
    add->add_option("--db", l->db, "The database, as its owner: postgresql://OWNER@HOST/DATABASE")->required();
    add->add_option("--login", l->login, "Their login, as the server will know it (sam.patel, kiosk-central-library)")->required();
    add->add_option("--role", l->role, "service-user (a kiosk), social-worker, panel-member or auditor")
        ->required()
        ->check(CLI::IsMember({"service-user", "social-worker", "panel-member", "auditor"}));
    run_store_command(add, outcome, [l] {
        as_owner(l->db, [&](pqxx::connection& owner) { add_council_login(owner, l->login, *role_from_name(l->role)); });
        std::cout << "Added the login " << l->login << " as a " << role_title(*role_from_name(l->role))
                  << ". The server authenticates it as its pg_hba.conf says (a password with scram-sha-256, or a certificate).\n";
        return kExitOk;
    });

    struct Move {
        std::string from, to;
    };
    auto m = std::make_shared<Move>();
    CLI::App* migrate = group->add_subcommand(
        "migrate", "Move a record from its SQLite file into the empty record on the council's server, keeping every hash");
    migrate->add_option("--from", m->from, "The SQLite file")->required();
    migrate->add_option("--to", m->to, "The server's record, as its owner: postgresql://OWNER@HOST/DATABASE")->required();
    run_store_command(migrate, outcome, [m] { return run_migrate(m->from, m->to); });

    struct WitnessOptions {
        std::string db, login;
        std::vector<std::string> readers;
    };
    auto w = std::make_shared<WitnessOptions>();
    CLI::App* witness = group->add_subcommand(
        "create-witness", "Make a witness database for the checkpointer, and give its login the right to add checkpoints");
    witness->add_option("--db", w->db, "The witness's database, as its owner (not the record's server)")->required();
    witness->add_option("--login", w->login, "The checkpointer's login on it (made when missing)")->required();
    witness->add_option("--reader", w->readers, "An auditor's login that may read it, and nothing else (repeatable)");
    run_store_command(witness, outcome, [w] {
        as_owner(w->db, [&](pqxx::connection& owner) {
            create_witness_database(owner);
            pqxx::work work(owner);
            const std::string login = work.quote_name(w->login);
            work.exec("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = " + work.quote(w->login) +
                      ") THEN CREATE ROLE " + login + " LOGIN; END IF; END $$");
            work.exec("GRANT openras_witness TO " + login);
            for (const std::string& reader : w->readers) {
                work.exec("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = " + work.quote(reader) +
                          ") THEN CREATE ROLE " + work.quote_name(reader) + " LOGIN; END IF; END $$");
                work.exec("GRANT openras_witness_reader TO " + work.quote_name(reader));
            }
            work.commit();
        });
        std::cout << "Made the witness " << CouncilRecord::shown_address(w->db) << "; " << w->login
                  << " may add checkpoints to it and change none.\n";
        return kExitOk;
    });

    auto c = std::make_shared<CheckpointerOptions>();
    CLI::App* signer = group->add_subcommand(
        "checkpointer", "Sign a checkpoint every N events and every M minutes and keep it in each witness, until stopped");
    signer->add_option("--db", c->db, "The record, with a login that can read it (an auditor's)")->required();
    signer->add_option("--key", c->key, "The signing key (from `openras audit keygen`), readable by this process alone")->required();
    signer->add_option("--witness", c->witnesses, "Where each checkpoint is kept: a file, or postgresql://… (repeatable)")
        ->required();
    signer->add_option("--every", c->every, "Sign when this many events were added since the last checkpoint")
        ->check(CLI::Range(1, 100000000));
    signer->add_option("--minutes", c->minutes, "Sign when this many minutes have passed and any event was added")
        ->check(CLI::Range(1, 1440));
    signer->add_option("--poll-seconds", c->poll_seconds, "How often to look at the record's head")->check(CLI::Range(1, 3600));
    signer->add_flag("--once", c->once, "Sign one checkpoint if one is due, then stop");
    run_store_command(signer, outcome, [c] { return run_checkpointer(*c); });
}

}  // namespace openras::cli
