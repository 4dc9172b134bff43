#include "alloc/record/checkpointer.hpp"

#include "alloc/record/event_scan.hpp"
#include "rules/error.hpp"

#include <boost/date_time/posix_time/posix_time.hpp>

#include <algorithm>

namespace openras {
namespace {

[[noreturn]] void refuse(const DecisionStore& store, const std::string& why) {
    throw OpenRasError(Error{ErrorCode::StoreFormat, why + ". Nothing was signed", SourceLocation{store.path(), 0, 0, {}}});
}

// "2026-05-01T09:30:00Z" as a time; not-a-date-time when it is not one.
boost::posix_time::ptime utc_time(std::string text) {
    if (text.size() != 20 || text[10] != 'T' || text[19] != 'Z') return {};
    text[10] = ' ';
    text.pop_back();
    try {
        return boost::posix_time::time_from_string(text);
    } catch (const std::exception&) {
        return {};
    }
}

// The latest checkpoint of this record signed with `key`, among those a witness kept.
std::optional<Checkpoint> latest_signed_with(const std::vector<Checkpoint>& kept, const std::string& store_id, const PublicKey& key) {
    std::optional<Checkpoint> latest;
    for (const Checkpoint& c : kept)
        if (c.store_id == store_id && c.public_key == key && (!latest || c.event >= latest->event)) latest = c;
    return latest;
}

}  // namespace

Checkpointer::Checkpointer(const DecisionStore& store, SigningKey key, std::vector<std::unique_ptr<Witness>> witnesses,
                           CheckpointerSettings settings, UtcClock clock)
    : store_(store), key_(key), witnesses_(std::move(witnesses)), settings_(settings), clock_(std::move(clock)) {
    signed_ = {0, genesis_hash(store_.store_id())};
    signed_when_ = clock_();
    if (witnesses_.empty()) return;
    const std::optional<Checkpoint> last = latest_signed_with(witnesses_.front()->checkpoints(), store_.store_id(), key_.public_key);
    if (!last) return;
    const std::vector<ChainProblem> problems = check_checkpoint(store_, *last, key_.public_key);
    if (!problems.empty())
        refuse(store_, "the record no longer matches the checkpoint " + witnesses_.front()->where() + " kept: " + problems.front().what);
    signed_ = {last->event, last->chain_hash};
    if (const auto when = utc_time(last->signed_at); !when.is_not_a_date_time()) signed_when_ = when;
}

void Checkpointer::check_added(const StoreHead& head) {
    const std::map<std::string, ChainHash, std::less<>> digests = store_.rule_set_digests();
    const EventIdRange range{signed_.event, head.event};
    EventScanner scanner(store_.read_events(range),
                         [&](std::string_view hash) -> const ChainHash* {
                             const auto found = digests.find(hash);
                             return found == digests.end() ? nullptr : &found->second;
                         },
                         signed_.hash, range);
    EventBatch batch;
    EventId expected = signed_.event + 1;
    for (bool more = true; more;) {
        more = scanner.next(batch);
        for (const ChainProblem& p : batch.problems)
            if (!p.what.empty()) refuse(store_, "event " + std::to_string(p.event) + " does not verify: " + p.what);
        for (std::size_t i = 0; i < batch.ids.size(); ++i, ++expected) {
            if (batch.ids[i] != expected) refuse(store_, "event " + std::to_string(expected) + " is missing");
            if (batch.recomputed[i] != batch.stored[i])
                refuse(store_, "event " + std::to_string(expected) + " does not link to the event before it");
        }
    }
    if (expected != head.event + 1) refuse(store_, "the events after " + std::to_string(expected - 1) + " could not be read");
}

std::optional<Checkpoint> Checkpointer::run_once() {
    const ReadSnapshot snapshot(store_);
    const StoreHead head = store_.head();
    if (head.event < signed_.event)
        refuse(store_, "the record ends at event " + std::to_string(head.event) + ", but the last checkpoint saw event " +
                           std::to_string(signed_.event) + ": events were removed");
    if (head.event == signed_.event) {
        if (head.hash != signed_.hash) refuse(store_, "event " + std::to_string(head.event) + " was rewritten since it was signed");
        return std::nullopt;
    }
    const boost::posix_time::ptime now = clock_();
    const bool due = head.event - signed_.event >= settings_.every_events ||
                     now - signed_when_ >= boost::posix_time::minutes(settings_.every_minutes.count());
    if (!due) return std::nullopt;
    check_added(head);
    const Checkpoint checkpoint = sign_checkpoint(store_.store_id(), head, key_, iso_utc(now));
    for (const std::unique_ptr<Witness>& witness : witnesses_) witness->keep(checkpoint);
    signed_ = head;
    signed_when_ = now;
    return checkpoint;
}

std::vector<ChainProblem> check_witnessed(const DecisionStore& store, const std::vector<Checkpoint>& checkpoints,
                                          const std::optional<PublicKey>& trusted, std::optional<Checkpoint>& newest) {
    std::vector<ChainProblem> problems;
    bool newest_holds = false;
    for (const Checkpoint& c : checkpoints) {
        const std::vector<ChainProblem> found = check_checkpoint(store, c, trusted);
        problems.insert(problems.end(), found.begin(), found.end());
        if (!newest || c.event >= newest->event) {
            newest = c;
            newest_holds = found.empty();
        }
    }
    if (!newest || !newest_holds) return problems;
    // A forged tail: events after the newest checkpoint that claim to be older than it.
    const ReadSnapshot snapshot(store);
    const std::unique_ptr<EventRows> rows = store.read_events({newest->event, std::nullopt});
    EventRow row;
    while (rows->next(row))
        if (std::string_view(row.recorded_at) < newest->signed_at)
            problems.push_back({row.id,
                                "it says it was recorded at " + std::string(row.recorded_at) + ", before the checkpoint signed at " +
                                    newest->signed_at + ", which saw the record only up to event " + std::to_string(newest->event) +
                                    ": it was added afterwards with an earlier time (a forged tail)",
                                {}});
    return problems;
}

}  // namespace openras
