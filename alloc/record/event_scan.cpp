#include "alloc/record/event_scan.hpp"

#include "alloc/record/roles.hpp"

#include <cstring>

namespace openras {
namespace {

constexpr std::size_t kBatchEvents = 4096;
constexpr EventId kLargestFingerprintedId = EventId(1) << 28;  // ids beyond are impossible anyway

// "2026-05-01T09:30:00Z"
bool is_utc_timestamp(std::string_view t) {
    if (t.size() != 20 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != 'Z')
        return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})
        if (t[i] < '0' || t[i] > '9') return false;
    return true;
}

const char* kind_name(ColumnKind kind) {
    switch (kind) {
        case ColumnKind::Integer: return "a number";
        case ColumnKind::Float: return "a floating-point number";
        case ColumnKind::Text: return "text";
        case ColumnKind::Bytes: return "bytes";
        case ColumnKind::Null: return "nothing (NULL)";
    }
    return "nothing (NULL)";
}

}  // namespace

std::string refers_to_another_person(EventId target) {
    return "it refers to event " + std::to_string(target) + ", which is about another person";
}

std::uint64_t person_fingerprint(std::string_view person) { return std::hash<std::string_view>{}(person) | 1; }

EventScanner::EventScanner(std::unique_ptr<EventRows> rows, RuleSetDigest rule_set_digest, const ChainHash& previous,
                           EventIdRange range)
    : rows_(std::move(rows)), rule_set_digest_(std::move(rule_set_digest)), range_(range), previous_(previous) {
    if (range.after) last_id_ = *range.after;
}

bool EventScanner::about_another_person(EventId target, std::uint64_t person) const {
    return std::size_t(target) < person_of_.size() && person_of_[std::size_t(target)] != 0 &&
           person_of_[std::size_t(target)] != person;
}

EventScanner::~EventScanner() = default;

void EventScanner::check_reference(const EventRow& row, EventBatch& batch) {
    const auto problem = [&](const std::string& what) { batch.problems.push_back({row.id, what, {}}); };
    const EventId target = *row.refers_to;
    if (target < 1 || target >= row.id) {
        problem("it refers to event " + std::to_string(target) + ", which is not an earlier event");
        return;
    }
    if (range_.after && target <= *range_.after) {
        problem("");  // judged by the verifier, with the scanner that read the target
        unjudged_.push_back({target, person_fingerprint(row.person)});
    } else if (about_another_person(target, person_fingerprint(row.person))) {
        problem(refers_to_another_person(target));
    }
}

void EventScanner::check_row(const EventRow& row, EventBatch& batch) {
    const auto problem = [&](const std::string& what) { batch.problems.push_back({row.id, what, {}}); };
    static constexpr const char* kNames[] = {"id", "type", "person", "actor", "role", "recorded_at",
                                             "refers_to", "rule_set", "payload", "chain_hash"};
    using K = ColumnKind;
    static constexpr ColumnKind kWanted[] = {K::Integer, K::Text, K::Text, K::Text, K::Text,
                                             K::Text, K::Integer, K::Text, K::Text, K::Bytes};
    for (int c = 0; c < 10; ++c) {
        const bool may_be_null = c == 6 || c == 7;
        if (row.kind[c] != kWanted[c] && !(may_be_null && row.kind[c] == K::Null))
            problem(std::string("its ") + kNames[c] + " holds " + kind_name(row.kind[c]) + ", not " + kind_name(kWanted[c]));
    }
    const std::optional<EventType> type = event_type_from_name(row.type);
    const std::optional<Role> role = role_from_name(row.role);
    if (!type) problem("its type \"" + std::string(row.type) + "\" is not a kind of event OpenRAS records");
    if (!role) problem("its role \"" + std::string(row.role) + "\" is not a role OpenRAS knows");
    if (type && role && !may_append(*role, *type))
        problem("a " + std::string(role_title(*role)) + " may not record \"" + std::string(event_type_title(*type)) + "\"");
    if (!is_utc_timestamp(row.recorded_at)) problem("its time \"" + std::string(row.recorded_at) + "\" is not ISO 8601 UTC");
    if (row.person.empty() || row.actor.empty()) problem("it does not say whose event it is or who recorded it");
    if (type && is_computed(*type) != row.names_rule_set())
        problem(is_computed(*type) ? "it does not name the rule set that produced its figures"
                                   : "it names a rule set although it computes nothing");
    if (row.refers_to) check_reference(row, batch);
    if (row.chain_hash.size() != 32) problem("its chain hash is not 32 bytes long");
}

bool EventScanner::next(EventBatch& batch) {
    batch.clear();
    try {
        bool more = true;
        while (batch.ids.size() < kBatchEvents && (more = rows_->next(row_))) {
            const EventRow& row = row_;
            check_row(row, batch);

            const ChainHash* digest = nullptr;
            if (row.names_rule_set()) {
                digest = rule_set_digest_(row.rule_set);
                if (!digest) batch.problems.push_back({row.id, "it names the rule set " + std::string(row.rule_set) + ", which is not stored", {}});
            }
            EventColumns columns{row.id, row.type, row.person, row.actor, row.role, row.recorded_at, row.refers_to,
                                 std::nullopt, digest, row.payload};
            if (row.names_rule_set()) columns.rule_set = row.rule_set;
            batch.ids.push_back(row.id);
            ChainHash stored{};
            std::memcpy(stored.data(), row.chain_hash.data(), std::min<std::size_t>(32, row.chain_hash.size()));
            batch.stored.push_back(stored);
            // The link, hashed as ChainWalker::feed would hash it; an impossible id is left out
            // of the walk, and so of the hashing.
            ChainHash recomputed{}, after_broken{};
            if (row.id >= 1) {
                head_.clear();
                append_canonical_head(columns, head_);
                recomputed = next_chain_hash(previous_, head_, row.payload);
                if (broken_) after_broken = next_chain_hash(*broken_, head_, row.payload);
                broken_.reset();
                if (recomputed != stored) broken_ = recomputed;
                previous_ = stored;
            }
            batch.recomputed.push_back(recomputed);
            batch.after_broken.push_back(after_broken);
            if (row.id > 0 && row.id < kLargestFingerprintedId) {
                if (person_of_.size() <= std::size_t(row.id)) person_of_.resize(std::size_t(row.id) * 2 + 1024, 0);
                person_of_[std::size_t(row.id)] = person_fingerprint(row.person);
            }
            last_id_ = row.id;
        }
        if (more) return true;
    } catch (const EventRowsFailure& e) {
        batch.problems.push_back({last_id_ + 1, e.what(), {}});
    } catch (const std::exception& e) {
        batch.problems.push_back({last_id_ + 1, std::string("the events could not be read: ") + e.what(), {}});
    }
    batch.finished = true;
    return false;
}

}  // namespace openras
