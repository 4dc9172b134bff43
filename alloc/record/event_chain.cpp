#include "alloc/record/event_chain.hpp"

namespace openras {
namespace {

constexpr std::uint32_t kNullLength = 0xFFFFFFFFu;

void append_length(std::uint32_t length, std::string& out) {
    const char bytes[4] = {char(length >> 24), char(length >> 16), char(length >> 8), char(length)};
    out.append(bytes, 4);
}

void append_field(std::string_view bytes, std::string& out) {
    append_length(std::uint32_t(bytes.size()), out);
    out.append(bytes);
}

void append_optional(const std::optional<std::string_view>& bytes, std::string& out) {
    if (bytes)
        append_field(*bytes, out);
    else
        append_length(kNullLength, out);
}

}  // namespace

void append_canonical_bytes(const EventColumns& e, std::string& out) {
    append_canonical_head(e, out);
    out.append(e.payload);
}

void append_canonical_head(const EventColumns& e, std::string& out) {
    append_field(kEventFormatTag, out);
    append_field(std::to_string(e.id), out);
    append_field(e.type, out);
    append_field(e.person, out);
    append_field(e.actor, out);
    append_field(e.role, out);
    append_field(e.recorded_at, out);
    const std::string refers = e.refers_to ? std::to_string(*e.refers_to) : std::string();
    append_optional(e.refers_to ? std::optional<std::string_view>(refers) : std::nullopt, out);
    append_optional(e.rule_set, out);
    if (e.rule_set && e.rule_set_text_digest)
        append_field(std::string_view(reinterpret_cast<const char*>(e.rule_set_text_digest->data()), 32), out);
    else
        append_length(kNullLength, out);
    append_length(std::uint32_t(e.payload.size()), out);
}

ChainHash genesis_hash(std::string_view store_id) {
    Sha256 hash;
    hash.update(kGenesisTag);
    hash.update(store_id);
    return hash.finish();
}

ChainHash next_chain_hash(const ChainHash& previous, std::string_view canonical_bytes) {
    Sha256 hash;
    hash.update(previous.data(), previous.size());
    hash.update(canonical_bytes);
    return hash.finish();
}

ChainHash next_chain_hash(const ChainHash& previous, std::string_view head, std::string_view payload) {
    Sha256 hash;
    hash.update(previous.data(), previous.size());
    hash.update(head);
    hash.update(payload);
    return hash.finish();
}

std::string chain_hash_hex(const ChainHash& hash) { return to_hex(hash); }

std::optional<ChainHash> chain_hash_from_hex(std::string_view hex) {
    if (hex.size() != 64) return std::nullopt;
    ChainHash out{};
    auto digit = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < 32; ++i) {
        const int high = digit(hex[2 * i]), low = digit(hex[2 * i + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        out[i] = std::uint8_t(high * 16 + low);
    }
    return out;
}

void ChainWalker::report(const Broken& link, Cause cause, std::vector<ChainProblem>& out) {
    ChainProblem problem{link.id, {}, {}};
    switch (cause) {
        case Cause::Contents:
            problem.what = "the event was changed after it was recorded: its type, person, actor, role, time, "
                           "reference, rule set or payload no longer match its chain hash, while the next link "
                           "shows that hash is the original";
            break;
        case Cause::StoredHash:
            problem.what = "the event's stored chain hash was changed; its contents still match the chain";
            break;
        case Cause::DoesNotFit:
            problem.what = "the event does not fit the chain: neither its contents nor its stored chain hash are "
                           "the ones recorded here (an event moved, swapped or replaced)";
            break;
        case Cause::Unknown:
            problem.what = "the chain breaks here: this event or the one before it was changed";
            break;
    }
    problem.details = {"stored chain hash      " + chain_hash_hex(link.stored),
                       "recomputed chain hash  " + chain_hash_hex(link.recomputed)};
    out.push_back(std::move(problem));
}

bool ChainWalker::check_sequence(EventId id, std::vector<ChainProblem>& out) {
    if (id == last_id_ + 1) return true;
    if (id < 1) {
        out.push_back({id, "an event numbered " + std::to_string(id) + " was added: events are numbered from 1", {}});
    } else if (id == last_id_ + 2) {
        out.push_back({last_id_ + 1, "the event is missing: the record goes from event " + std::to_string(last_id_) +
                                         " to event " + std::to_string(id), {}});
    } else {
        out.push_back({last_id_ + 1, "events " + std::to_string(last_id_ + 1) + " to " + std::to_string(id - 1) +
                                         " are missing: the record goes from event " + std::to_string(last_id_) +
                                         " to event " + std::to_string(id), {}});
    }
    return false;
}

bool ChainWalker::settle(std::string_view canonical_bytes, const ChainHash* after_broken, const ChainHash& stored,
                         bool holds, bool& next_explained, std::vector<ChainProblem>& out) {
    const Broken link = *pending_;
    pending_.reset();
    if (holds) {
        if (!link.explained) report(link, Cause::Contents, out);
        return true;
    }
    if (!link.explained && (after_broken ? *after_broken : next_chain_hash(link.recomputed, canonical_bytes)) == stored) {
        report(link, Cause::StoredHash, out);
        return true;
    }
    report(link, Cause::DoesNotFit, out);
    next_explained = true;
    return false;
}

void ChainWalker::feed(EventId id, std::string_view canonical_bytes, const ChainHash& stored,
                       std::vector<ChainProblem>& out, const ChainHash* precomputed, const ChainHash* after_broken) {
    if (id < 1) {
        check_sequence(id, out);  // an impossible id: reported, and left out of the walk
        return;
    }
    const bool in_sequence = check_sequence(id, out);
    const ChainHash recomputed = precomputed ? *precomputed : next_chain_hash(previous_, canonical_bytes);
    bool holds = recomputed == stored;
    bool explained = !in_sequence;
    if (pending_) {
        if (in_sequence) {
            holds = settle(canonical_bytes, after_broken, stored, holds, explained, out);
        } else {
            report(*pending_, Cause::Unknown, out);
            pending_.reset();
        }
    }
    if (!holds) pending_ = Broken{id, stored, recomputed, explained};
    previous_ = stored;
    last_id_ = id;
}

void ChainWalker::finish(EventId head_event, const std::optional<ChainHash>& head_hash, std::vector<ChainProblem>& out) {
    if (pending_) {
        const Broken link = *pending_;
        pending_.reset();
        const bool head_agrees = head_hash && link.id == head_event;
        if (head_agrees && *head_hash == link.stored) {
            if (!link.explained) report(link, Cause::Contents, out);
        } else if (head_agrees && !link.explained && *head_hash == link.recomputed) {
            report(link, Cause::StoredHash, out);
        } else {
            report(link, link.id == head_event ? Cause::DoesNotFit : Cause::Unknown, out);
        }
    }
    if (head_event > last_id_) {
        const EventId missing = head_event - last_id_;
        out.push_back({last_id_ + 1,
                       (missing == 1 ? std::string("the last event is missing")
                                     : "the last " + std::to_string(missing) + " events are missing") +
                           ": the record's head names event " + std::to_string(head_event) +
                           " but the record ends at event " + std::to_string(last_id_),
                       {}});
    } else if (head_event < last_id_) {
        out.push_back({head_event + 1, "events after the record's head (event " + std::to_string(head_event) +
                                           ") were added without going through OpenRAS", {}});
    } else if (!head_hash || *head_hash != previous_) {
        out.push_back({0, "the record's head does not hold the last event's chain hash",
                       {"head hash              " + (head_hash ? chain_hash_hex(*head_hash) : std::string("(unreadable)")),
                        "last chain hash        " + chain_hash_hex(previous_)}});
    }
}

}  // namespace openras
