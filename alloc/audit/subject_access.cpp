#include "alloc/audit/subject_access.hpp"

#include "alloc/io/dates.hpp"
#include "alloc/audit/timeline.hpp"
#include "rules/ruleset_loader.hpp"

#include <map>
#include <set>

namespace openras {
namespace {

using Json = nlohmann::ordered_json;

Json rule_set_summary(const DecisionStore& store, const std::string& hash) {
    Json out{{"hash", hash}};
    const std::optional<std::string> text = store.rule_set_text(hash);
    const RuleSetLoad load = text ? load_rule_set(*text, store.path() + ":ruleset:" + hash) : RuleSetLoad{};
    if (!load.rule_set) {
        out["problem"] = "the stored rule set cannot be read; run `openras audit verify`";
        return out;
    }
    const RuleSetHeader& h = load.rule_set->header;
    out["id"] = h.id;
    out["version"] = h.version;
    out["title"] = h.title;
    out["authority"] = h.authority;
    out["effective_from"] = iso_date(h.effective_from);
    out["effective_to"] = h.effective_to ? Json(iso_date(*h.effective_to)) : Json(nullptr);
    return out;
}

Json event_json(const StoredEvent& e, const std::map<EventId, std::pair<Json, Json>>& later) {
    const std::optional<EventType> type = e.known_type();
    Json payload = Json::parse(e.payload, nullptr, false);
    if (payload.is_discarded()) payload = e.payload;  // shown as stored, even when damaged
    const auto found = later.find(e.id);
    return {{"id", e.id},
            {"type", e.type},
            {"title", type ? std::string(event_type_title(*type)) : e.type},
            {"summary", event_summary(e)},
            {"recorded_at", e.recorded_at},
            {"actor", e.actor},
            {"role", e.role},
            {"refers_to", e.refers_to ? Json(*e.refers_to) : Json(nullptr)},
            {"rule_set", e.rule_set ? Json(*e.rule_set) : Json(nullptr)},
            {"payload", payload},
            {"chain_hash", chain_hash_hex(e.chain_hash)},
            {"corrected_by", found == later.end() ? Json::array() : found->second.first},
            {"disputed_in", found == later.end() ? Json::array() : found->second.second}};
}

}  // namespace

nlohmann::ordered_json subject_access_export(const DecisionStore& store, const std::string& person) {
    const ReadSnapshot snapshot(store);  // the events and rule sets as they were at one moment
    const std::vector<StoredEvent> events = store.events_of(person);
    if (events.empty())
        throw OpenRasError(Error{ErrorCode::UnknownName, "the record holds nothing about " + person, SourceLocation{{}, 0, 0, "--person"}});
    std::map<EventId, std::pair<Json, Json>> later;
    std::set<std::string> hashes;
    for (const StoredEvent& e : events) {
        if (e.rule_set) hashes.insert(*e.rule_set);
        if (!e.refers_to) continue;
        auto& [corrected_by, disputed_in] = later[*e.refers_to];
        if (corrected_by.is_null()) corrected_by = Json::array(), disputed_in = Json::array();
        if (e.known_type() == EventType::Correction) corrected_by.push_back(e.id);
        if (e.known_type() == EventType::DisputeRecorded) disputed_in.push_back(e.id);
    }
    Json doc;
    doc["format"] = 1;
    doc["kind"] = "openras-subject-access-export";
    doc["person"] = person;
    doc["record"] = {{"store_id", store.store_id()}, {"schema_version", store.schema_version()}};
    Json& list = doc["events"] = Json::array();
    for (const StoredEvent& e : events) list.push_back(event_json(e, later));
    Json& rule_sets = doc["rule_sets"] = Json::array();
    for (const std::string& hash : hashes) rule_sets.push_back(rule_set_summary(store, hash));
    return doc;
}

}  // namespace openras
