#pragma once
// `openras export`: everything the decision record holds about one person, as one JSON document,
// for a subject access request (UK GDPR, art. 15: a person may see all that is held about them).
//
// Format 1, keys in this order:
//   format             1
//   kind               "openras-subject-access-export"
//   person
//   record             { store_id, schema_version }
//   events             every event about the person, oldest first, each
//                      { id, type, title, summary (plain English), recorded_at, actor, role,
//                        refers_to|null, rule_set|null, payload (as recorded), chain_hash (hex),
//                        corrected_by: [ids], disputed_in: [ids] }
//                      (corrections and disputes are among the events; originals stay as recorded)
//   rule_sets          the rule sets that produced the person's figures:
//                      [{ hash, id, version, title, authority, effective_from, effective_to|null }]
#include "alloc/record/decision_store.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace openras {

// Throws OpenRasError(UnknownName) when the record holds nothing about `person`.
nlohmann::ordered_json subject_access_export(const DecisionStore& store, const std::string& person);

}  // namespace openras
