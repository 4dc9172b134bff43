#include "alloc/cli/store_cli.hpp"

#include "alloc/audit/timeline.hpp"
#include "alloc/record/council/council_record.hpp"
#include "rules/error.hpp"

#include <chrono>
#include <iostream>
#include <unistd.h>

namespace openras::cli {

void add_actor_options(CLI::App* command, ActorOptions& o) {
    command->add_option("--db", o.db, kRecordHelp)->required();
    command->add_option("--actor", o.actor,
                        "Who is recording this, by name (needed for an SQLite file; on the council's server what you record "
                        "is recorded as your login)");
    command->add_option("--role", o.role, "Their role: service-user, social-worker, panel-member (an auditor records nothing)")
        ->required()
        ->check(CLI::IsMember({"service-user", "social-worker", "panel-member", "auditor"}));
}

Actor actor_of(const ActorOptions& o) {
    const bool on_server = CouncilRecord::is_address(o.db);
    if (o.actor.empty() && !on_server)
        throw OpenRasError(Error{ErrorCode::MissingField, "say who is recording this with --actor \"Your Name\"",
                                 SourceLocation{{}, 0, 0, "--actor"}});
    if (!o.actor.empty() && on_server)
        throw OpenRasError(Error{ErrorCode::InvalidValue,
                                 "leave out --actor: on the council's server what you record is recorded as your own login",
                                 SourceLocation{{}, 0, 0, "--actor"}});
    // On the server the name is the login's, set as the event is recorded; until then, the
    // address's login stands in for it.
    return Actor{on_server ? CouncilRecord::login_in(o.db) : o.actor, *role_from_name(o.role)};
}

void run_store_command(CLI::App* command, Outcome& outcome, std::function<int()> run) {
    run_command(command, outcome, std::move(run), ErrorCodeShown::Yes);
}

void print_recorded(const DecisionStore& store, EventId id, bool details) {
    const std::optional<StoredEvent> e = store.event(id);
    if (!e) return;
    std::cout << "Recorded event " << id << " for " << e->person << ": " << event_summary(*e) << ".\n";
    if (!details) return;
    for (const DetailLine& line : event_details(*e)) std::cout << (line.preformatted ? "" : "  ") << line.text << "\n";
}

std::string with_commas(std::int64_t number) {
    std::string digits = std::to_string(number < 0 ? -number : number), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return number < 0 ? "-" + out : out;
}

ProgressBar::ProgressBar(std::string label) : label_(std::move(label)), enabled_(::isatty(2) == 1) {}

ProgressBar::~ProgressBar() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;  // leave the terminal line clean
}

void ProgressBar::operator()(std::int64_t done, std::int64_t total) {
    if (!enabled_ || total <= 0) return;
    const std::int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::steady_clock::now().time_since_epoch()).count();
    if (shown_ && now - last_draw_ms_ < 100 && done < total) return;
    last_draw_ms_ = now;
    shown_ = true;
    constexpr int kWidth = 30;
    const int filled = int(std::min<std::int64_t>(kWidth, done * kWidth / total));
    std::cerr << "\r" << label_ << " [" << std::string(std::size_t(filled), '#') << std::string(std::size_t(kWidth - filled), '.')
              << "] " << std::min<std::int64_t>(100, done * 100 / total) << "%  " << with_commas(done) << " of "
              << with_commas(total) << " events" << std::flush;
}

}  // namespace openras::cli
