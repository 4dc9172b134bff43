#pragma once
// The decision record's storage format: the SQL of each schema version and the steps between
// them. store_schema.cpp opens with the essay that describes every table and the hash chain,
// field by field; docs/decision-record.md says the same for people who do not read C++.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace openras {

// PRAGMA application_id of every decision record: "ORAS" in ASCII. A SQLite database without it
// belongs to some other program and is never touched.
inline constexpr std::int32_t kStoreApplicationId = 0x4F524153;

// PRAGMA user_version of a record this build writes. Older records are migrated when a writer
// opens them; newer ones are refused, unchanged.
inline constexpr int kStoreSchemaVersion = 4;

// The first schema version with the table rule_set_digests.
inline constexpr int kSchemaWithRuleSetDigests = 4;

// One step of the schema's history: the SQL that takes a record from version `to - 1` to `to`.
struct SchemaStep {
    int to = 0;
    std::string_view why;  // one line, for messages and the essay
    std::string_view sql;
};

// Every step in order; step i takes version i to i + 1. Creating a record runs them all.
const std::vector<SchemaStep>& schema_steps();

// The SQL text of every table, index and trigger a record of `version` holds, as SQLite keeps it
// in sqlite_schema, keyed by name. `audit verify` compares the file's schema with this, so a
// dropped append-only trigger or a changed column is reported.
std::vector<std::pair<std::string, std::string>> expected_schema(int version);

// Keys of the `meta` table.
inline constexpr const char* kMetaStoreId = "store_id";
inline constexpr const char* kMetaHeadEvent = "head_event";
inline constexpr const char* kMetaHeadHash = "head_hash";

}  // namespace openras
